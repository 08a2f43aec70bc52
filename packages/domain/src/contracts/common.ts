import { z } from 'zod';
import { ERROR_CODES } from '../errors.ts';

/** The one error shape every failing request answers with. */
export const errorResponseSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** Field-level messages, keyed by the field's path ("password", "roles.0.orgUnitId"). */
  fields: z.record(z.string(), z.string()).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const idParamsSchema = z.object({ id: z.uuid({ message: 'Mã không hợp lệ.' }) });

export const okSchema = z.object({ ok: z.literal(true) });

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
