import { z } from 'zod';
import { communeSubtypeSchema, orgUnitTypeSchema } from '../org-unit.ts';
import { isoDate, textLine } from './common.ts';

export const orgUnitSchema = z.object({
  id: z.string(),
  gsoCode: z.string().nullable(),
  name: z.string(),
  type: orgUnitTypeSchema,
  subtype: communeSubtypeSchema.nullable(),
  parentId: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  childCount: z.number().int(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const orgUnitListQuerySchema = z.object({
  /** Children of this unit; without it, the roots the user can see. */
  parentId: z.uuid().optional(),
  /** Every unit below this one at any depth (e.g. the communes of a province that still has districts). */
  within: z.uuid().optional(),
  /** Only units of this type (with `within`). */
  type: orgUnitTypeSchema.optional(),
  /** Diacritic-insensitive name or code search within the user's scope. */
  q: textLine().trim().max(100).optional(),
  /** ISO date; units valid on that day. Defaults to today. */
  on: isoDate('Ngày không hợp lệ (định dạng yyyy-mm-dd).').optional(),
});

export const orgUnitSearchHitSchema = orgUnitSchema.extend({
  /** Names of the ancestors, root first ("Tỉnh Thanh Hóa › Huyện Thường Xuân"). */
  path: z.array(z.string()),
});

export const orgUnitListResponseSchema = z.object({ items: z.array(orgUnitSearchHitSchema) });

export const orgUnitDetailSchema = orgUnitSchema.extend({
  ancestors: z.array(orgUnitSchema.pick({ id: true, name: true, type: true })),
  children: z.array(orgUnitSchema),
});
export type OrgUnitDetail = z.infer<typeof orgUnitDetailSchema>;
