import { z } from 'zod';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS } from '../documents/model.ts';
import { isoDate, text, textLine } from './common.ts';

const line = (max: number, message: string) => textLine().trim().min(1, { message }).max(max);

export const signatureSchema = z.object({
  mode: z.enum(['TM', 'KT', 'direct']),
  onBehalfOf: textLine().trim().max(120),
  title: line(120, 'Nhập chức vụ người ký.'),
  name: textLine().trim().max(120),
});

/** The heading block, number, place, date, signature and recipients (Nghị định 30/2020), as the form sends it. */
export const letterheadSchema = z.object({
  parentBody: text().trim().max(200).nullable(),
  issuingBody: text().trim().min(1, { message: 'Nhập tên cơ quan ban hành.' }).max(200),
  number: textLine().trim().max(20),
  symbol: line(40, 'Nhập ký hiệu văn bản, ví dụ BC-UBND.'),
  place: line(80, 'Nhập địa danh.'),
  date: isoDate('Ngày không hợp lệ.').nullable(),
  signature: signatureSchema,
  recipients: z.array(textLine().trim().min(1).max(200)).max(20),
});

export const documentOptionsSchema = z.object({
  letterhead: letterheadSchema,
  /** "Ủy ban nhân dân huyện Thường Xuân": named in the closing sentence. */
  addressee: textLine().trim().max(200).nullable(),
  /** Paragraphs of next steps or proposals; a line starting with "- " is a bullet. */
  closingNotes: z.array(text().max(2000)).max(30),
});
export type DocumentOptions = z.infer<typeof documentOptionsSchema>;

export const generateDocumentRequestSchema = documentOptionsSchema.extend({
  kind: z.enum(DOCUMENT_KINDS),
  format: z.enum(DOCUMENT_FORMATS),
});
export type GenerateDocumentRequest = z.infer<typeof generateDocumentRequestSchema>;

export const DOCUMENT_KIND_LABELS: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  commune_report: 'Báo cáo kết quả thực hiện tiêu chí',
  index_report: 'Báo cáo tự đánh giá Bộ chỉ số',
};

export const generatedDocumentSchema = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  format: z.enum(DOCUMENT_FORMATS),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** Vietnamese, when the generation failed. */
  error: z.string().nullable(),
  fileName: z.string().nullable(),
  size: z.number().int().nullable(),
  sha256: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
});
export type GeneratedDocument = z.infer<typeof generatedDocumentSchema>;

export const documentListResponseSchema = z.object({
  items: z.array(generatedDocumentSchema),
  /** The form's starting values: what this commune used last time, or defaults from the org unit. */
  defaults: documentOptionsSchema,
  /** False when LibreOffice is not installed on the server: PDF cannot be made, Word and Excel can. */
  pdfAvailable: z.boolean(),
});

const cellSchema = z.object({ text: z.string(), value: z.number().optional() });
export const tableSchema = z.object({
  sheetName: z.string(),
  titleLines: z.array(z.string()),
  columns: z.array(
    z.object({
      key: z.string(),
      header: z.string(),
      width: z.number(),
      align: z.enum(['left', 'center', 'right']),
      numberFormat: z.string().optional(),
    }),
  ),
  rows: z.array(
    z.object({
      kind: z.enum(['group', 'item', 'subtotal', 'total']),
      cells: z.record(z.string(), cellSchema),
    }),
  ),
  footerLines: z.array(z.string()),
  orientation: z.enum(['portrait', 'landscape']),
});

/** The tables of a document for the on-screen preview: the same model Word and Excel are made from. */
export const documentPreviewSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  subject: z.array(z.string()),
  tables: z.array(tableSchema),
});
