import {
  type Column,
  type ReportDocument,
  type Row,
  type Table,
  tablesOf,
} from '@xaso/domain/documents/model';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../load-exceljs.ts';

/**
 * Lays a report's tables out as an Excel workbook, one sheet per table, for officials who rework the
 * appendices in Excel. Like every renderer of the document model it computes nothing: it only places the
 * model's text and numbers and styles them.
 */

export type RenderXlsxOptions = {
  /** The workbook's creation date; fixed by tests so the output is deterministic. */
  now?: Date;
};

// Nghị định 30/2020/NĐ-CP asks for Times New Roman.
const FONT = 'Times New Roman';
const BODY_SIZE = 12;
const TITLE_SIZE = 13;

// Total column width in Excel character units. An A4 page less the margins below holds about this much at
// 100 %; fitToWidth shrinks the print if the viewer's font runs wider.
const TOTAL_WIDTH = { landscape: 120, portrait: 95 } as const;
const MIN_COLUMN_WIDTH = 4;

const HEADER_FILL = 'FFD9D9D9';
const GROUP_FILL = 'FFDDEBF7';
const TOTAL_FILL = 'FFBDD7EE';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const SHEET_NAME_MAX = 31;

// Row-height estimate (see rowHeight): points per line per point of font size, points above and below the
// text, column units lost to the cell's inner margins, and the width of a space.
const LINE_HEIGHT = 1.3;
const ROW_PADDING = 4;
const CELL_PADDING = 1;
const SPACE_UNITS = 0.6;

export async function renderXlsx(document: ReportDocument, options?: RenderXlsxOptions): Promise<Buffer> {
  const now = options?.now ?? new Date();
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = 'Xã Số';
  workbook.lastModifiedBy = 'Xã Số';
  workbook.created = now;
  workbook.modified = now;
  workbook.title = nfc(document.fileName);

  const tables = tablesOf(document);
  const names = sheetNames(tables);
  tables.forEach((table, i) => {
    addTableSheet(workbook, names[i]!, table, document.letterhead.issuingBody);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Excel's rules for sheet names: at most 31 characters, none of []:*?/\ (each becomes a space so words stay
 * apart), not empty, no apostrophe at either end, "History" reserved, unique ignoring case. Apostrophes are
 * dropped everywhere because exceljs quotes the name in the print-titles reference without escaping them.
 */
export function sheetNames(tables: Table[]): string[] {
  const taken = new Set<string>();
  return tables.map((table, i) => {
    let base = nfc(table.sheetName)
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/'/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (base === '' || base.toLowerCase() === 'history') base = `Bảng ${i + 1}`;
    let name = truncate(base, SHEET_NAME_MAX).trimEnd();
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = truncate(base, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: Table, issuingBody: string): void {
  const columnCount = Math.max(table.columns.length, 1);
  const widths = columnWidths(table.columns, table.orientation);
  const totalWidth = widths.reduce((sum, w) => sum + w, 0);
  const headerRowNumber = table.titleLines.length + 3;

  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRowNumber, topLeftCell: `A${headerRowNumber + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: table.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.8, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
    },
    headerFooter: { oddFooter: `&C&"${FONT},Regular"&10&P/&N` },
  });
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });

  // The letterhead sits top left as on the printed page; the titles are centred over the table.
  addSpanningRow(sheet, 1, columnCount, totalWidth, issuingBody, {
    font: { name: FONT, size: BODY_SIZE, bold: true },
    horizontal: 'left',
  });
  table.titleLines.forEach((line, i) => {
    addSpanningRow(sheet, i + 2, columnCount, totalWidth, line, {
      font: i === 0 ? { name: FONT, size: TITLE_SIZE, bold: true } : { name: FONT, size: BODY_SIZE },
      horizontal: 'center',
    });
  });

  const header = sheet.getRow(headerRowNumber);
  table.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = nfc(column.header);
    cell.font = { name: FONT, size: BODY_SIZE, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = solid(HEADER_FILL);
    cell.border = BORDERS;
  });
  header.height = rowHeight(
    table.columns.map((column, i) => ({
      text: nfc(column.header),
      width: widths[i]!,
      font: { size: BODY_SIZE, bold: true },
    })),
  );

  table.rows.forEach((row, i) => {
    writeDataRow(sheet.getRow(headerRowNumber + 1 + i), table.columns, widths, row);
  });

  // One empty row separates the table from its footer, as in the printed appendices.
  const footerStart = headerRowNumber + table.rows.length + 2;
  table.footerLines.forEach((line, i) => {
    addSpanningRow(sheet, footerStart + i, columnCount, totalWidth, line, {
      font: { name: FONT, size: BODY_SIZE },
      horizontal: 'left',
    });
  });
}

function writeDataRow(excelRow: ExcelJS.Row, columns: Column[], widths: number[], row: Row): void {
  const font: Partial<ExcelJS.Font> = {
    name: FONT,
    size: BODY_SIZE,
    bold: row.kind !== 'item',
    italic: row.kind === 'subtotal',
  };
  const fill = row.kind === 'group' ? GROUP_FILL : row.kind === 'total' ? TOTAL_FILL : undefined;
  columns.forEach((column, i) => {
    const cell = excelRow.getCell(i + 1);
    const source = row.cells[column.key];
    // Figures are stored as numbers so officials can sum and re-sort them; the text is only what Word prints.
    // A non-finite value cannot be stored in a cell, so its text is written instead.
    if (source?.value !== undefined && Number.isFinite(source.value)) {
      cell.value = source.value;
      if (column.numberFormat) cell.numFmt = column.numberFormat;
    } else if (source && source.text !== '') {
      cell.value = nfc(source.text);
    }
    cell.font = font;
    cell.alignment = { horizontal: column.align, vertical: 'middle', wrapText: true };
    cell.border = BORDERS;
    if (fill) cell.fill = solid(fill);
  });
  excelRow.height = rowHeight(
    columns.map((column, i) => {
      const cell = excelRow.getCell(i + 1);
      // A number's display is short; its model text stands in for it.
      const text = typeof cell.value === 'string' ? cell.value : (row.cells[column.key]?.text ?? '');
      return { text, width: widths[i]!, font };
    }),
  );
}

/** A line merged across the table's width (letterhead, titles, footer). */
function addSpanningRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  columnCount: number,
  totalWidth: number,
  text: string,
  style: { font: Partial<ExcelJS.Font>; horizontal: 'left' | 'center' },
): void {
  const row = sheet.getRow(rowNumber);
  const cell = row.getCell(1);
  cell.value = nfc(text);
  cell.font = style.font;
  cell.alignment = { horizontal: style.horizontal, vertical: 'middle', wrapText: true };
  if (columnCount > 1) sheet.mergeCells(rowNumber, 1, rowNumber, columnCount);
  row.height = rowHeight([{ text: nfc(text), width: totalWidth, font: style.font }]);
}

/**
 * Neither LibreOffice (tried: it printed every row one line high) nor Excel for merged cells fits a row's
 * height to wrapped text, so the height is set here from a word-wrap estimate. It errs on the generous side:
 * a little extra space is harmless, a clipped line is not. Excel users can still double-click to refit.
 * Where Calibri (the unit of column widths) is missing, columns come out wider and rows look roomier.
 */
function rowHeight(cells: { text: string; width: number; font: Partial<ExcelJS.Font> }[]): number {
  let height = 0;
  for (const { text, width, font } of cells) {
    const size = font.size ?? BODY_SIZE;
    const lines = wrappedLineCount(text, width - CELL_PADDING, (size / BODY_SIZE) * (font.bold ? 1.08 : 1));
    height = Math.max(height, lines * size * LINE_HEIGHT);
  }
  return Math.ceil(Math.max(height, BODY_SIZE * LINE_HEIGHT) + ROW_PADDING);
}

/** How many lines `text` takes in `width` column units, wrapping at spaces as Excel does. */
function wrappedLineCount(text: string, width: number, scale: number): number {
  const room = Math.max(width, 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const length = textUnits(word) * scale;
      const space = used === 0 ? 0 : SPACE_UNITS * scale;
      if (used > 0 && used + space + length > room) {
        lines += 1;
        used = 0;
      }
      // A word longer than the cell is broken across lines.
      if (length > room) {
        lines += Math.ceil(length / room) - 1;
        used = length % room;
      } else {
        used += (used === 0 ? 0 : space) + length;
      }
    }
  }
  return lines;
}

/**
 * Width of text in Excel column units (the width of a Calibri 11 digit, about 7 px) when set in 12 pt Times
 * New Roman: lower-case letters are about one unit, capitals and digits wider.
 */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') units += 1.15;
    else if (ch !== ch.toLowerCase()) units += 1.5;
    else units += 1.02;
  }
  return units;
}

/** Shares the page width among the columns in the model's proportions. */
function columnWidths(columns: Column[], orientation: Table['orientation']): number[] {
  const total = columns.reduce((sum, c) => sum + Math.max(c.width, 0), 0);
  if (total === 0) return columns.map(() => TOTAL_WIDTH[orientation] / Math.max(columns.length, 1));
  return columns.map((c) =>
    Math.max(
      MIN_COLUMN_WIDTH,
      Math.round(((Math.max(c.width, 0) * TOTAL_WIDTH[orientation]) / total) * 10) / 10,
    ),
  );
}

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Text may arrive decomposed (pasted from macOS or old Word files); Excel search and sort expect NFC. */
function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Cuts to at most `max` UTF-16 units (Excel's measure) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const point of text) {
    if (out.length + point.length > max) break;
    out += point;
  }
  return out;
}
