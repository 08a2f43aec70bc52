import { z } from 'zod';
import { ITEM_CODE_PATTERN } from '../framework/schema.ts';
import { type ItemResult, SELF_JUDGEMENTS } from './types.ts';

const figure = (label: string) => z.number({ error: `${label} phải là số` });

/**
 * One item's result as accepted by the CLI `score --input` file and the evaluate API: the same field names as
 * the save API (PUT /api/assessments/:id/items/:kind/:code), so one file can be scored here and entered there.
 * The reasons are the commune's words for the people who read the result; scoring does not use them.
 */
export const itemResultSchema = z.strictObject({
  numerator: figure('Tử số (numerator)').optional(),
  denominator: figure('Mẫu số (denominator)').optional(),
  typedPercent: figure('Tỷ lệ nhập tay (typedPercent)').optional(),
  selfPoints: figure('Điểm tự chấm (selfPoints)').optional(),
  selfPointsReason: z.string({ error: 'selfPointsReason phải là chuỗi' }).optional(),
  value: z
    .union([z.boolean(), z.number(), z.string()], { error: 'value phải là true/false, số hoặc chuỗi' })
    .optional(),
  selfJudgement: z
    .enum(SELF_JUDGEMENTS, { error: 'selfJudgement phải là met (Đạt) hoặc not_met (Chưa đạt)' })
    .optional(),
  selfJudgementReason: z.string({ error: 'selfJudgementReason phải là chuỗi' }).optional(),
  status: z.enum(['not_assessed', 'not_applicable', 'not_started']).optional(),
}) satisfies z.ZodType<ItemResult>;

/** `{"1.6": {"numerator": 92, "denominator": 100}, "1.1": {"value": true}, …}` */
export const resultsInputSchema = z.record(
  z.string().regex(ITEM_CODE_PATTERN, { error: 'Mã tiêu chí/chỉ số phải có dạng 1.5' }),
  itemResultSchema,
);
export type ResultsInput = z.infer<typeof resultsInputSchema>;
