import { z } from 'zod';
import { isoDate, text } from '../contracts/common.ts';

/**
 * The shape of a framework file: one legal decision's criteria set (Bộ tiêu chí) or scored index (Bộ chỉ số).
 * Shape only; the rules that span fields (unique codes, targets only for the framework's years, …) live in
 * `validate.ts`, so that the JSON Schema published for editors stays a plain description of the file.
 */

export const FRAMEWORK_KINDS = ['criteria', 'index'] as const;
export const APPLIES_TO = ['commune', 'district', 'department'] as const;
export const MEASURE_KINDS = ['ratio', 'yes_no', 'level', 'count', 'text'] as const;
export const RULE_KINDS = ['binary', 'tiered', 'proportional', 'threshold', 'manual'] as const;
/** `*` is a qualitative target: no number, the appraiser judges (seed 002 uses it for 1.10, 4.7). */
export const COMPARATORS = ['>=', '>', '=', '<=', '<', '*'] as const;
export const DEPENDENCIES = ['independent', 'dependent'] as const;
export const PROVENANCE_STATUSES = ['confirmed', 'inferred', 'unknown'] as const;

/** "1.5", "7.6", "10.12"; a trailing letter is allowed for a provisional split ("7.6b"). */
export const ITEM_CODE_PATTERN = /^\d+(\.\d+)*[a-z]?$/;
export const FRAMEWORK_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const YEAR_KEY_PATTERN = /^\d{4}$/;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

// text(): a NUL or a lone surrogate cannot be stored (the content is kept as jsonb), so the file is refused.
const requiredText = (description: string) => text().min(1).describe(description);

export const legalBasisSchema = z.strictObject({
  number: requiredText('Số, ký hiệu văn bản, ví dụ "1829/QĐ-UBND"'),
  date: z
    .string()
    .regex(ISO_DATE_PATTERN, { error: 'Ngày phải có dạng yyyy-mm-dd, ví dụ 2023-05-30' })
    // A refinement, not isoDate() itself, so the published JSON Schema stays as it is.
    .refine((v) => !ISO_DATE_PATTERN.test(v) || isoDate().safeParse(v).success, {
      error: 'Ngày không tồn tại hoặc năm ngoài khoảng 1900–2100',
    })
    .describe('Ngày ban hành (yyyy-mm-dd)'),
  issuer: requiredText('Cơ quan / người ban hành, ví dụ "Chủ tịch UBND tỉnh Thanh Hóa"'),
});

export const measureSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('ratio'),
      numeratorLabel: requiredText('Tử số là gì, ví dụ "người trưởng thành có điện thoại thông minh"'),
      denominatorLabel: requiredText('Mẫu số là gì, ví dụ "người trưởng thành"'),
    }),
    z.strictObject({ kind: z.literal('yes_no') }),
    z.strictObject({
      kind: z.literal('level'),
      levels: z.array(text().min(1)).min(2).describe('Các mức, xếp từ thấp đến cao (mức cuối là cao nhất)'),
    }),
    z.strictObject({ kind: z.literal('count') }),
    z.strictObject({ kind: z.literal('text') }),
  ])
  .describe('Cách đo kết quả');

export const targetSchema = z
  .strictObject({
    comparator: z.enum(COMPARATORS),
    value: z.union([z.number(), text().min(1)]),
  })
  .describe('Chỉ tiêu: số (phần trăm với tỷ lệ, ví dụ 75) hoặc chuỗi ("Có", một mức); "*" là định tính');

export const ruleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('binary') }).describe('Đủ điểm nếu "Có", 0 nếu "Không"'),
    z
      .strictObject({
        kind: z.literal('tiered'),
        tiers: z.array(z.strictObject({ level: text().min(1), points: z.number().min(0) })).min(1),
      })
      .describe('Mỗi mức một số điểm'),
    z.strictObject({ kind: z.literal('proportional') }).describe('Điểm = tỷ lệ × điểm tối đa'),
    z
      .strictObject({
        kind: z.literal('threshold'),
        rate: z.number().min(0).max(100),
        comparator: z.enum(['>=', '>']),
      })
      .describe('Đủ điểm khi tỷ lệ đạt ngưỡng, ngược lại 0'),
    z
      .strictObject({
        kind: z.literal('manual'),
        min: z.number().min(0),
        max: z.number().min(0).nullable(),
      })
      .describe('Thẩm định viên chấm trong khoảng [min, max]; max null khi chưa biết'),
  ])
  .describe('Cách chấm điểm (chỉ với bộ chỉ số)');

export const provenanceSchema = z
  .strictObject({
    source: requiredText('Văn bản đã đọc ra số liệu của mục này'),
    status: z.enum(PROVENANCE_STATUSES),
    note: text().min(1).optional(),
  })
  .describe('Nguồn gốc số liệu: confirmed = đọc trực tiếp; inferred = suy ra; unknown = chưa rõ');

export const frameworkItemSchema = z.strictObject({
  code: z.string().regex(ITEM_CODE_PATTERN, { error: 'Mã phải có dạng số chấm số, ví dụ 1.5' }),
  name: requiredText('Tên tiêu chí / chỉ số'),
  unit: text().min(1).optional().describe('Đơn vị tính (ĐVT)'),
  measure: measureSchema,
  targets: z
    .record(z.string().regex(YEAR_KEY_PATTERN), targetSchema.nullable())
    .optional()
    .describe('Chỉ tiêu theo năm (chỉ với bộ tiêu chí); null = năm đó không có chỉ tiêu'),
  dependency: z.enum(DEPENDENCIES).optional().describe('Tiêu chí thường không phụ thuộc / phụ thuộc'),
  maxPoints: z.number().min(0).nullable().optional().describe('Điểm tối đa; null = chưa biết'),
  rule: ruleSchema.optional(),
  guidance: z.strictObject({ evidence: requiredText('Minh chứng cần có') }).optional(),
  provenance: provenanceSchema,
});

export const groupSchema = z.strictObject({
  code: z.string().regex(ITEM_CODE_PATTERN, { error: 'Mã nhóm phải là số, ví dụ 1' }),
  name: requiredText('Tên nhóm'),
  items: z.array(frameworkItemSchema).min(1),
});

export const frameworkShapeSchema = z
  .strictObject({
    id: z
      .string()
      .regex(FRAMEWORK_ID_PATTERN, { error: 'Mã bộ chỉ gồm chữ thường, số và dấu gạch, ví dụ qd-1829-2023' }),
    title: requiredText('Tên bộ tiêu chí / bộ chỉ số'),
    description: text().min(1).optional(),
    legalBasis: legalBasisSchema,
    kind: z.enum(FRAMEWORK_KINDS),
    appliesTo: z.enum(APPLIES_TO),
    years: z.array(z.number().int().min(2000).max(2100)).min(1),
    groups: z.array(groupSchema).min(1),
  })
  .describe('Một bộ tiêu chí hoặc bộ chỉ số chuyển đổi số, theo một văn bản pháp lý');

export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Comparator = (typeof COMPARATORS)[number];
export type Rule = z.infer<typeof ruleSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type FrameworkItem = z.infer<typeof frameworkItemSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Framework = z.infer<typeof frameworkShapeSchema>;
export type FrameworkKind = Framework['kind'];

/** A criterion (kind `criteria`): targets per year, never points. */
export type Criterion = Omit<FrameworkItem, 'maxPoints' | 'rule' | 'targets'> & {
  targets: Record<string, Target | null>;
};
/** An indicator (kind `index`): maximum points (null = not known) and a scoring rule, never targets. */
export type Indicator = Omit<FrameworkItem, 'targets' | 'dependency' | 'maxPoints' | 'rule'> & {
  maxPoints: number | null;
  rule: Rule;
};
