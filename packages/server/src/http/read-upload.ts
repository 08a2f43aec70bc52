import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error.ts';

/** Reads the one file of a multipart upload into memory (small files only: frameworks, catalogues). */
export async function readSmallUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ bytes: Buffer; fileName: string }> {
  if (!request.isMultipart()) {
    throw new AppError('BAD_REQUEST', 'Hãy gửi tệp dưới dạng multipart/form-data (trường "file").');
  }
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp để tải lên.');
  const tooLarge = () =>
    new AppError(
      'PAYLOAD_TOO_LARGE',
      `Tệp quá lớn: tối đa ${Math.round(maxBytes / 1024 / 1024)} MB (${maxBytes.toLocaleString('vi-VN')} byte). Không có dữ liệu nào được thay đổi.`,
    );
  const bytes = await file.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw err;
  });
  // The plugin checks for truncation only as it receives a chunk: when a chunk ends exactly at the limit, busboy
  // drops the rest and marks the stream truncated without yielding anything more, and the file came back cut at
  // the limit with no error (then parsed as if whole). The mark is checked here.
  if (file.file.truncated || bytes.length > maxBytes) throw tooLarge();
  return { bytes, fileName: file.filename.normalize('NFC') };
}
