import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with one file field, as a browser upload sends it. */
export function multipartFile(
  fileName: string,
  bytes: Buffer | string,
  contentType = 'application/octet-stream',
) {
  const boundary = `----xaso${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
