import { z } from 'zod';
import { ERROR_CODES } from '../errors.ts';
import { controlCharacterAt, hasLoneSurrogate, nfc } from '../text.ts';

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

// ---- Text and dates typed by people: the one place their hostile forms are refused ---------------------

export const TEXT_MESSAGES = {
  control: 'Không được chứa ký tự điều khiển (như NUL). Vui lòng gõ lại hoặc dán dưới dạng văn bản thuần.',
  lineControl:
    'Chỉ nhập trên một dòng, không chứa ký tự điều khiển (như NUL, tab, xuống dòng). Vui lòng gõ lại.',
  surrogate: 'Có ký tự không hợp lệ (lỗi mã hóa Unicode). Vui lòng gõ lại đoạn văn bản này.',
};

function checkedText(lineBreaksAllowed: boolean) {
  return z
    .string()
    .refine((v) => controlCharacterAt(v, lineBreaksAllowed) === -1, {
      message: lineBreaksAllowed ? TEXT_MESSAGES.control : TEXT_MESSAGES.lineControl,
    })
    .refine((v) => !hasLoneSurrogate(v), { message: TEXT_MESSAGES.surrogate });
}

/**
 * Free text a person types (notes, reasons, paragraphs): tabs and line breaks allowed; other control
 * characters and lone surrogates refused; stored as NFC so the same words typed on two keyboards compare equal.
 * Chain `.trim().min().max()` as usual: lengths count NFC characters.
 */
export function text() {
  return checkedText(true).overwrite(nfc);
}

/** One line a person types (a name, a number, a search, a code): no control character at all, stored as NFC. */
export function textLine() {
  return checkedText(false).overwrite(nfc);
}

/**
 * A secret (a password): control characters and lone surrogates refused like any text, but neither trimmed nor
 * normalised, so a password set before this rule still matches its hash.
 */
export function secret() {
  return checkedText(false);
}

/** The days a date field accepts: any record of this system (units since 1900, cycles until 2100). */
export const DAY_RANGE = { from: '1900-01-01', to: '2100-12-31' } as const;

export const DATE_MESSAGES = {
  format: 'Ngày không hợp lệ (ngày này không tồn tại hoặc sai định dạng yyyy-mm-dd).',
  range: 'Ngày không hợp lệ: năm phải từ 1900 đến 2100.',
};

/**
 * A day "yyyy-mm-dd" that exists (no 30 February, 29 February only in leap years) between 1900 and 2100:
 * year 0 passes the ISO pattern but no database date holds it.
 */
export function isoDate(message: string = DATE_MESSAGES.format) {
  return z.iso
    .date({ message })
    .refine((v) => v >= DAY_RANGE.from && v <= DAY_RANGE.to, { message: DATE_MESSAGES.range });
}
