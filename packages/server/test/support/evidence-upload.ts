import { randomBytes } from 'node:crypto';
import type { Client } from './test-app.ts';

export const citation = {
  docNumber: '37/KH-UBND',
  docDate: '2024-03-15',
  issuer: 'UBND xã Bát Mọt',
  summary: 'Kế hoạch chuyển đổi số năm 2024',
};

export const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

/** A browser-like multipart upload: citation fields first, then the file. */
export function evidenceForm(fields: Record<string, string>, fileName: string, bytes: Buffer) {
  const boundary = `----xaso${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads one file to a commune's evidence library as `client`. */
export function uploadAs(
  client: Client,
  communeId: string,
  fileName: string,
  bytes: Buffer,
  fields: Record<string, string> = citation,
) {
  return client.request({
    method: 'POST',
    url: `/api/communes/${communeId}/evidence`,
    ...evidenceForm(fields, fileName, bytes),
  });
}
