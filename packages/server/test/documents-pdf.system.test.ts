import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, countPdfPages } from '../src/modules/documents/convert-pdf.ts';
import { renderDocx } from '../src/modules/documents/render-docx.ts';
import { sampleReport } from './support/sample-report.ts';
import { requirePoppler, requireSoffice } from './support/system-programs.ts';

const run = promisify(execFile);

/** The text of each page, read with pdftotext (poppler-utils), which separates pages with a form feed. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'xaso-pdf-test-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', file, '-']);
    return stdout.split('\f').slice(0, -1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function pdfinfoPages(pdf: Buffer): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'xaso-pdf-test-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdfinfo', [file]);
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// A cold LibreOffice start with a fresh profile takes a few seconds; slow CI machines get plenty of room.
let soffice = '';

describe('PDF conversion with LibreOffice', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    // Not skipped when missing: a machine that cannot make PDFs fails, told what to install.
    soffice = await requireSoffice();
    await requirePoppler();
  });

  it('converts the sample report to two pages: the report and its appendix', async () => {
    const pdf = await convertToPdf(await renderDocx(sampleReport()), 'Báo cáo CĐS 2024 - Xã Bát Mọt', {
      sofficePath: soffice,
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(countPdfPages(pdf)).toBe(2);
    expect(await pdfinfoPages(pdf)).toBe(2);

    const [report, appendix] = await pageTexts(pdf);
    expect(report).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(report).toContain('Bát Mọt, ngày 05 tháng 02 năm 2025');
    expect(report).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(report).toContain('Lê Văn Thành');
    expect(appendix).toContain('PHỤ LỤC 1');
    expect(appendix).toContain('Tên chỉ tiêu');
    expect(appendix).toContain('Tổng số chỉ tiêu: 8; đạt: 6/8.');
  });

  it('repeats the table header on every page of a long appendix and loses no row', async () => {
    const extraItems = 60;
    const pdf = await convertToPdf(await renderDocx(sampleReport({ extraItems })), 'long', {
      sofficePath: soffice,
    });
    const pages = await pageTexts(pdf);
    expect(countPdfPages(pdf)).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(3);

    for (const page of pages.slice(1)) {
      expect(page).toContain('Tên chỉ tiêu');
      expect(page).toContain('Ghi chú');
    }
    const text = pages.join('\n');
    for (let i = 1; i <= extraItems; i++) {
      expect(text.match(new RegExp(`Chỉ tiêu bổ sung số ${i}:`, 'g')) ?? []).toHaveLength(1);
    }
    expect(pages.at(-1)).toContain('Tổng số chỉ tiêu: 8; đạt: 6/8.');
  });

  it('runs conversions side by side, each with its own LibreOffice profile', async () => {
    const docx = await renderDocx(sampleReport());
    const pdfs = await Promise.all([
      convertToPdf(docx, 'a', { sofficePath: soffice }),
      convertToPdf(docx, 'b', { sofficePath: soffice }),
      convertToPdf(docx, 'c', { sofficePath: soffice }),
    ]);
    expect(pdfs.map(countPdfPages)).toEqual([2, 2, 2]);
  });

  it('says plainly when LibreOffice cannot read the file', async () => {
    // A zip header with nothing behind it: LibreOffice exits 0 but writes no PDF.
    const broken = Buffer.from('PK\x03\x04 not really a zip', 'latin1');
    await expect(convertToPdf(broken, 'broken', { sofficePath: soffice })).rejects.toThrow(
      /did not produce a PDF.*could not be loaded/s,
    );
  });
});
