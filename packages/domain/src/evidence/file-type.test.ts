import { describe, expect, it } from 'vitest';
import { detectEvidenceType } from './file-type.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('detectEvidenceType', () => {
  it.each([
    [text('%PDF-1.7\n'), 'scan.pdf', 'application/pdf'],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'anh.png', 'image/png'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'anh.jpg', 'image/jpeg'],
    [text('PK\u0003\u0004....[Content_Types].xml....word/document.xml'), 'bao-cao.docx', 'wordprocessingml'],
    [text('PK\u0003\u0004....[Content_Types].xml....xl/workbook.xml'), 'bang.xlsx', 'spreadsheetml'],
  ])('recognises %#', (head, name, type) => {
    expect(detectEvidenceType(head, name)?.mediaType).toContain(type);
  });

  it('decides by content, not by name: a PDF named .docx is a PDF', () => {
    expect(detectEvidenceType(text('%PDF-1.4'), 'bao-cao.docx')?.mediaType).toBe('application/pdf');
  });

  it.each([
    [bytes(0x4d, 0x5a, 0x90, 0), 'bao-cao.pdf'],
    [bytes(0x7f, 0x45, 0x4c, 0x46), 'bao-cao.pdf'],
    [text('PK\u0003\u0004....payload.exe'), 'bao-cao.docx'],
    [text('<html><script>'), 'trang.pdf'],
    [bytes(), 'rong.pdf'],
  ])('refuses an executable, a plain zip, HTML or an empty file (%#)', (head, name) => {
    expect(detectEvidenceType(head, name)).toBeNull();
  });
});
