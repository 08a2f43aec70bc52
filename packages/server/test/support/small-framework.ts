/**
 * A one-criterion framework file in the YAML format, for tests that import, refuse or re-import a framework.
 * `title` is written inside double quotes, so YAML escapes in it (`\0`, `\uD800`) reach the parser.
 */
export function smallFrameworkYaml(
  options: { id?: string; title?: string; number?: string; date?: string; target?: number } = {},
): string {
  const { id = 'thu-nghiem-2026', title = 'Bộ tiêu chí thử nghiệm', number = '1/QĐ-UBND' } = options;
  const { date = '2026-01-05', target = 80 } = options;
  return `id: ${id}
title: "${title}"
legalBasis: { number: ${number}, date: "${date}", issuer: UBND tỉnh Thử Nghiệm }
kind: criteria
appliesTo: commune
years: [2026]
groups:
  - code: "1"
    name: Chính quyền số
    items:
      - code: "1.1"
        name: Tỷ lệ hồ sơ trực tuyến
        unit: "%"
        measure: { kind: ratio, numeratorLabel: hồ sơ trực tuyến, denominatorLabel: hồ sơ }
        targets: { "2026": { comparator: ">=", value: ${target} } }
        dependency: independent
        provenance: { source: QĐ ${number}, status: confirmed }
`;
}
