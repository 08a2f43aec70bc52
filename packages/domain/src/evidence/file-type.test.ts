import { describe, expect, it } from 'vitest';
import { detectEvidenceType } from './file-type.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

/** A whole small file as the server measures it: head and tail are the file itself. */
const sniff = (content: Uint8Array, fileName: string) =>
  detectEvidenceType({ head: content, tail: content, size: content.length, fileName });

/** A zip archive of stored (uncompressed) entries, written by the format: local headers, directory, end. */
function zip(entries: Record<string, string>): Uint8Array {
  const out: number[] = [];
  const directory: number[] = [];
  const u16 = (to: number[], v: number) => to.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (to: number[], v: number) => {
    u16(to, v & 0xffff);
    u16(to, v >>> 16);
  };
  for (const [name, body] of Object.entries(entries)) {
    const offset = out.length;
    const nameBytes = [...text(name)];
    u32(out, 0x04034b50);
    for (const v of [20, 0, 0, 0, 0]) u16(out, v);
    u32(out, 0);
    u32(out, body.length);
    u32(out, body.length);
    u16(out, nameBytes.length);
    u16(out, 0);
    out.push(...nameBytes, ...text(body));
    u32(directory, 0x02014b50);
    for (const v of [20, 20, 0, 0, 0, 0]) u16(directory, v);
    u32(directory, 0);
    u32(directory, body.length);
    u32(directory, body.length);
    for (const v of [nameBytes.length, 0, 0, 0, 0]) u16(directory, v);
    u32(directory, 0);
    u32(directory, offset);
    directory.push(...nameBytes);
  }
  const start = out.length;
  out.push(...directory);
  u32(out, 0x06054b50);
  for (const v of [0, 0, Object.keys(entries).length, Object.keys(entries).length]) u16(out, v);
  u32(out, directory.length);
  u32(out, start);
  u16(out, 0);
  return Uint8Array.from(out);
}

const TYPES = '[Content_Types].xml';

describe('detectEvidenceType', () => {
  it.each([
    [text('%PDF-1.7\n'), 'scan.pdf', 'application/pdf'],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'anh.png', 'image/png'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'anh.jpg', 'image/jpeg'],
    [zip({ [TYPES]: '<Types/>', 'word/document.xml': '<w:document/>' }), 'bao-cao.docx', 'wordprocessingml'],
    [zip({ [TYPES]: '<Types/>', 'xl/workbook.xml': '<workbook/>' }), 'bang.xlsx', 'spreadsheetml'],
  ])('recognises %#', (content, name, type) => {
    expect(sniff(content, name)?.mediaType).toContain(type);
  });

  it('decides by content, not by name: a PDF named .docx is a PDF, a workbook named .docx is Excel', () => {
    expect(sniff(text('%PDF-1.4'), 'bao-cao.docx')?.mediaType).toBe('application/pdf');
    const workbook = zip({ [TYPES]: '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(sniff(workbook, 'bao-cao.docx')?.label).toBe('Excel');
  });

  it('reads the directory from the last bytes of a large file', () => {
    const archive = zip({
      [TYPES]: '<Types/>',
      'word/media/anh.png': 'x'.repeat(5000),
      'word/document.xml': '',
    });
    const tail = archive.subarray(archive.length - 400);
    const type = detectEvidenceType({
      head: archive.subarray(0, 64),
      tail,
      size: archive.length,
      fileName: 'bao-cao.docx',
    });
    expect(type?.label).toBe('Word');
  });

  it.each([
    [
      'the names only in the first bytes, no zip directory',
      text(`PK\u0003\u0004....${TYPES}....word/document.xml`),
    ],
    [
      'the names inside an entry, not as entries',
      zip({ [TYPES]: '<Types/>', 'payload.exe': `${TYPES} word/document.xml xl/workbook.xml` }),
    ],
    ['no content types', zip({ 'word/document.xml': '<w:document/>' })],
    ['a folder word/ but no document', zip({ [TYPES]: '<Types/>', 'word/styles.xml': '<w:styles/>' })],
    ['both main parts', zip({ [TYPES]: '', 'word/document.xml': '', 'xl/workbook.xml': '' })],
    ['a plain zip', zip({ 'payload.exe': 'MZ' })],
  ])('refuses a forged Office file: %s', (_case, content) => {
    expect(sniff(content, 'bao-cao.docx')).toBeNull();
  });

  it.each([
    [bytes(0x4d, 0x5a, 0x90, 0), 'bao-cao.pdf'],
    [bytes(0x7f, 0x45, 0x4c, 0x46), 'bao-cao.pdf'],
    [text('<html><script>'), 'trang.pdf'],
    [bytes(), 'rong.pdf'],
  ])('refuses an executable, HTML or an empty file (%#)', (content, name) => {
    expect(sniff(content, name)).toBeNull();
  });
});
