import type { NormalisedFramework } from '../framework/normalise.ts';

/**
 * A commune not assigned this year may register single criteria early (seed 002, Điều 3), but only criteria
 * it can complete on its own ("tiêu chí không phụ thuộc"): dependent ones rest on statistics of a reporting
 * period and are judged with the assigned communes. Answers a message per offending position, or none.
 */
export function checkEarlyRegistration(
  criteria: NormalisedFramework,
  excluded: ReadonlySet<string>,
  codes: readonly string[],
): Record<string, string> {
  const items = new Map(criteria.groups.flatMap((g) => g.items.map((i) => [i.code, i] as const)));
  const fields: Record<string, string> = {};
  if (codes.length === 0) fields.itemCodes = 'Chọn ít nhất một tiêu chí để đăng ký.';
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    const item = items.get(code);
    const key = `itemCodes.${i}`;
    if (!item) fields[key] = `Bộ tiêu chí không có tiêu chí ${code}.`;
    else if (excluded.has(code)) fields[key] = `Tiêu chí ${code} không áp dụng trong kỳ này.`;
    else if (item.dependency !== 'independent')
      fields[key] =
        `Tiêu chí ${code} phụ thuộc số liệu, dữ liệu của kỳ báo cáo: chỉ đăng ký sớm được tiêu chí không phụ thuộc.`;
    else if (seen.has(code)) fields[key] = `Tiêu chí ${code} được chọn hai lần.`;
    seen.add(code);
  });
  return fields;
}

/** The criteria a commune may register early in a set, in the set's order. */
export function registrableCodes(criteria: NormalisedFramework, excluded: ReadonlySet<string>): string[] {
  return criteria.groups.flatMap((g) =>
    g.items.filter((i) => i.dependency === 'independent' && !excluded.has(i.code)).map((i) => i.code),
  );
}
