import { stripDiacritics } from '@xaso/domain/text';
import type { FastifyReply } from 'fastify';

/**
 * A Content-Disposition header for a Vietnamese file name: an ASCII fallback (diacritics removed) for old
 * clients and the exact UTF-8 name (RFC 5987) for the rest.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const name = fileName.normalize('NFC');
  const ascii = stripDiacritics(name)
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a generated workbook as a download under its Vietnamese file name. */
export function sendWorkbook(reply: FastifyReply, file: { fileName: string; bytes: Buffer | Uint8Array }) {
  return reply
    .type(XLSX_MEDIA_TYPE)
    .header('content-disposition', contentDisposition('attachment', file.fileName))
    .send(file.bytes);
}
