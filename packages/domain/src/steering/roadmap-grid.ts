import { nfc, searchKey } from '../text.ts';
import { type CommuneRef, matchCommune } from './commune-match.ts';
import { isRoadmapYear, ROADMAP_MESSAGES, type RoadmapEntry, type RoadmapTable } from './roadmap.ts';

/**
 * The roadmap's Excel template, one layout only, the table the office sees on screen:
 *
 * |   | A                         | B    | C    | D    | E    |
 * |---|---------------------------|------|------|------|------|
 * | 1 | Xã, phường, thị trấn (…)  | 2022 | 2023 | 2024 | 2025 |
 * | 2 | Xã Bát Mọt                | x    |      |      |      |
 * | 3 | 15628                     |      | x    |      |      |
 *
 * - The header row is the first row with a year from column B on ("2023", 2023 or "Năm 2023"); rows above it
 *   (a title) are ignored. Every other filled header cell must be a year too.
 * - Column A names the commune: its name (case, diacritics and the "Xã"/"Thị trấn" prefix optional, see
 *   `matchCommune`) or its 5-digit GSO code.
 * - A commune's year is marked with an x (or X) in that year's column; other cells stay empty.
 * - A commune listed without a mark, or not listed, has no year: importing the file **replaces** the area's
 *   roadmap, so the file is the whole roadmap, as the export gives it.
 *
 * Rows of cells are what any spreadsheet reader gives (exceljs, SheetJS): the server reads the file, the
 * domain reads the cells.
 */
export type GridCell = string | number | boolean | null | undefined;

export const ROADMAP_HEADER = 'Xã, phường, thị trấn (tên hoặc mã ĐVHC)';
export const ROADMAP_MARK = 'x';

/** One refusal, at one cell: `row` and `column` count from 1, `cell` is the address Excel shows ("C7"). */
export type CellError = { row: number; column: number; cell: string; message: string };

export type RoadmapGridResult =
  | { ok: true; entries: RoadmapEntry[]; unscheduled: string[] }
  | { ok: false; errors: CellError[] };

export const ROADMAP_GRID_MESSAGES = {
  noHeader:
    'Không tìm thấy dòng tiêu đề: cần một dòng ghi các năm (ví dụ 2023 hoặc “Năm 2023”) từ cột B trở đi, cột A ghi tên hoặc mã xã.',
  notYear: (text: string) =>
    `Tiêu đề cột phải là một năm (ví dụ 2023 hoặc “Năm 2023”), ô đang ghi “${text}”.`,
  yearTwice: (year: number, cell: string) => `Năm ${year} đã có ở ô ${cell}.`,
  noYearColumn: 'Cột này không có năm ở dòng tiêu đề: xóa dấu x hoặc ghi năm vào tiêu đề.',
  badMark: (text: string) => `Chỉ đánh dấu bằng chữ x hoặc để trống, ô đang ghi “${text}”.`,
  noCommune: 'Dòng có đánh dấu năm nhưng chưa ghi tên hoặc mã xã ở cột A.',
  communeTwice: (name: string, row: number) => `${name} đã có ở dòng ${row}.`,
  twoYears: (name: string, year: number, cell: string) =>
    `${name} đã được đánh dấu năm ${year} (ô ${cell}); mỗi xã chỉ có một năm hoàn thành.`,
};

/** "A", "Z", "AA" for columns 1, 26, 27. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's address of a cell ("C7"), row and column counted from 1. */
export function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

function cellText(cell: GridCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return nfc(cell).trim();
  return String(cell);
}

/** The year a header cell names (2023, "2023", "Năm 2023"), in range or not; null when it names none. */
function headerYear(cell: GridCell): number | null {
  const match = /^(nam\s*)?(\d{4})$/.exec(searchKey(cellText(cell)));
  return match ? Number(match[2]) : null;
}

/**
 * The grid of the template for a table (`roadmapTable`): what the export writes and the import reads back.
 * A commune is named by its name, or by its GSO code when another commune of the area has the same name.
 */
export function roadmapGrid(table: RoadmapTable): GridCell[][] {
  const refs: CommuneRef[] = table.rows.map((r) => ({
    id: r.communeUnitId,
    name: r.name,
    gsoCode: r.gsoCode,
  }));
  const label = (ref: CommuneRef): string => {
    const byName = matchCommune(refs, ref.name);
    if (byName.ok || ref.gsoCode === null) return ref.name;
    return ref.gsoCode;
  };
  return [
    [ROADMAP_HEADER, ...table.years],
    ...table.rows.map((r, i) => [
      label(refs[i]!),
      ...table.years.map((y) => (r.year === y ? ROADMAP_MARK : null)),
    ]),
  ];
}

/**
 * Reads the template's cells into an area's roadmap. All or nothing: one bad cell and nothing is imported,
 * and every bad cell is reported (in reading order) with a Vietnamese message, so the office fixes the file
 * in one go. `unscheduled` lists the area's communes left without a year, for the office to confirm.
 */
export function parseRoadmapGrid(
  grid: readonly (readonly GridCell[])[],
  area: { id: string; communes: readonly CommuneRef[] },
): RoadmapGridResult {
  const errors: CellError[] = [];
  const fail = (r: number, c: number, message: string) =>
    errors.push({ row: r + 1, column: c + 1, cell: cellAddress(r + 1, c + 1), message });

  const headerAt = grid.findIndex((row) => row.slice(1).some((cell) => headerYear(cell) !== null));
  if (headerAt === -1) {
    return {
      ok: false,
      errors: [{ row: 1, column: 1, cell: 'A1', message: ROADMAP_GRID_MESSAGES.noHeader }],
    };
  }

  /** Column index → year, for the valid year columns; `false` for a filled header cell that is not one. */
  const columns = new Map<number, number | false>();
  const yearColumn = new Map<number, number>();
  grid[headerAt]!.forEach((cell, c) => {
    if (c === 0 || cellText(cell) === '') return;
    const year = headerYear(cell);
    columns.set(c, false);
    if (year === null) fail(headerAt, c, ROADMAP_GRID_MESSAGES.notYear(cellText(cell)));
    else if (!isRoadmapYear(year)) fail(headerAt, c, ROADMAP_MESSAGES.yearOutOfRange(year));
    else if (yearColumn.has(year))
      fail(
        headerAt,
        c,
        ROADMAP_GRID_MESSAGES.yearTwice(year, cellAddress(headerAt + 1, yearColumn.get(year)! + 1)),
      );
    else {
      yearColumn.set(year, c);
      columns.set(c, year);
    }
  });

  const entries: RoadmapEntry[] = [];
  const rowOf = new Map<string, number>();
  for (let r = headerAt + 1; r < grid.length; r++) {
    const row = grid[r]!;
    if (row.every((cell) => cellText(cell) === '')) continue;
    const marks: { year: number; c: number }[] = [];
    row.forEach((cell, c) => {
      const text = cellText(cell);
      if (c === 0 || text === '') return;
      const year = columns.get(c);
      if (text.toLowerCase() !== ROADMAP_MARK) fail(r, c, ROADMAP_GRID_MESSAGES.badMark(text));
      else if (year === undefined) fail(r, c, ROADMAP_GRID_MESSAGES.noYearColumn);
      // A mark under a bad header is not reported again: the header's error says it.
      else if (year !== false) marks.push({ year, c });
    });
    const typed = row[0];
    if (cellText(typed) === '') {
      fail(r, 0, ROADMAP_GRID_MESSAGES.noCommune);
      continue;
    }
    const match = matchCommune(area.communes, typeof typed === 'number' ? typed : cellText(typed));
    if (!match.ok) {
      fail(r, 0, match.message);
      continue;
    }
    const { id, name } = match.commune;
    const earlierRow = rowOf.get(id);
    if (earlierRow !== undefined) {
      fail(r, 0, ROADMAP_GRID_MESSAGES.communeTwice(name, earlierRow + 1));
      continue;
    }
    rowOf.set(id, r);
    const [first, ...more] = marks;
    if (first === undefined) continue;
    entries.push({ areaUnitId: area.id, communeUnitId: id, year: first.year });
    for (const m of more)
      fail(r, m.c, ROADMAP_GRID_MESSAGES.twoYears(name, first.year, cellAddress(r + 1, first.c + 1)));
  }
  if (errors.length > 0) return { ok: false, errors };
  const scheduled = new Set(entries.map((e) => e.communeUnitId));
  return {
    ok: true,
    entries,
    unscheduled: area.communes.filter((c) => !scheduled.has(c.id)).map((c) => c.id),
  };
}
