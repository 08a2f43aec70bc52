import type ExcelJS from 'exceljs';

/**
 * A titled table on its own sheet, as the steering committee's exports print it (the matrix, the
 * classification): Times New Roman (Nghị định 30/2020/NĐ-CP), the issuing body top left, the title centred
 * over the table, a grey header row repeated on every printed page, thin borders, text wrapped. Only what
 * LibreOffice and Excel both read: merged title cells, frozen header, fit to the page's width.
 */
export type SheetRow = {
  cells: (string | number | null)[];
  /** A group heading (bold, shaded), a total line (bold), or an ordinary row. */
  kind?: 'group' | 'total' | 'body';
  /** Cells shown as a warning (italic, red), by column index from 0: "Chưa phân công". */
  warn?: number[];
};

export type SheetTable = {
  name: string;
  issuingBody: string;
  titleLines: string[];
  header: string[];
  /** Column widths in Excel character units. */
  widths: number[];
  rows: SheetRow[];
  /** Columns centred (codes, counts), by index from 0. */
  centred?: number[];
  orientation?: 'portrait' | 'landscape';
};

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = fill('FFD9D9D9');
const GROUP_FILL = fill('FFDDEBF7');

export function addTableSheet(workbook: ExcelJS.Workbook, table: SheetTable): ExcelJS.Worksheet {
  const columns = table.header.length;
  const headerRow = table.titleLines.length + 3;
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: table.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });
  table.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const spanning = (
    row: number,
    text: string,
    font: Partial<ExcelJS.Font>,
    horizontal: 'left' | 'center',
  ) => {
    sheet.mergeCells(row, 1, row, columns);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  };
  spanning(1, table.issuingBody, { bold: true }, 'left');
  table.titleLines.forEach((line, i) => {
    spanning(i + 2, line, { bold: i === 0, size: i === 0 ? 13 : 12 }, 'center');
  });
  const centred = new Set(table.centred ?? []);
  const header = sheet.getRow(headerRow);
  table.header.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDERS;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  table.rows.forEach((data, r) => {
    const row = sheet.getRow(headerRow + 1 + r);
    const warn = new Set(data.warn ?? []);
    for (let c = 0; c < columns; c++) {
      const cell = row.getCell(c + 1);
      const value = data.cells[c];
      // An empty string would still be a (text) cell; left out, the cell reads as empty everywhere.
      cell.value = value === '' || value === undefined ? null : value;
      cell.border = BORDERS;
      cell.font = {
        name: FONT,
        size: 12,
        bold: data.kind === 'group' || data.kind === 'total',
        ...(warn.has(c) ? { italic: true, color: { argb: 'FFC00000' } } : {}),
      };
      if (data.kind === 'group') cell.fill = GROUP_FILL;
      cell.alignment = {
        horizontal: centred.has(c) ? 'center' : 'left',
        vertical: 'middle',
        wrapText: true,
      };
    }
  });
  return sheet;
}
