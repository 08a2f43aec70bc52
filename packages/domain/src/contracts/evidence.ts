import { z } from 'zod';
import { isoDate, text, textLine } from './common.ts';

const optionalText = (max: number, kind: typeof text = text) =>
  kind()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null);

/** The name of an uploaded file as the browser sends it: one line, stored NFC, as long as file systems allow. */
export const evidenceFileNameSchema = textLine()
  .trim()
  .min(1, { message: 'Tệp chưa có tên.' })
  .max(255, { message: 'Tên tệp quá dài (tối đa 255 ký tự). Hãy đổi tên tệp rồi tải lên lại.' });

/** The citation of an administrative document: number/symbol, date, issuer, summary (trích yếu). */
export const citationSchema = z.object({
  docNumber: optionalText(100, textLine),
  // An empty date field of a form means "no date", like the other empty fields.
  docDate: z.preprocess(
    (v) => (v === '' ? null : v),
    isoDate('Ngày văn bản không hợp lệ (ngày này không tồn tại hoặc sai định dạng).')
      .nullable()
      .default(null),
  ),
  issuer: optionalText(300, textLine),
  summary: optionalText(2000),
});
export type Citation = z.infer<typeof citationSchema>;

export const evidenceSchema = z.object({
  id: z.string(),
  communeId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
  issuer: z.string().nullable(),
  summary: z.string().nullable(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
  /** Items of any cycle this document is linked to ("2024 · 1.6"). */
  links: z.array(
    z.object({ assessmentId: z.string(), year: z.number().int(), kind: z.string(), code: z.string() }),
  ),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const evidenceListResponseSchema = z.object({ items: z.array(evidenceSchema) });

/** 200 body of an upload: the stored document, and whether the same file was already in the library. */
export const uploadEvidenceResponseSchema = z.object({ evidence: evidenceSchema, duplicate: z.boolean() });

export const linkEvidenceRequestSchema = z.object({ evidenceId: z.uuid() });

/** `DELETE /api/evidence/:id`: a linked document is refused unless `unlinkEverywhere=1` says so explicitly. */
export const deleteEvidenceQuerySchema = z.object({ unlinkEverywhere: z.enum(['0', '1']).optional() });

/** 200 body of a deletion: the document gone, and how many item links went with it. */
export const deleteEvidenceResponseSchema = z.object({ id: z.string(), unlinked: z.number().int() });

/** What the server accepts for one evidence file, so the browser can refuse a file before sending it. */
export const evidenceUploadLimitsSchema = z.object({ maxUploadBytes: z.number().int().positive() });
