import { searchKey } from '@xaso/domain/text';

/**
 * The Excel template's layout, shared by the writer and the reader so they cannot drift. Officials see
 * Vietnamese headers and Vietnamese values; the reader also accepts the English codes of the YAML format.
 */
export const SHEETS = { guide: 'Hướng dẫn', info: 'Thông tin chung', items: 'Danh mục' } as const;

export const INFO_ROWS = [
  ['id', 'Mã bộ'],
  ['title', 'Tên bộ'],
  ['description', 'Mô tả'],
  ['legalBasis.number', 'Số hiệu văn bản'],
  ['legalBasis.date', 'Ngày ban hành (yyyy-mm-dd)'],
  ['legalBasis.issuer', 'Cơ quan ban hành'],
  ['kind', 'Loại'],
  ['appliesTo', 'Áp dụng cho'],
  ['years', 'Các năm'],
] as const;
export type InfoField = (typeof INFO_ROWS)[number][0];

/** Item columns before the per-year target columns. */
export const LEADING_COLUMNS = [
  ['groupCode', 'Mã nhóm'],
  ['groupName', 'Tên nhóm'],
  ['code', 'Mã'],
  ['name', 'Tên tiêu chí / chỉ số'],
  ['unit', 'ĐVT'],
  ['measure', 'Cách đo'],
  ['numeratorLabel', 'Tử số là'],
  ['denominatorLabel', 'Mẫu số là'],
  ['levels', 'Các mức (cách nhau bởi ;)'],
] as const;

/** Item columns after the per-year target columns. */
export const TRAILING_COLUMNS = [
  ['dependency', 'Phân loại'],
  ['maxPoints', 'Điểm tối đa'],
  ['rule', 'Cách chấm'],
  ['ruleParams', 'Tham số cách chấm'],
  ['evidence', 'Minh chứng cần có'],
  ['source', 'Nguồn'],
  ['status', 'Trạng thái nguồn'],
  ['note', 'Ghi chú nguồn'],
] as const;

export type ColumnKey =
  | (typeof LEADING_COLUMNS)[number][0]
  | (typeof TRAILING_COLUMNS)[number][0]
  | `target:${number}`;

export const targetHeader = (year: number) => `Chỉ tiêu ${year}`;
export const TARGET_HEADER_PATTERN = /^Chỉ tiêu\s+(\d{4})$/;

/** Vietnamese labels of coded values; the first label is the one written, all are accepted when read. */
export const LABELS = {
  kind: { criteria: ['Bộ tiêu chí'], index: ['Bộ chỉ số'] },
  appliesTo: { commune: ['Xã'], district: ['Huyện'], department: ['Phòng, ban', 'Sở, ngành'] },
  measure: { ratio: ['Tỷ lệ'], yes_no: ['Có/Không'], level: ['Mức'], count: ['Số lượng'], text: ['Mô tả'] },
  dependency: { independent: ['Không phụ thuộc'], dependent: ['Phụ thuộc'] },
  rule: {
    binary: ['Có/Không'],
    tiered: ['Theo mức'],
    proportional: ['Theo tỷ lệ'],
    threshold: ['Theo ngưỡng'],
    manual: ['Thẩm định viên chấm'],
  },
  status: { confirmed: ['Đã xác nhận'], inferred: ['Suy ra'], unknown: ['Chưa rõ'] },
} as const;

export type LabelSet = keyof typeof LABELS;

export function labelOf<S extends LabelSet>(set: S, code: keyof (typeof LABELS)[S]): string {
  return (LABELS[set][code] as readonly string[])[0] ?? String(code);
}

/** Reads a coded value from its label or its code, ignoring case and diacritics. */
export function codeOf<S extends LabelSet>(set: S, text: string): keyof (typeof LABELS)[S] | null {
  const key = searchKey(text);
  for (const [code, labels] of Object.entries(LABELS[set]) as [string, readonly string[]][]) {
    if (searchKey(code) === key || labels.some((l) => searchKey(l) === key))
      return code as keyof (typeof LABELS)[S];
  }
  return null;
}

export function allowedLabels(set: LabelSet): string {
  return Object.values(LABELS[set])
    .map((labels) => (labels as readonly string[])[0])
    .join(', ');
}

/** Excel column letter of a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
