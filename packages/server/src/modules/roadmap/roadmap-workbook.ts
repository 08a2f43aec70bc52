import { checkZipLimits, readZipEntries } from '@xaso/domain/files/zip-directory';
import { cellAddress, type GridCell } from '@xaso/domain/steering/roadmap-grid';
import type ExcelJS from 'exceljs';
import { AppError } from '../../http/app-error.ts';
import { loadExcelJS } from '../../load-exceljs.ts';
import { checkWorkbookInflation } from '../frameworks/parse/workbook-zip.ts';
import { ROADMAP_IMPORT_LIMITS } from './import-limits.ts';

// Nghị định 30/2020/NĐ-CP asks for Times New Roman, as the other exported tables.
const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const SHEET = 'Lộ trình';
const ADVICE = 'Hãy dùng mẫu Excel tải từ trang Lộ trình.';

/**
 * The template the office downloads: a title, a line of instructions, then the grid of `roadmapGrid` (header
 * row of years, one row per commune, an x in its year). The rows above the header are ignored on import.
 */
export async function buildRoadmapWorkbook(
  grid: readonly (readonly GridCell[])[],
  options: { areaName: string; now: Date },
): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = 'Xã Số';
  workbook.created = options.now;
  workbook.modified = options.now;
  const headerRow = 4;
  const sheet = workbook.addWorksheet(SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: headerRow, topLeftCell: `B${headerRow + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columns = Math.max(...grid.map((row) => row.length), 1);
  sheet.getColumn(1).width = 42;
  for (let c = 2; c <= columns; c++) sheet.getColumn(c).width = 10;
  const title = sheet.getCell('A1');
  title.value = `LỘ TRÌNH HOÀN THÀNH CHUYỂN ĐỔI SỐ CẤP XÃ – ${options.areaName.toLocaleUpperCase('vi')}`;
  title.font = { name: FONT, size: 13, bold: true };
  const hint = sheet.getCell('A2');
  hint.value =
    'Mỗi xã đánh dấu x vào đúng một cột năm phải hoàn thành; để trống nếu chưa xếp năm. Cột A ghi tên hoặc mã ĐVHC của xã. Không sửa dòng tiêu đề năm ngoài việc thêm năm mới.';
  hint.font = { name: FONT, size: 11, italic: true };
  grid.forEach((cells, i) => {
    const row = sheet.getRow(headerRow + i);
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      const value = cells[c - 1];
      cell.value = value === undefined ? null : value;
      cell.border = BORDERS;
      cell.font = { name: FONT, size: 12, bold: i === 0 };
      cell.alignment = { vertical: 'middle', horizontal: c === 1 ? 'left' : 'center', wrapText: c === 1 };
      if (i === 0) cell.fill = HEADER_FILL;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded roadmap workbook into the cells of its first sheet, as `parseRoadmapGrid` takes them (row
 * and column indexes from 0, as the sheet has them). The content decides, not the name: anything but a zip
 * archive is refused (415), and a zip that declares or holds too much is refused (413) before exceljs opens it.
 */
export async function readRoadmapWorkbook(bytes: Buffer): Promise<GridCell[][]> {
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new AppError('UNSUPPORTED_FILE', `Tệp không phải tệp Excel (.xlsx). ${ADVICE}`);
  }
  const limits = ROADMAP_IMPORT_LIMITS.zip;
  const directory = readZipEntries(bytes, bytes.length, limits);
  if (!directory.ok) {
    throw directory.limit
      ? new AppError('PAYLOAD_TOO_LARGE', `Tệp Excel không được nhận. ${directory.reason} ${ADVICE}`)
      : new AppError(
          'UNSUPPORTED_FILE',
          `Tệp không phải tệp Excel (.xlsx) hợp lệ: ${directory.reason}. ${ADVICE}`,
        );
  }
  const compressed = directory.entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  if (compressed > bytes.length)
    throw new AppError('UNSUPPORTED_FILE', `Tệp không phải tệp Excel (.xlsx) hợp lệ. ${ADVICE}`);
  const problem = checkZipLimits(directory.entries, limits);
  if (problem) throw new AppError('PAYLOAD_TOO_LARGE', `Tệp Excel không được nhận. ${problem} ${ADVICE}`);
  // Inflates each part capped at its declared size: a directory that understates a part is caught here.
  checkWorkbookInflation(bytes, directory.entries);

  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw new AppError('UNSUPPORTED_FILE', `Không đọc được tệp Excel (.xlsx). ${ADVICE}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw importFailed('A1', 1, 1, 'Tệp không có trang tính nào.');
  const grid: GridCell[][] = [];
  let tooBig: { row: number; column: number } | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (tooBig) return;
      const value = gridValue(cell);
      if (value === null) return;
      if (r > ROADMAP_IMPORT_LIMITS.maxRows || c > ROADMAP_IMPORT_LIMITS.maxColumns) {
        tooBig = { row: r, column: c };
        return;
      }
      while (grid.length < r) grid.push([]);
      grid[r - 1]![c - 1] = value;
    });
  });
  if (tooBig !== null) {
    const { row, column } = tooBig as { row: number; column: number };
    throw importFailed(
      cellAddress(row, column),
      row,
      column,
      `Bảng lộ trình chỉ đọc tối đa ${ROADMAP_IMPORT_LIMITS.maxRows.toLocaleString('vi-VN')} dòng và ${ROADMAP_IMPORT_LIMITS.maxColumns} cột; ô này nằm ngoài. Xóa nội dung thừa rồi nhập lại.`,
    );
  }
  // Holes left by empty cells become null, so every row reads as a plain array.
  return grid.map((row) => Array.from(row, (cell) => cell ?? null));
}

/** The 422 of a refused import: nothing changed, every bad cell listed. */
export function importFailed(cell: string, row: number, column: number, message: string): AppError {
  return importFailedWith([{ row, column, cell, message }]);
}

export function importFailedWith(
  cells: { row: number; column: number; cell: string; message: string }[],
): AppError {
  return new AppError(
    'IMPORT_FAILED',
    `Tệp có ${cells.length} ô chưa đúng nên chưa nhập gì; lộ trình giữ nguyên. Sửa các ô được liệt kê rồi nhập lại.`,
    undefined,
    { cells },
  );
}

/** A cell as the grid reads it; null for an empty cell or one merged into another (its text is the other's). */
function gridValue(cell: ExcelJS.Cell): GridCell {
  if (cell.isMerged && cell.master !== cell) return null;
  return plain(cell.value);
}

function plain(value: ExcelJS.CellValue): GridCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.normalize('NFC');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .normalize('NFC');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? null : plain(result as ExcelJS.CellValue);
  }
  if ('text' in value) return String(value.text).normalize('NFC');
  return null;
}
