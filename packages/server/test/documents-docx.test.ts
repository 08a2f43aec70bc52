import type { ReportDocument } from '@xaso/domain/documents/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx, vietnameseDate } from '../src/modules/documents/render-docx.ts';
import {
  attributesOf,
  type DocxParts,
  elements,
  findTable,
  paragraphTexts,
  readDocx,
  tables,
  tableTexts,
} from './support/read-docx.ts';
import { sampleReport } from './support/sample-report.ts';

const render = async (document: ReportDocument): Promise<DocxParts> => readDocx(await renderDocx(document));

describe('Word rendering of an official report', () => {
  const report = sampleReport();
  let docx: DocxParts;
  let texts: string[];
  beforeAll(async () => {
    docx = await render(report);
    texts = paragraphTexts(docx.document);
  });

  it('writes the appendix table row by row with the texts of the model', () => {
    const table = report.appendices[0]!;
    const expected = [
      table.columns.map((c) => c.header),
      ...table.rows.map((row) => table.columns.map((c) => row.cells[c.key]?.text ?? '')),
    ];
    expect(tableTexts(findTable(docx.document, 'TT'))).toEqual(expected);
    expect(texts).toContain('Tổng số chỉ tiêu: 8; đạt: 6/8.');
    expect(texts).toContain('PHỤ LỤC 1');
  });

  it('repeats the header row on every page and keeps rows whole', () => {
    const rows = elements(findTable(docx.document, 'TT'), 'w:tr');
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('gives every cell a paragraph, as Word requires', () => {
    for (const table of tables(docx.document)) {
      for (const cell of elements(table, 'w:tc')) expect(cell).toMatch(/<w:p[ >/]/);
    }
  });

  it('shares the printable width among the columns in proportion to their widths', () => {
    const table = findTable(docx.document, 'TT');
    const grid = attributesOf(table, 'w:gridCol').map((a) => Number(a['w:w']));
    const printable = 11906 - 1701 - 850;
    expect(grid.reduce((a, b) => a + b, 0)).toBe(printable);
    expect(attributesOf(table, 'w:tblW')[0]).toMatchObject({ 'w:type': 'dxa', 'w:w': String(printable) });
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    const weights = report.appendices[0]!.columns.map((c) => c.width);
    const total = weights.reduce((a, b) => a + b, 0);
    // Rounding leaves at most one twip per column, given to the widest.
    for (const [i, w] of grid.entries()) {
      expect(Math.abs(w - (printable * weights[i]!) / total)).toBeLessThan(weights.length);
    }
  });

  it('lays pages out on A4 with the margins of Nghị định 30', () => {
    const sizes = attributesOf(docx.document, 'w:pgSz');
    const margins = attributesOf(docx.document, 'w:pgMar');
    expect(sizes).toHaveLength(2); // the body and the appendix
    for (const size of sizes) expect(size).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    // 20 mm top and bottom, 30 mm left, 15 mm right, in twips.
    for (const margin of margins) {
      expect(margin).toMatchObject({
        'w:top': '1134',
        'w:bottom': '1134',
        'w:left': '1701',
        'w:right': '850',
      });
    }
  });

  it('uses Times New Roman everywhere, 14 pt by default', () => {
    const defaults = docx.styles.match(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/)?.[0] ?? '';
    expect(attributesOf(defaults, 'w:rFonts')[0]).toEqual({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:eastAsia': 'Times New Roman',
      'w:cs': 'Times New Roman',
    });
    expect(defaults).toContain('<w:sz w:val="28"/>');
    // No run picks another font, and the theme fonts (Word's "Body"/"Headings") are Times New Roman too.
    const named = attributesOf(docx.document, 'w:rFonts').flatMap((a) => Object.values(a));
    expect(named.filter((f) => f !== 'Times New Roman')).toEqual([]);
    const themeFonts = [...docx.theme.matchAll(/<a:latin typeface="([^"]*)"/g)].map((m) => m[1]);
    expect(themeFonts).toEqual(['Times New Roman', 'Times New Roman']);
  });

  it('prints the heading block, the title and the closing of an official document', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'UBND HUYỆN THƯỜNG XUÂN',
        'ỦY BAN NHÂN DÂN',
        'XÃ BÁT MỌT',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        `Số: ${' '.repeat(7)}/BC-UBND`,
        'Bát Mọt, ngày 05 tháng 02 năm 2025',
        'BÁO CÁO',
        ...report.subject,
        'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
        `- ${(report.body[2] as { text: string }).text}`,
        'Nơi nhận:',
        '- UBND huyện (B/c);',
        '- Lưu: VT.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Lê Văn Thành',
      ]),
    );
    // The motto is underlined, the date line italic.
    const motto = elements(docx.document, 'w:p').find((p) => p.includes('Độc lập - Tự do - Hạnh phúc'));
    expect(motto).toContain('<w:u w:val="single"/>');
    const date = elements(docx.document, 'w:p').find((p) => p.includes('Bát Mọt, ngày'));
    expect(date).toContain('<w:i/>');
  });

  it('writes the signature heading for each way of signing', async () => {
    const signed = async (signature: ReportDocument['letterhead']['signature']) => {
      const document = sampleReport();
      document.letterhead.signature = signature;
      return paragraphTexts((await render(document)).document);
    };
    const kt = await signed({
      mode: 'KT',
      onBehalfOf: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Hà Văn Sơn',
    });
    expect(kt).toEqual(expect.arrayContaining(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hà Văn Sơn']));
    const direct = await signed({ mode: 'direct', onBehalfOf: '', title: 'CHỦ TỊCH', name: 'Hà Văn Sơn' });
    expect(direct).toContain('CHỦ TỊCH');
    expect(direct.some((t) => t.startsWith('TM.') || t.startsWith('KT.'))).toBe(false);
  });

  it('writes text NFC even when the model holds decomposed (NFD) text', async () => {
    const document = sampleReport();
    const decomposed = (s: string) => s.normalize('NFD');
    document.letterhead.place = decomposed('Bát Mọt');
    document.subject = document.subject.map(decomposed);
    document.body = [
      { kind: 'paragraph', text: decomposed('Ủy ban nhân dân xã báo cáo kết quả thực hiện.') },
    ];
    const table = document.appendices[0]!;
    table.rows[1]!.cells.name = { text: decomposed('Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.') };
    expect(decomposed('Bát Mọt')).not.toBe('Bát Mọt');

    const { document: xml } = await render(document);
    expect(xml).toBe(xml.normalize('NFC'));
    const written = paragraphTexts(xml);
    expect(written).toContain('Bát Mọt, ngày 05 tháng 02 năm 2025');
    expect(written).toContain('Ủy ban nhân dân xã báo cáo kết quả thực hiện.');
    expect(tableTexts(findTable(xml, 'TT'))[2]?.[1]).toBe(
      'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.',
    );
  });

  it('splits a cell holding several lines into paragraphs of the cell', async () => {
    const document = sampleReport();
    document.appendices[0]!.rows[1]!.cells.note = { text: 'Có minh chứng\nkèm theo' };
    const cell = elements(findTable((await render(document)).document, 'TT'), 'w:tr')[2]!;
    const note = elements(cell, 'w:tc')[6]!;
    expect(elements(note, 'w:p').map((p) => paragraphTexts(p)[0])).toEqual(['Có minh chứng', 'kèm theo']);
  });

  it('leaves number and date blank for the clerk when the form leaves them blank', async () => {
    const texts = paragraphTexts((await render(sampleReport({ date: null }))).document);
    expect(texts).toContain(`Số: ${' '.repeat(7)}/BC-UBND`);
    expect(texts).toContain(`Bát Mọt, ngày${' '.repeat(6)}tháng${' '.repeat(6)}năm${' '.repeat(6)}`);
  });

  it('puts a landscape appendix on landscape pages of its own', async () => {
    const document = sampleReport();
    document.appendices[0]!.orientation = 'landscape';
    const xml = (await render(document)).document;
    const [body, appendix] = attributesOf(xml, 'w:pgSz');
    expect(body).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(appendix).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    const grid = attributesOf(findTable(xml, 'TT'), 'w:gridCol').map((a) => Number(a['w:w']));
    const [, margins] = attributesOf(xml, 'w:pgMar');
    expect(grid.reduce((a, b) => a + b, 0)).toBe(
      16838 - Number(margins!['w:left']) - Number(margins!['w:right']),
    );
    expect(xml).toContain('<w:type w:val="nextPage"/>');
  });
});

describe('vietnameseDate', () => {
  it.each([
    ['2025-02-05', 'ngày 05 tháng 02 năm 2025'],
    ['2024-01-31', 'ngày 31 tháng 01 năm 2024'],
    ['2024-03-09', 'ngày 09 tháng 3 năm 2024'],
    ['2024-12-15', 'ngày 15 tháng 12 năm 2024'],
    ['2024-10-10', 'ngày 10 tháng 10 năm 2024'],
  ])('writes %s as "%s" (leading zero for days 1–9 and months 1–2)', (iso, text) => {
    expect(vietnameseDate(iso)).toBe(text);
  });
});
