import { z } from 'zod';
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

export const createCycleRequestSchema = z.object({
  year: z.number().int().min(2020).max(2100),
  scopeId: z.uuid({ message: 'Chưa chọn địa bàn.' }),
  criteriaFrameworkId: textLine().min(1, { message: 'Chưa chọn bộ tiêu chí.' }).max(100),
  indexFrameworkId: textLine().min(1).max(100).nullable(),
  deadlines: deadlinesSchema,
  /** Communes assigned to complete DX this year (Quyết định 969). */
  communeIds: z.array(z.uuid()).min(1, { message: 'Chọn ít nhất một xã được giao.' }).max(2000),
  exclusions: z.array(exclusionSchema).max(200).default([]),
});
export type CreateCycleRequest = z.infer<typeof createCycleRequestSchema>;

const unitRef = z.object({ id: z.string(), name: z.string(), type: orgUnitTypeSchema });
const frameworkRef = z.object({ id: z.string(), version: z.number().int(), title: z.string() });

export const cycleSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  scope: unitRef,
  criteriaFramework: frameworkRef,
  indexFramework: frameworkRef.nullable(),
  deadlines: z.object({ selfAssessment: z.string(), confirmation: z.string(), dossier: z.string() }),
  communes: z.array(unitRef.extend({ assigned: z.boolean() })),
  exclusions: z.array(exclusionSchema),
  createdAt: z.string(),
});
export type Cycle = z.infer<typeof cycleSchema>;

export const cycleListResponseSchema = z.object({ items: z.array(cycleSchema) });
