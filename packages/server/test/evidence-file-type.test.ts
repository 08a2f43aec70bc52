import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIds } from './support/cycle-fixture.ts';
import { uploadAs } from './support/evidence-upload.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let communeId: string;
beforeAll(async () => {
  t = await createTestApp();
  communeId = (await unitIds(t, ['Xã Bát Mọt']))['Xã Bát Mọt']!;
});
afterAll(() => t.close());

function allFiles(): string[] {
  return readdirSync(t.filesDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(path.join(t.filesDir, f)).isFile(),
  );
}

async function wordFile(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

async function excelFile(value: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Bảng 1').addRow(['Tiêu chí', value]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('Office files are recognised by the entries of their zip directory', () => {
  it.each([
    ['a Word document', () => wordFile('Báo cáo chuyển đổi số'), 'bao-cao.docx', 'Word'],
    ['an Excel workbook', () => excelFile('Đạt'), 'bang-diem.xlsx', 'Excel'],
    // Larger than the 256 KB tail kept while streaming, with incompressible content: the directory is found
    // at the very end of a stream that arrived in many chunks.
    [
      'a Word document with a 1 MB picture',
      async () => {
        const zip = await JSZip.loadAsync(await wordFile('Có hình'));
        zip.file('word/media/anh.bin', randomBytes(1024 * 1024));
        return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      },
      'co-hinh.docx',
      'Word',
    ],
  ])('accepts %s', async (_case, make, fileName, label) => {
    const officer = await t.as('canbo.batmot');
    const res = await uploadAs(officer, communeId, fileName, await make());
    expect(res.statusCode).toBe(200);
    expect(res.json().evidence.mediaType).toBe(
      label === 'Word'
        ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it.each([
    [
      'the names written in the first bytes of a file that is no zip',
      async () =>
        Buffer.concat([
          Buffer.from('PK\u0003\u0004[Content_Types].xml word/document.xml'),
          randomBytes(4096),
        ]),
    ],
    [
      'a zip that holds the names inside an entry, not as entries',
      async () => {
        const zip = new JSZip();
        zip.file('payload.exe', 'MZ [Content_Types].xml word/document.xml');
        zip.file('word/readme.txt', 'word/');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
    ],
    [
      'a real document with its main part removed',
      async () => {
        const zip = await JSZip.loadAsync(await wordFile('Thiếu phần chính'));
        zip.remove('word/document.xml');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
    ],
  ])('refuses %s (415), leaving nothing behind', async (_case, make) => {
    const officer = await t.as('canbo.batmot');
    const before = allFiles();
    const res = await uploadAs(officer, communeId, 'gia-mao.docx', await make());
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({
      code: 'UNSUPPORTED_FILE',
      message:
        'Tệp "gia-mao.docx" không phải PDF, Word, Excel, JPEG, PNG (kiểm tra theo nội dung tệp, không theo tên).',
    });
    expect(allFiles()).toEqual(before);
  });
});
