import { z } from 'zod';
import { CYCLE_STATUSES } from '../cycle/lifecycle.ts';
import { orgUnitTypeSchema } from '../org-unit.ts';
import { isoDate, text, textLine } from './common.ts';

const isoDay = isoDate();

export const deadlinesSchema = z
  .object({
    /** Tự rà soát, đăng ký — Thường Xuân: 15/02. The self-assessment locks after this day. */
    selfAssessment: isoDay,
    /** Thành viên BCĐ xác nhận — 10/12. */
    confirmation: isoDay,
    /** Hồ sơ — 15/12. */
    dossier: isoDay,
  })
  .refine((d) => d.selfAssessment <= d.confirmation && d.confirmation <= d.dossier, {
    message: 'Các hạn phải theo thứ tự: tự đánh giá, xác nhận, hồ sơ.',
    path: ['confirmation'],
  });

export const exclusionSchema = z.object({
  itemCode: textLine().min(1).max(20),
  reason: text().trim().min(3, { message: 'Vui lòng ghi lý do không áp dụng.' }).max(500),
});

/** "Đợt 2": names a deliberate second round of the same year, area and criteria set; null for the main round. */
export const roundSchema = textLine()
  .trim()
  .max(60, { message: 'Tên đợt tối đa 60 ký tự.' })
  .nullable()
  // Spaces inside collapse as in roundKey, so the name stored is the name compared.
  .transform((v) => (v === null || v === '' ? null : v.replace(/\s+/g, ' ')));

export const createCycleRequestSchema = z.object({
  year: z.number().int().min(2020).max(2100),
  scopeId: z.uuid({ message: 'Chưa chọn địa bàn.' }),
  criteriaFrameworkId: textLine().min(1, { message: 'Chưa chọn bộ tiêu chí.' }).max(100),
  indexFrameworkId: textLine().min(1).max(100).nullable(),
  round: roundSchema.default(null),
  deadlines: deadlinesSchema,
  /** Communes assigned to complete DX this year (Quyết định 969). */
  communeIds: z.array(z.uuid()).min(1, { message: 'Chọn ít nhất một xã được giao.' }).max(2000),
  exclusions: z.array(exclusionSchema).max(200).default([]),
});
export type CreateCycleRequest = z.infer<typeof createCycleRequestSchema>;

/**
 * An office's correction of an open cycle: the whole editable part, as the form shows it, with the version the
 * form was loaded at. Year, area and frameworks stay: results already entered were scored against them.
 */
export const updateCycleRequestSchema = createCycleRequestSchema
  .pick({ round: true, deadlines: true, communeIds: true, exclusions: true })
  .extend({ expectedVersion: z.number().int().min(1).max(1_000_000) });
export type UpdateCycleRequest = z.infer<typeof updateCycleRequestSchema>;

/** Reopen several communes of a cycle at once, started or not, until a day from today on. */
export const reopenCommunesRequestSchema = z.object({
  communeIds: z.array(z.uuid()).min(1, { message: 'Chọn ít nhất một xã để mở lại.' }).max(2000),
  until: isoDate('Ngày không hợp lệ.'),
  reason: text()
    .trim()
    .min(3, { message: 'Vui lòng ghi lý do mở lại.' })
    .max(500, { message: 'Lý do tối đa 500 ký tự.' }),
});
export type ReopenCommunesRequest = z.infer<typeof reopenCommunesRequestSchema>;

/** Closing names the version seen, so a cycle is not closed over an edit the office has not seen. */
export const closeCycleRequestSchema = z.object({ expectedVersion: z.number().int().min(1).max(1_000_000) });

const unitRef = z.object({ id: z.string(), name: z.string(), type: orgUnitTypeSchema });
const frameworkRef = z.object({ id: z.string(), version: z.number().int(), title: z.string() });

export const cycleSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  round: z.string().nullable(),
  status: z.enum(CYCLE_STATUSES),
  version: z.number().int(),
  scope: unitRef,
  criteriaFramework: frameworkRef,
  indexFramework: frameworkRef.nullable(),
  deadlines: z.object({ selfAssessment: z.string(), confirmation: z.string(), dossier: z.string() }),
  communes: z.array(unitRef.extend({ assigned: z.boolean() })),
  exclusions: z.array(exclusionSchema),
  /**
   * Criteria with no responsible member in the cycle's responsibility matrix, those not applicable aside: the
   * cycle page flags them (GET /cycles/:id/responsibilities lists which).
   */
  unassignedCriteria: z.number().int(),
  createdAt: z.string(),
});
export type Cycle = z.infer<typeof cycleSchema>;

export const cycleListResponseSchema = z.object({ items: z.array(cycleSchema) });

/** 409 on a stale edit: what another office user changed, and the cycle as it now stands. */
export const cycleConflictResponseSchema = z.object({
  code: z.literal('CONFLICT'),
  message: z.string(),
  changed: z.array(z.string()),
  current: cycleSchema,
});

export const reopenCommunesResponseSchema = z.object({
  /** The communes reopened, each with its new last day. */
  reopened: z.array(z.object({ communeId: z.string(), assessmentId: z.string(), until: z.string() })),
});
