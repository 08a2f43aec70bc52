import { z } from 'zod';
import {
  APPLIES_TO,
  DEPENDENCIES,
  FRAMEWORK_ID_PATTERN,
  FRAMEWORK_KINDS,
  legalBasisSchema,
  measureSchema,
  provenanceSchema,
  ruleSchema,
  targetSchema,
} from '../framework/schema.ts';
import { resultsInputSchema } from '../scoring/results-input.ts';
import { VERDICTS } from '../scoring/types.ts';
import { textLine } from './common.ts';

/** The normalised framework of the CLI contract (`frameworks show ID --json`) and the API. */
export const normalisedItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  measure: measureSchema,
  targets: z.record(z.string(), targetSchema.nullable()),
  dependency: z.enum(DEPENDENCIES).nullable(),
  maxPoints: z.number().nullable(),
  rule: ruleSchema.nullable(),
  guidance: z.object({ evidence: z.string() }).nullable(),
  provenance: provenanceSchema,
});

export const normalisedFrameworkSchema = z.object({
  id: z.string(),
  kind: z.enum(FRAMEWORK_KINDS),
  title: z.string(),
  legalBasis: legalBasisSchema,
  appliesTo: z.enum(APPLIES_TO),
  years: z.array(z.number().int()),
  groups: z.array(z.object({ code: z.string(), name: z.string(), items: z.array(normalisedItemSchema) })),
});

export const frameworkVersionInfoSchema = z.object({
  version: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  sourceName: z.string(),
});

export const frameworkSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(FRAMEWORK_KINDS),
  appliesTo: z.enum(APPLIES_TO),
  legalBasis: legalBasisSchema,
  years: z.array(z.number().int()),
  itemCount: z.number().int(),
  /** Sum of known maximum points (index only). */
  maxPoints: z.number().nullable(),
  latestVersion: z.number().int(),
  versions: z.array(frameworkVersionInfoSchema),
});
export type FrameworkSummary = z.infer<typeof frameworkSummarySchema>;

export const frameworkListResponseSchema = z.object({ items: z.array(frameworkSummarySchema) });

export const frameworkDetailSchema = z.object({
  framework: normalisedFrameworkSchema,
  version: frameworkVersionInfoSchema,
  versions: z.array(frameworkVersionInfoSchema),
});
export type FrameworkDetail = z.infer<typeof frameworkDetailSchema>;

export const frameworkParamsSchema = z.object({
  id: textLine().regex(FRAMEWORK_ID_PATTERN, { message: 'Mã bộ tiêu chí/chỉ số không hợp lệ.' }),
});
export const frameworkVersionQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() });

export const frameworkFileErrorSchema = z.object({
  location: z.string(),
  field: z.string(),
  message: z.string(),
});

/** Answer of validate and import: the errors of a bad file, or what was (or would be) imported. */
export const frameworkImportResponseSchema = z.object({
  ok: z.boolean(),
  errors: z.array(frameworkFileErrorSchema),
  framework: z
    .object({ id: z.string(), title: z.string(), kind: z.enum(FRAMEWORK_KINDS), itemCount: z.number().int() })
    .nullable(),
  /** The version now holding this content; null for validation only or a bad file. */
  version: z.number().int().nullable(),
  /** False when identical content was already imported (nothing changed). */
  created: z.boolean(),
});
export type FrameworkImportResponse = z.infer<typeof frameworkImportResponseSchema>;

export const evaluateRequestSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  version: z.number().int().min(1).optional(),
  results: resultsInputSchema,
  /** Index score threshold for recognition, percent of the maximum (Thanh Hóa: 70). */
  threshold: z.number().min(0).max(100).optional(),
});

export const itemOutcomeSchema = z.object({
  code: z.string(),
  verdict: z.union([z.enum(VERDICTS), z.literal('scored')]),
  points: z.number().nullable(),
  explanation: z.string(),
  warnings: z.array(z.string()),
  errors: z.array(z.string()),
});

export const evaluateResponseSchema = z.object({
  frameworkId: z.string(),
  version: z.number().int(),
  year: z.number().int(),
  items: z.array(itemOutcomeSchema),
  totals: z.unknown(),
  eligibility: z.object({ eligible: z.boolean(), reasons: z.array(z.string()) }),
  unknownCodes: z.array(z.string()),
});
