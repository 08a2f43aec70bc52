import { z } from 'zod';
import { measureSchema, ruleSchema, targetSchema } from '../framework/schema.ts';
import { VERDICTS } from '../scoring/types.ts';
import { isoDate, text, textLine } from './common.ts';

export const ITEM_KINDS = ['criterion', 'indicator'] as const;
export const CAPABILITIES = ['independent', 'needs_support'] as const;
export const CAPABILITY_LABELS: Record<(typeof CAPABILITIES)[number], string> = {
  independent: 'Xã tự hoàn thành',
  needs_support: 'Cần hỗ trợ',
};

const figure = (label: string) =>
  z
    .number({ message: `${label} phải là số.` })
    .min(0, { message: `${label} không được âm.` })
    .max(1e12, { message: `${label} quá lớn.` });

/** What the commune enters for one item. Figures are raw numbers; percentages are computed, never stored alone. */
const resultFieldsSchema = z.object({
  numerator: figure('Tử số').nullable().default(null),
  denominator: figure('Mẫu số').nullable().default(null),
  /** yes/no, a count, a level, or text, by the item's measure. */
  value: z
    .union([z.boolean(), z.number(), text().max(4000)])
    .nullable()
    .default(null),
  /** A percentage or points copied from a document, kept only to be checked against the figures. */
  typedPercent: figure('Tỷ lệ nhập tay')
    .max(100, { message: 'Tỷ lệ không vượt quá 100%.' })
    .nullable()
    .default(null),
  typedPoints: figure('Điểm nhập tay').nullable().default(null),
  capability: z.enum(CAPABILITIES).nullable().default(null),
  /** "Quý III/2024", "Nhiệm vụ thường xuyên". */
  plannedCompletion: textLine().trim().max(200).nullable().default(null),
  notes: text().trim().max(4000).nullable().default(null),
  difficulties: text().trim().max(4000).nullable().default(null),
});

export const resultInputSchema = resultFieldsSchema
  .extend({
    /** The version the editor started from (0 for a result not saved yet): a stale one is a conflict. */
    expectedVersion: z.number().int().min(0),
  })
  .refine((r) => r.numerator === null || r.denominator === null || r.numerator <= r.denominator, {
    message: 'Tử số không được lớn hơn mẫu số.',
    path: ['numerator'],
  })
  .refine((r) => r.denominator !== 0, { message: 'Mẫu số phải lớn hơn 0.', path: ['denominator'] });
export type ResultInput = z.infer<typeof resultInputSchema>;

export const storedResultSchema = resultFieldsSchema.extend({
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

export type StoredResult = z.infer<typeof storedResultSchema>;

export const evaluationSchema = z.object({
  verdict: z.union([z.enum(VERDICTS), z.literal('scored')]),
  points: z.number().nullable(),
  explanation: z.string(),
  warnings: z.array(z.string()),
  errors: z.array(z.string()),
});

export const evidenceRefSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
  summary: z.string().nullable(),
});

export const workspaceItemSchema = z.object({
  kind: z.enum(ITEM_KINDS),
  groupCode: z.string(),
  groupName: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  measure: measureSchema,
  /** This cycle's year's target (criteria). */
  target: targetSchema.nullable(),
  maxPoints: z.number().nullable(),
  rule: ruleSchema.nullable(),
  /** Set when the office marked the criterion not applicable this cycle. */
  exclusionReason: z.string().nullable(),
  result: storedResultSchema.nullable(),
  evaluation: evaluationSchema,
  evidence: z.array(evidenceRefSchema),
  /** Warnings about the linked evidence (dated outside the cycle's year). */
  evidenceWarnings: z.array(z.string()),
});
export type WorkspaceItem = z.infer<typeof workspaceItemSchema>;

export const workspaceSchema = z.object({
  assessment: z.object({
    id: z.string(),
    cycleId: z.string(),
    year: z.number().int(),
    commune: z.object({ id: z.string(), name: z.string() }),
    status: z.enum(['draft', 'submitted']),
    submittedAt: z.string().nullable(),
    submittedBy: z.string().nullable(),
    deadline: z.string(),
    reopenedUntil: z.string().nullable(),
    editable: z.boolean(),
    /** The criteria registered early by a commune not assigned this year (Điều 3); null: the whole set. */
    registeredItems: z.array(z.string()).nullable(),
  }),
  items: z.array(workspaceItemSchema),
  summary: z.object({
    criteriaTotal: z.number().int(),
    criteriaMet: z.number().int(),
    withoutEvidence: z.number().int(),
    notEntered: z.number().int(),
    indexPoints: z.number().nullable(),
    indexMaxPoints: z.number().nullable(),
  }),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const itemParamsSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ITEM_KINDS),
  code: textLine().regex(/^\d+(\.\d+)*[a-z]?$/, { message: 'Mã tiêu chí không hợp lệ.' }),
});

export const saveResultResponseSchema = z.object({ item: workspaceItemSchema });

/** 409 body: the other person's saved value, so the editor can compare before retrying. */
export const conflictResponseSchema = z.object({
  code: z.literal('CONFLICT'),
  message: z.string(),
  current: storedResultSchema,
});

export const reopenRequestSchema = z.object({ until: isoDate('Ngày không hợp lệ.') });

export const assessmentSummarySchema = z.object({
  id: z.string().nullable(),
  commune: z.object({ id: z.string(), name: z.string() }),
  assigned: z.boolean(),
  status: z.enum(['not_started', 'draft', 'submitted']),
  criteriaMet: z.number().int(),
  criteriaTotal: z.number().int(),
  submittedAt: z.string().nullable(),
});
export const assessmentListResponseSchema = z.object({ items: z.array(assessmentSummarySchema) });

/** A commune not assigned this year registers single independent criteria early (seed 002, Điều 3). */
export const earlyRegistrationRequestSchema = z.object({
  communeId: z.uuid({ message: 'Chưa chọn xã.' }),
  itemCodes: z.array(textLine().max(20)).max(200),
});
export type EarlyRegistrationRequest = z.infer<typeof earlyRegistrationRequestSchema>;
