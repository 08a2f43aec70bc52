import { z } from 'zod';
import { measureSchema, ruleSchema, targetSchema } from '../framework/schema.ts';
import { type ItemResult, SELF_JUDGEMENTS, VERDICTS } from '../scoring/types.ts';
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

export const RESULT_STATUSES = ['not_started'] as const;

/** What the commune enters for one item. Figures are raw numbers; percentages are computed, never stored alone. */
const resultFieldsSchema = z.object({
  numerator: figure('Tử số').nullable().default(null),
  denominator: figure('Mẫu số').nullable().default(null),
  /** yes/no, a count, a level, or text, by the item's measure. */
  value: z
    .union([z.boolean(), z.number(), text().max(4000)])
    .nullable()
    .default(null),
  /** A percentage copied from a document, kept only to be checked against the figures. */
  typedPercent: figure('Tỷ lệ nhập tay')
    .max(100, { message: 'Tỷ lệ không vượt quá 100%.' })
    .nullable()
    .default(null),
  /**
   * Self-scored points (điểm tự chấm) of an indicator: the score of one scored by a person (rule `manual`),
   * within its rule's range; on any other indicator checked against the points computed from the figures.
   * The appraiser's points are a separate field (appraisal).
   */
  selfPoints: figure('Điểm tự chấm').nullable().default(null),
  /** Why the commune gives those points: what was done, the document that proves it. */
  selfPointsReason: text().trim().max(4000).nullable().default(null),
  /** The commune's own judgement of a criterion (Đạt / Chưa đạt): the verdict of a qualitative target. */
  selfJudgement: z.enum(SELF_JUDGEMENTS, { message: 'Chọn Đạt hoặc Chưa đạt.' }).nullable().default(null),
  /** What the judgement rests on. */
  selfJudgementReason: text().trim().max(4000).nullable().default(null),
  /** "Chưa thực hiện": a criterion not met, an indicator at 0 points, whatever else is entered. */
  status: z.enum(RESULT_STATUSES, { message: 'Trạng thái không hợp lệ.' }).nullable().default(null),
  capability: z.enum(CAPABILITIES).nullable().default(null),
  /** "Quý III/2024", "Nhiệm vụ thường xuyên". */
  plannedCompletion: textLine().trim().max(200).nullable().default(null),
  notes: text().trim().max(4000).nullable().default(null),
  difficulties: text().trim().max(4000).nullable().default(null),
});
export type ResultFields = z.infer<typeof resultFieldsSchema>;

/**
 * A result as the scoring engine reads it: the one mapping the server (workspace, documents) and the web page
 * (the live verdict while typing) share, so the two cannot score the same entry differently. An exclusion by
 * the office makes a criterion not applicable whatever was entered.
 */
export function toItemResult(
  fields: Omit<ResultFields, 'capability' | 'plannedCompletion' | 'notes' | 'difficulties'> | null,
  kind: (typeof ITEM_KINDS)[number],
  excluded = false,
): ItemResult | undefined {
  if (excluded) return { status: 'not_applicable' };
  if (!fields) return undefined;
  const result: ItemResult = {};
  if (fields.numerator !== null) result.numerator = fields.numerator;
  if (fields.denominator !== null) result.denominator = fields.denominator;
  if (fields.typedPercent !== null) result.typedPercent = fields.typedPercent;
  if (fields.value !== null) result.value = fields.value;
  if (fields.selfPoints !== null && kind === 'indicator') result.selfPoints = fields.selfPoints;
  if (fields.selfJudgement !== null && kind === 'criterion') result.selfJudgement = fields.selfJudgement;
  if (fields.status !== null) result.status = fields.status;
  return result;
}

// Strict: a field this API does not know is refused by name, never dropped (issue 10: points sent to an API
// without a points field vanished, and the total silently fell from 692 to 498).
export const resultInputSchema = resultFieldsSchema
  .strict()
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
  /** Items with something entered: a commune that opened its workspace but entered nothing has not started. */
  itemsEntered: z.number().int(),
  submittedAt: z.string().nullable(),
  /** The commune's last day (the deadline, or the day it was reopened until) and whether it may edit today. */
  deadline: z.string(),
  editable: z.boolean(),
});
export const assessmentListResponseSchema = z.object({ items: z.array(assessmentSummarySchema) });

/** A commune not assigned this year registers single independent criteria early (seed 002, Điều 3). */
export const earlyRegistrationRequestSchema = z.object({
  communeId: z.uuid({ message: 'Chưa chọn xã.' }),
  itemCodes: z.array(textLine().max(20)).max(200),
});
export type EarlyRegistrationRequest = z.infer<typeof earlyRegistrationRequestSchema>;
