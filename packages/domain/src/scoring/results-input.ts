import { z } from 'zod';
import { ITEM_CODE_PATTERN } from '../framework/schema.ts';
import type { ItemResult } from './types.ts';

const figure = (label: string) => z.number({ error: `${label} phải là số` });

/** One item's result as accepted by the CLI `score --input` file and the evaluate API. */
export const itemResultSchema = z.strictObject({
  numerator: figure('Tử số (numerator)').optional(),
  denominator: figure('Mẫu số (denominator)').optional(),
  typedPercent: figure('Tỷ lệ nhập tay (typedPercent)').optional(),
  typedPoints: figure('Điểm nhập tay (typedPoints)').optional(),
  value: z
    .union([z.boolean(), z.number(), z.string()], { error: 'value phải là true/false, số hoặc chuỗi' })
    .optional(),
  points: figure('Điểm chấm (points)').optional(),
  judgement: z.enum(['met', 'not_met', 'exceeded']).optional(),
  status: z.enum(['not_assessed', 'not_applicable', 'not_started']).optional(),
}) satisfies z.ZodType<ItemResult>;

/** `{"1.6": {"numerator": 92, "denominator": 100}, "1.1": {"value": true}, …}` */
export const resultsInputSchema = z.record(
  z.string().regex(ITEM_CODE_PATTERN, { error: 'Mã tiêu chí/chỉ số phải có dạng 1.5' }),
  itemResultSchema,
);
export type ResultsInput = z.infer<typeof resultsInputSchema>;
