import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIds } from './support/cycle-fixture.ts';
import { multipartFile } from './support/multipart.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { deflatedZeros, xlsxBomb, zipOf } from './support/zip-bombs.ts';

/**
 * The roadmap (lộ trình, QĐ 969) of Huyện Thường Xuân through the API: imported from an Excel file the office
 * typed (names as seed 002 writes them), refused whole when a cell is wrong, edited on screen with a version
 * check, offered back as the template, and read when a cycle of a year opens.
 */

/** Thường Xuân's communes by year: 2022 from seed 000, 2023–2025 from the header of seed 002's table. */
const ROADMAP: Record<number, string[]> = {
  2022: ['Xã Bát Mọt', 'Xã Yên Nhân', 'Thị trấn Thường Xuân'],
  2023: ['Xã Tân Thành', 'Xã Lương Sơn', 'Xã Xuân Cao', 'Xã Thọ Thanh', 'Xã Luận Khê'],
  2024: ['Xã Ngọc Phụng', 'Xã Xuân Thắng', 'Xã Xuân Chinh', 'Xã Xuân Lẹ', 'Xã Xuân Lộc'],
  2025: ['Xã Luận Thành', 'Xã Vạn Xuân', 'Xã Xuân Dương'],
};
const YEARS = [2022, 2023, 2024, 2025];
const ALL = YEARS.flatMap((y) => ROADMAP[y]!);

type Cell = string | number | null;

/** A workbook of one sheet holding `rows` from A1, as an office would type it in Excel. */
async function workbookOf(rows: Cell[][], sheetName = 'Lộ trình'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((row) => {
    sheet.addRow(row);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The office's file: a title line, the header of years, a row per commune with an x in its year. */
function officeGrid(label: (name: string) => Cell = (name) => name): Cell[][] {
  return [
    ['Lộ trình chuyển đổi số cấp xã huyện Thường Xuân (QĐ 969/QĐ-UBND)'],
    ['Xã, thị trấn', ...YEARS.map((y) => `Năm ${y}`)],
    ...YEARS.flatMap((year) =>
      ROADMAP[year]!.map((name) => [label(name), ...YEARS.map((y) => (y === year ? 'x' : null))]),
    ),
  ];
}

let t: TestApp;
let ids: Record<string, string>;
let area: string;

beforeAll(async () => {
  t = await createTestApp();
  ids = await unitIds(t, ['Huyện Thường Xuân', 'Huyện Hoằng Hóa', 'Xã Hoằng Cát', ...ALL]);
  area = ids['Huyện Thường Xuân']!;
});
afterAll(() => t.close());

async function upload(bytes: Buffer, fileName = 'lo-trinh.xlsx', username = 'vhtt.thuongxuan') {
  return (await t.as(username)).request({
    method: 'POST',
    url: `/api/areas/${area}/roadmap/import`,
    ...multipartFile(fileName, bytes),
  });
}

async function roadmap(username = 'vhtt.thuongxuan') {
  return (await t.as(username)).get(`/api/areas/${area}/roadmap`);
}

type Row = { name: string; year: number | null; communeUnitId: string; recognisedYear: number | null };
const yearOf = (body: { rows: Row[] }, name: string) => body.rows.find((r) => r.name === name)?.year;

describe('the roadmap of Thường Xuân', () => {
  it('starts empty: every commune of the district listed without a year, version 0', async () => {
    const res = await roadmap();
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ area: { id: area, name: 'Huyện Thường Xuân' }, version: 0, years: [] });
    expect(body.rows.map((r: Row) => r.name).sort()).toEqual([...ALL].sort());
    expect(body.unscheduled).toBe(16);
  });

  it('imports 2022–2025 from the office’s Excel file: 3, 5, 5 and 3 communes, names typed with or without “Xã”, a GSO code', async () => {
    // Luận Khê typed without its type, Xuân Dương by its GSO code as Excel stores a number.
    const label = (name: string): Cell =>
      name === 'Xã Luận Khê' ? 'luận khê' : name === 'Xã Xuân Dương' ? 15649 : name;
    const res = await upload(await workbookOf(officeGrid(label)));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unscheduled).toEqual([]);
    expect(body.roadmap).toMatchObject({
      version: 1,
      years: YEARS,
      countsByYear: [3, 5, 5, 3],
      unscheduled: 0,
    });
    for (const year of YEARS)
      for (const name of ROADMAP[year]!) expect(yearOf(body.roadmap, name), name).toBe(year);
    // Nothing records a recognition yet: the column beside the plan stays empty.
    expect(body.roadmap.rows.every((r: Row) => r.recognisedYear === null)).toBe(true);

    const read = (await roadmap('bcd.thuongxuan')).json();
    expect(read).toEqual(body.roadmap);
    const audit = (await (await t.as('admin')).get(`/api/audit-events?entityId=${area}`)).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toContain('roadmap.imported');
  });

  it('refuses a file with bad cells as a whole, listing every one, and changes nothing', async () => {
    const before = (await roadmap()).json();
    const grid = officeGrid();
    grid[1]![4] = 'Năm sau'; // E2: a header that is no year
    grid[2]![2] = 'có'; // C3: a mark other than x
    grid[7]![0] = 'Xã Không Có'; // A8: no such commune in the district
    grid[10]![1] = 'x'; // B11: Ngọc Phụng (2024) marked for 2022 too
    const res = await upload(await workbookOf(grid));
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json();
    expect(body.code).toBe('IMPORT_FAILED');
    expect(body.cells.map((c: { cell: string }) => c.cell)).toEqual(['E2', 'C3', 'A8', 'D11']);
    expect(body.cells[2].message).toContain('Xã Không Có');
    expect(body.cells[3].message).toContain('Xã Ngọc Phụng');
    expect(body.message).toContain('4 ô');
    expect((await roadmap()).json()).toEqual(before);
  });

  it('refuses what is not an Excel workbook, and a zip bomb, before reading it', async () => {
    const before = (await roadmap()).json();
    const text = await upload(Buffer.from('Xã Bát Mọt;2022\n'), 'lo-trinh.csv');
    expect(text.statusCode, text.body).toBe(415);
    expect(text.json().code).toBe('UNSUPPORTED_FILE');
    // Over the upload limit; then small files whose sheet inflates to 64 MiB, declared or hidden.
    const bomb = await upload(xlsxBomb());
    expect(bomb.statusCode, bomb.body).toBe(413);
    const zeros = deflatedZeros(64);
    const sheet = 'xl/worksheets/sheet1.xml';
    const declared = await upload(
      zipOf([{ name: sheet, method: 8, data: zeros, uncompressedSize: 64 * 2 ** 20 }]),
    );
    expect(declared.statusCode, declared.body).toBe(413);
    const hidden = await upload(
      zipOf([{ name: sheet, method: 8, data: zeros, uncompressedSize: zeros.length }]),
    );
    expect(hidden.statusCode, hidden.body).toBe(413);
    expect(hidden.json().message).toContain('nhiều dữ liệu hơn mức khai');
    expect((await roadmap()).json()).toEqual(before);
  });

  it('saves an edit made on screen, and refuses one made on a stale version with 409', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const current = (await roadmap()).json();
    const moved = await office.put(`/api/areas/${area}/roadmap/communes/${ids['Xã Xuân Lộc']}`, {
      year: 2025,
      expectedVersion: current.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ version: current.version + 1, countsByYear: [3, 5, 4, 4] });
    expect(yearOf(moved.json(), 'Xã Xuân Lộc')).toBe(2025);

    // A second screen loaded before that edit saves its whole table: refused, the first edit stays.
    const stale = await office.put(`/api/areas/${area}/roadmap`, {
      entries: [{ communeUnitId: ids['Xã Xuân Lộc'], year: 2024 }],
      expectedVersion: current.version,
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    expect((await roadmap()).json()).toEqual(moved.json());

    const back = await office.put(`/api/areas/${area}/roadmap`, {
      entries: current.rows.map((r: Row) => ({ communeUnitId: r.communeUnitId, year: r.year })),
      expectedVersion: moved.json().version,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().countsByYear).toEqual([3, 5, 5, 3]);
  });

  it('answers a field error for a commune listed twice or one of another district', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const { version } = (await roadmap()).json();
    const res = await office.put(`/api/areas/${area}/roadmap`, {
      entries: [
        { communeUnitId: ids['Xã Xuân Cao'], year: 2023 },
        { communeUnitId: ids['Xã Xuân Cao'], year: 2024 },
        { communeUnitId: ids['Xã Hoằng Cát'], year: 2024 },
      ],
      expectedVersion: version,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual([
      'entries.1.communeUnitId',
      'entries.2.communeUnitId',
    ]);
    expect((await roadmap()).json().version).toBe(version);
    const outside = await office.put(`/api/areas/${area}/roadmap/communes/${ids['Xã Hoằng Cát']}`, {
      year: 2024,
      expectedVersion: version,
    });
    expect(outside.statusCode).toBe(404);
  });

  it('offers the roadmap as its template, which imports back unchanged', async () => {
    const before = (await roadmap()).json();
    const res = await (await t.as('vhtt.thuongxuan')).get(`/api/areas/${area}/roadmap/template.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('lộ-trình-Huyện Thường Xuân.xlsx'),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(4).values).toEqual([undefined, expect.stringContaining('Xã, phường'), ...YEARS]);
    const xuanCao = sheet.getColumn(1).values.indexOf('Xã Xuân Cao');
    expect(sheet.getRow(xuanCao).getCell(3).value).toBe('x');
    expect(sheet.getCell('A1').font.name).toBe('Times New Roman');

    const again = await upload(res.rawPayload);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().roadmap).toEqual({ ...before, version: before.version + 1 });
  });

  it('proposes the five 2023 communes of seed 002 for a 2023 cycle, and offers 2022’s not yet recognised', async () => {
    const res = await (await t.as('vhtt.thuongxuan')).get(`/api/areas/${area}/roadmap/proposal?year=2023`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.proposed.map((c: { name: string }) => c.name).sort()).toEqual([...ROADMAP[2023]!].sort());
    expect(body.proposed.map((c: { id: string }) => c.id).sort()).toEqual(
      ROADMAP[2023]!.map((n) => ids[n]).sort(),
    );
    expect(body.carriedOver).toEqual(
      expect.arrayContaining(ROADMAP[2022]!.map((name) => ({ id: ids[name], name, scheduledYear: 2022 }))),
    );
    expect(body.carriedOver).toHaveLength(3);
    expect(body.alreadyRecognised).toEqual([]);
    const bad = await (await t.as('vhtt.thuongxuan')).get(`/api/areas/${area}/roadmap/proposal?year=1999`);
    expect(bad.statusCode).toBe(400);
  });
});

describe('who reaches the roadmap', () => {
  it('is read by the steering committee and the province, kept by the office alone', async () => {
    expect((await roadmap('truongbcd.thuongxuan')).statusCode).toBe(200);
    expect((await roadmap('so.cds')).statusCode).toBe(200);
    const member = await (await t.as('bcd.thuongxuan')).put(`/api/areas/${area}/roadmap`, {
      entries: [],
      expectedVersion: 0,
    });
    expect(member.statusCode).toBe(403);
    const memberImport = await upload(await workbookOf(officeGrid()), 'lo-trinh.xlsx', 'bcd.thuongxuan');
    expect(memberImport.statusCode).toBe(403);
  });

  it('is not shown to a commune of the district (403), nor to anyone in another district (404)', async () => {
    expect((await roadmap('canbo.batmot')).statusCode).toBe(403);
    expect((await roadmap('chutich.batmot')).statusCode).toBe(403);
    const otherArea = await (await t.as('vhtt.thuongxuan')).get(
      `/api/areas/${ids['Huyện Hoằng Hóa']}/roadmap`,
    );
    expect(otherArea.statusCode).toBe(404);
    expect(otherArea.json().code).toBe('NOT_FOUND');
    // A commune is not an area.
    const commune = await (await t.as('vhtt.thuongxuan')).get(`/api/areas/${ids['Xã Xuân Cao']}/roadmap`);
    expect(commune.statusCode).toBe(404);
  });
});
