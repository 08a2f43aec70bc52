import type { ReportDocument, Table } from '@xaso/domain/documents/model';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx, sheetNames } from '../src/modules/documents/render-xlsx.ts';
import { appendixTable, indexTable, sampleReport } from './support/sample-report-xlsx.ts';

// No database: the renderer only turns a model into bytes, read back here with exceljs.
const NOW = new Date('2024-09-20T08:00:00Z');

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** Rows 1..n are the issuing body and the title lines, then one empty row, then the column headers. */
function headerRowOf(table: Table): number {
  return table.titleLines.length + 3;
}

function sheet(workbook: ExcelJS.Workbook, index: number): ExcelJS.Worksheet {
  const found = workbook.worksheets[index];
  if (!found) throw new Error(`no sheet ${index}`);
  return found;
}

function expectDataRowsEqualModel(ws: ExcelJS.Worksheet, table: Table): void {
  const first = headerRowOf(table) + 1;
  table.rows.forEach((row, r) => {
    const excelRow = ws.getRow(first + r);
    table.columns.forEach((column, c) => {
      const cell = excelRow.getCell(c + 1);
      const source = row.cells[column.key];
      const where = `${ws.name} row ${first + r} column ${column.key}`;
      if (source?.value !== undefined) {
        expect(typeof cell.value, where).toBe('number');
        expect(cell.value, where).toBe(source.value);
        expect(cell.numFmt, where).toBe(column.numberFormat);
      } else if (source && source.text !== '') {
        expect(cell.value, where).toBe(source.text);
      } else {
        expect(cell.value ?? null, where).toBeNull();
      }
    });
  });
  // Nothing of the table spills past its last row: the next row is the blank before the footer.
  const after = ws.getRow(first + table.rows.length);
  expect(after.getCell(1).value ?? null).toBeNull();
}

describe('renderXlsx', () => {
  it('writes one sheet per table, in order, with cleaned names', async () => {
    const workbook = await readBack(await renderXlsx(sampleReport, { now: NOW }));
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names).toEqual(['Phụ lục 1 - Chỉ tiêu 2024', 'Chỉ số Điểm 2022 tự chấm điểm c']);
    expect(names[1]!.length).toBeLessThanOrEqual(31);
    expect(workbook.creator).toBe('Xã Số');
    expect(workbook.created.toISOString()).toBe(NOW.toISOString());
  });

  it('lays the header block out: issuing body, merged titles, frozen and repeated column headers', async () => {
    const workbook = await readBack(await renderXlsx(sampleReport, { now: NOW }));
    for (const [i, table] of [appendixTable, indexTable].entries()) {
      const ws = sheet(workbook, i);
      const headerRow = headerRowOf(table);
      const lastColumn = ws.getColumn(table.columns.length).letter;

      expect(ws.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN XÃ BÁT MỌT');
      expect(ws.getCell('A1').font?.bold).toBe(true);
      table.titleLines.forEach((line, l) => {
        const cell = ws.getCell(`A${l + 2}`);
        expect(cell.value).toBe(line);
        expect(cell.alignment?.horizontal).toBe('center');
        // A merged cell's slaves report the master's value.
        expect(ws.getCell(`${lastColumn}${l + 2}`).isMerged).toBe(true);
        expect(ws.getCell(`${lastColumn}${l + 2}`).master.address).toBe(`A${l + 2}`);
      });
      expect(ws.getCell('A2').font?.bold).toBe(true);
      expect(ws.getCell('A2').font?.size).toBe(13);
      expect(ws.getRow(headerRow - 1).getCell(1).value ?? null).toBeNull();

      const headers = table.columns.map((_, c) => ws.getRow(headerRow).getCell(c + 1));
      expect(headers.map((cell) => cell.value)).toEqual(table.columns.map((column) => column.header));
      for (const cell of headers) {
        expect(cell.font?.bold).toBe(true);
        expect(cell.alignment?.wrapText).toBe(true);
        expect(cell.border?.top?.style).toBe('thin');
      }

      const view = ws.views[0];
      expect(view?.state).toBe('frozen');
      expect(view && 'ySplit' in view ? view.ySplit : undefined).toBe(headerRow);
      expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe(table.orientation);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
    }
  });

  it('writes the data rows as the model has them: text as text, figures as formatted numbers', async () => {
    const workbook = await readBack(await renderXlsx(sampleReport, { now: NOW }));
    expectDataRowsEqualModel(sheet(workbook, 0), appendixTable);
    expectDataRowsEqualModel(sheet(workbook, 1), indexTable);

    // Spot checks a reader can follow: 1.6 reached 92.1 %, group 7 totals 22.88 points.
    const appendix = sheet(workbook, 0);
    const row16 = appendix.getRow(headerRowOf(appendixTable) + 4);
    expect(row16.getCell(1).value).toBe('1.6');
    expect(row16.getCell(5).value).toBe(92.1);
    expect(row16.getCell(5).numFmt).toBe('0.0"%"');
    const note = appendix.getRow(headerRowOf(appendixTable) + 5).getCell(7);
    expect(note.value).toBe('Kênh Zalo "UBND xã Bát Mọt";\nTrang TTĐT của xã');
    expect(note.alignment?.wrapText).toBe(true);

    const index = sheet(workbook, 1);
    const subtotal7 = index.getRow(headerRowOf(indexTable) + 8);
    expect(subtotal7.getCell(2).value).toBe('Cộng nhóm 7');
    expect(subtotal7.getCell(6).value).toBe(22.88);
    expect(subtotal7.getCell(6).numFmt).toBe('0.00');
  });

  it('styles group, subtotal and total rows and aligns cells by column', async () => {
    const workbook = await readBack(await renderXlsx(sampleReport, { now: NOW }));
    const ws = sheet(workbook, 1);
    const first = headerRowOf(indexTable) + 1;
    indexTable.rows.forEach((row, r) => {
      const name = ws.getRow(first + r).getCell(2);
      expect(name.font?.bold ?? false, `row ${first + r}`).toBe(row.kind !== 'item');
      expect(name.font?.italic ?? false, `row ${first + r}`).toBe(row.kind === 'subtotal');
      expect(name.border?.left?.style).toBe('thin');
      const fill = name.fill?.type === 'pattern' ? name.fill.fgColor?.argb : undefined;
      if (row.kind === 'group') expect(fill).toBe('FFDDEBF7');
      if (row.kind === 'item') expect(fill).toBeUndefined();
    });
    const groupFill = ws.getRow(first).getCell(2).fill;
    const totalFill = ws.getRow(first + indexTable.rows.length - 1).getCell(2).fill;
    expect(totalFill).toBeDefined();
    expect(totalFill).not.toEqual(groupFill);

    const appendix = sheet(workbook, 0);
    const item = appendix.getRow(headerRowOf(appendixTable) + 2);
    expect(item.getCell(1).alignment?.horizontal).toBe('center');
    expect(item.getCell(2).alignment?.horizontal).toBe('left');
    expect(item.getCell(2).alignment?.vertical).toBe('middle');

    // Row heights are set from the wrapped text (LibreOffice does not fit them): long text, taller row.
    const height = (offset: number) => appendix.getRow(headerRowOf(appendixTable) + offset).height ?? 0;
    const group1 = height(1);
    const criterion17 = height(5); // a long name and a two-line note
    const criterion16 = height(4); // a short name, a wrapped completion time
    expect(criterion17).toBeGreaterThan(criterion16);
    expect(criterion16).toBeGreaterThan(group1);
    expect(group1).toBeGreaterThanOrEqual(15);
  });

  it('shares the page width in the columns’ proportions', async () => {
    const workbook = await readBack(await renderXlsx(sampleReport, { now: NOW }));
    for (const [i, table] of [appendixTable, indexTable].entries()) {
      const ws = sheet(workbook, i);
      const widths = table.columns.map((_, c) => ws.getColumn(c + 1).width ?? 0);
      expect(widths[1]).toBeGreaterThan(widths[0]! * 3);
      const total = widths.reduce((sum, w) => sum + w, 0);
      expect(total).toBeGreaterThan(table.orientation === 'landscape' ? 110 : 85);
      expect(total).toBeLessThan(table.orientation === 'landscape' ? 130 : 105);
    }
  });

  it('writes the footer lines after one empty row, merged across the table', async () => {
    const workbook = await readBack(await renderXlsx(sampleReport, { now: NOW }));
    for (const [i, table] of [appendixTable, indexTable].entries()) {
      const ws = sheet(workbook, i);
      const start = headerRowOf(table) + table.rows.length + 2;
      expect(ws.getRow(start - 1).getCell(1).value ?? null).toBeNull();
      table.footerLines.forEach((line, l) => {
        expect(ws.getCell(`A${start + l}`).value).toBe(line);
        expect(ws.getRow(start + l).getCell(table.columns.length).isMerged).toBe(true);
      });
    }
  });

  it('normalises decomposed Vietnamese text to NFC', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const name = 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.';
    expect(nfd(name)).not.toBe(name);
    const table: Table = {
      ...appendixTable,
      sheetName: nfd('Phụ lục một'),
      titleLines: [nfd('CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ')],
      columns: appendixTable.columns.map((c) => ({ ...c, header: nfd(c.header) })),
      rows: [{ kind: 'item', cells: { tt: { text: '1.6' }, name: { text: nfd(name) } } }],
      footerLines: [nfd('Tổng số chỉ tiêu: 1.')],
    };
    const document: ReportDocument = {
      ...sampleReport,
      letterhead: { ...sampleReport.letterhead, issuingBody: nfd('ỦY BAN NHÂN DÂN XÃ BÁT MỌT') },
      appendices: [table],
    };
    const ws = sheet(await readBack(await renderXlsx(document, { now: NOW })), 0);
    expect(ws.name).toBe('Phụ lục một');
    expect(ws.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN XÃ BÁT MỌT');
    expect(ws.getCell('A2').value).toBe('CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ');
    expect(ws.getCell('B4').value).toBe('Tên chỉ tiêu');
    expect(ws.getCell('B5').value).toBe(name);
    expect(ws.getCell('A7').value).toBe('Tổng số chỉ tiêu: 1.');
  });

  it('renders a table of 200 rows and reads back 200 data rows', async () => {
    const rows: Table['rows'] = Array.from({ length: 200 }, (_, i) => ({
      kind: 'item',
      cells: {
        tt: { text: String(i + 1) },
        name: { text: `Chỉ tiêu số ${i + 1}` },
        level: { text: `${i / 2}%`, value: i / 2 },
      },
    }));
    const table: Table = { ...appendixTable, rows, footerLines: [] };
    const document: ReportDocument = { ...sampleReport, body: [], appendices: [table] };
    const ws = sheet(await readBack(await renderXlsx(document, { now: NOW })), 0);
    const first = headerRowOf(table) + 1;
    const dataRows: number[] = [];
    ws.eachRow((row, number) => {
      if (number >= first && row.getCell(1).value !== null) dataRows.push(number);
    });
    expect(dataRows).toHaveLength(200);
    expect(ws.getRow(first + 199).getCell(2).value).toBe('Chỉ tiêu số 200');
    expect(ws.getRow(first + 199).getCell(5).value).toBe(99.5);
    expectDataRowsEqualModel(ws, table);
  });

  it('makes sheet names Excel accepts: short, clean, unique ignoring case, body tables first', async () => {
    expect(
      sheetNames([
        { ...appendixTable, sheetName: 'Phụ lục 1' },
        { ...appendixTable, sheetName: 'phụ LỤC 1' },
        { ...appendixTable, sheetName: "'Trích'" },
        { ...appendixTable, sheetName: '[]:*?/\\' },
        { ...appendixTable, sheetName: 'History' },
        { ...appendixTable, sheetName: 'x'.repeat(40) },
        { ...appendixTable, sheetName: 'x'.repeat(40) },
      ]),
    ).toEqual([
      'Phụ lục 1',
      'phụ LỤC 1 (2)',
      'Trích',
      'Bảng 4',
      'Bảng 5',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
    ]);

    const document: ReportDocument = {
      ...sampleReport,
      body: [{ kind: 'table', table: { ...indexTable, sheetName: 'Trong thân' } }],
      appendices: [appendixTable],
    };
    const workbook = await readBack(await renderXlsx(document, { now: NOW }));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Trong thân', 'Phụ lục 1 - Chỉ tiêu 2024']);
  });
});
