import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommuneRef } from './commune-match.ts';
import { roadmapTable } from './roadmap.ts';
import {
  cellAddress,
  columnName,
  type GridCell,
  parseRoadmapGrid,
  ROADMAP_HEADER,
  roadmapGrid,
} from './roadmap-grid.ts';
import { COMMUNES, ID, ROADMAP_969, THUONG_XUAN } from './thuong-xuan.fixture.ts';

const area = { id: THUONG_XUAN, communes: COMMUNES };
const parse = (grid: GridCell[][]) => parseRoadmapGrid(grid, area);
const errorsOf = (grid: GridCell[][]) => {
  const r = parse(grid);
  return r.ok ? [] : r.errors.map((e) => `${e.cell}: ${e.message}`);
};

describe('cell addresses', () => {
  it.each([
    [1, 'A'],
    [2, 'B'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (n, name) => {
    expect(columnName(n)).toBe(name);
  });

  it('names a cell as Excel does', () => {
    expect(cellAddress(7, 3)).toBe('C7');
  });
});

describe('parseRoadmapGrid: the template read back', () => {
  it('reads QĐ 969 for Thường Xuân from the grid the export writes', () => {
    const grid = roadmapGrid(roadmapTable(ROADMAP_969, COMMUNES));
    expect(grid[0]).toEqual([ROADMAP_HEADER, 2022, 2023, 2024, 2025]);
    expect(grid[1]).toEqual(['Thị trấn Thường Xuân', 'x', null, null, null]);
    const r = parse(grid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(new Set(r.entries.map((e) => `${e.communeUnitId}@${e.year}`))).toEqual(
      new Set(ROADMAP_969.map((e) => `${e.communeUnitId}@${e.year}`)),
    );
    expect(r.entries.every((e) => e.areaUnitId === THUONG_XUAN)).toBe(true);
    expect(r.unscheduled).toEqual([]);
  });

  it('accepts what people type: a title above, “Năm 2023” headers, codes, loose names, X, blank rows', () => {
    const r = parse([
      ['LỘ TRÌNH CHUYỂN ĐỔI SỐ CẤP XÃ HUYỆN THƯỜNG XUÂN'],
      [],
      ['Xã', 'Năm 2022', 'năm 2023', ' 2024 ', null],
      ['bat mot', 'X', '', null],
      [15628, null, ' x '],
      [null, null, null, null],
      ['Xã Xuân Lộc', undefined, undefined, 'x'],
      ['Yên Nhân'],
    ]);
    expect(r).toEqual({
      ok: true,
      entries: [
        { areaUnitId: THUONG_XUAN, communeUnitId: ID['Xã Bát Mọt'], year: 2022 },
        { areaUnitId: THUONG_XUAN, communeUnitId: ID['Xã Lương Sơn'], year: 2023 },
        { areaUnitId: THUONG_XUAN, communeUnitId: ID['Xã Xuân Lộc'], year: 2024 },
      ],
      unscheduled: COMMUNES.map((c) => c.id).filter(
        (id) => ![ID['Xã Bát Mọt'], ID['Xã Lương Sơn'], ID['Xã Xuân Lộc']].includes(id),
      ),
    });
  });

  it('names a commune by its code in the export when another of the area has the same name', () => {
    const twins: CommuneRef[] = [
      { id: 'a', name: 'Xã Quảng Bình', gsoCode: '16468' },
      { id: 'b', name: 'Xã Quảng Bình', gsoCode: null },
      { id: 'c', name: 'Xã Quảng Lưu', gsoCode: '16543' },
    ];
    const grid = roadmapGrid(
      roadmapTable(
        [
          { areaUnitId: 'q', communeUnitId: 'a', year: 2024 },
          { areaUnitId: 'q', communeUnitId: 'c', year: 2025 },
        ],
        twins,
      ),
    );
    expect(grid.map((row) => row[0])).toEqual([ROADMAP_HEADER, '16468', 'Xã Quảng Bình', 'Xã Quảng Lưu']);
  });
});

describe('parseRoadmapGrid: every bad cell, in reading order, nothing imported', () => {
  it('finds no header without a year from column B on', () => {
    expect(errorsOf([])).toEqual([
      'A1: Không tìm thấy dòng tiêu đề: cần một dòng ghi các năm (ví dụ 2023 hoặc “Năm 2023”) từ cột B trở đi, cột A ghi tên hoặc mã xã.',
    ]);
    expect(
      errorsOf([
        ['2023', 'Xã'],
        ['Bát Mọt', 'Năm'],
      ]),
    ).toHaveLength(1);
  });

  it('reads only a whole header cell as a year, with or without “Năm”', () => {
    expect(errorsOf([['Xã', 'Năm2022', 'NĂM 2023', 'Lộ trình 2024', '20245', '2025 ', 'x2026']])).toEqual([
      'D1: Tiêu đề cột phải là một năm (ví dụ 2023 hoặc “Năm 2023”), ô đang ghi “Lộ trình 2024”.',
      'E1: Tiêu đề cột phải là một năm (ví dụ 2023 hoặc “Năm 2023”), ô đang ghi “20245”.',
      'G1: Tiêu đề cột phải là một năm (ví dụ 2023 hoặc “Năm 2023”), ô đang ghi “x2026”.',
    ]);
  });

  it('never takes column A for a year column, even when it holds one', () => {
    const r = parse([
      ['2022', 2023, 2022],
      ['Bát Mọt', null, 'x'],
    ]);
    expect(r).toMatchObject({ ok: true, entries: [{ communeUnitId: ID['Xã Bát Mọt'], year: 2022 }] });
  });

  it('reads a code Excel kept as a number, leading zeros lost', () => {
    const hanoi = { id: 'hn', communes: [{ id: 'px', name: 'Phường Phúc Xá', gsoCode: '00004' }] };
    expect(
      parseRoadmapGrid(
        [
          ['Phường', 2026],
          [4, 'x'],
        ],
        hanoi,
      ),
    ).toEqual({
      ok: true,
      entries: [{ areaUnitId: 'hn', communeUnitId: 'px', year: 2026 }],
      unscheduled: [],
    });
  });

  it('refuses header cells that are not a year, out of range or repeated', () => {
    expect(errorsOf([['Xã', 2023, 'Ghi chú', 2205, 'Năm 2023', 1999, 2023.5]])).toEqual([
      'C1: Tiêu đề cột phải là một năm (ví dụ 2023 hoặc “Năm 2023”), ô đang ghi “Ghi chú”.',
      'D1: Năm 2205 nằm ngoài khoảng 2020–2100.',
      'E1: Năm 2023 đã có ở ô B1.',
      'F1: Năm 1999 nằm ngoài khoảng 2020–2100.',
      'G1: Tiêu đề cột phải là một năm (ví dụ 2023 hoặc “Năm 2023”), ô đang ghi “2023.5”.',
    ]);
  });

  it('refuses a mark that is not an x, a mark under no year, and says nothing more under a bad header', () => {
    expect(
      errorsOf([
        ['Xã', 2023, 'Ghi chú', null],
        ['Bát Mọt', '2023', null, null],
        ['Yên Nhân', true, 'x', null, 'x'],
        ['Tân Thành', 1, null, null],
        ['Lương Sơn', 'x', 'x'],
      ]),
    ).toEqual([
      'C1: Tiêu đề cột phải là một năm (ví dụ 2023 hoặc “Năm 2023”), ô đang ghi “Ghi chú”.',
      'B2: Chỉ đánh dấu bằng chữ x hoặc để trống, ô đang ghi “2023”.',
      'B3: Chỉ đánh dấu bằng chữ x hoặc để trống, ô đang ghi “true”.',
      'E3: Cột này không có năm ở dòng tiêu đề: xóa dấu x hoặc ghi năm vào tiêu đề.',
      'B4: Chỉ đánh dấu bằng chữ x hoặc để trống, ô đang ghi “1”.',
    ]);
  });

  it('refuses a row with marks but no commune, an unknown or ambiguous commune, and a commune twice', () => {
    expect(
      errorsOf([
        ['Xã', 2022, 2023],
        ['   ', 'x'],
        ['Bát Mọtt', 'x'],
        ['Xã Bát Mọt', 'x'],
        ['15607', null, 'x'],
        ['15907', 'x'],
      ]),
    ).toEqual([
      'A2: Dòng có đánh dấu năm nhưng chưa ghi tên hoặc mã xã ở cột A.',
      'A3: Không tìm thấy “Bát Mọtt” trong các xã của địa bàn.',
      'A5: Xã Bát Mọt đã có ở dòng 4.',
      'A6: Không có xã nào mã 15907 trong địa bàn.',
    ]);
    expect(
      errorsOf([
        ['Xã', 2022],
        [true, 'x'],
      ]),
    ).toEqual(['A2: Không tìm thấy “true” trong các xã của địa bàn.']);
  });

  it('refuses a second year for one commune at the second mark, naming the first', () => {
    expect(
      errorsOf([
        ['Xã', 2022, 2023, 2024],
        ['Bát Mọt', 'x', 'x', 'x'],
      ]),
    ).toEqual([
      'C2: Xã Bát Mọt đã được đánh dấu năm 2022 (ô B2); mỗi xã chỉ có một năm hoàn thành.',
      'D2: Xã Bát Mọt đã được đánh dấu năm 2022 (ô B2); mỗi xã chỉ có một năm hoàn thành.',
    ]);
  });

  it('gives each error its row, column and cell', () => {
    const r = parse([
      ['Xã', 2022],
      ['Nowhere', 'x'],
    ]);
    expect(r).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 1, cell: 'A2', message: 'Không tìm thấy “Nowhere” trong các xã của địa bàn.' },
      ],
    });
  });

  it('a commune listed without a mark is simply unscheduled', () => {
    const r = parse([['Xã', 2022], ['Bát Mọt']]);
    expect(r).toMatchObject({ ok: true, entries: [] });
  });
});

describe('parseRoadmapGrid: properties', () => {
  const years = [2022, 2023, 2024, 2025, 2026];
  const roadmaps = fc.array(fc.option(fc.constantFrom(...years), { nil: null }), {
    minLength: COMMUNES.length,
    maxLength: COMMUNES.length,
  });

  it('reads back any roadmap the export writes', () => {
    fc.assert(
      fc.property(roadmaps, (chosen) => {
        const entries = chosen.flatMap((year, i) =>
          year === null ? [] : [{ areaUnitId: THUONG_XUAN, communeUnitId: COMMUNES[i]!.id, year }],
        );
        const r = parse(roadmapGrid(roadmapTable(entries, COMMUNES, years)));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const key = (e: { communeUnitId: string; year: number }) => `${e.communeUnitId}@${e.year}`;
        expect(new Set(r.entries.map(key))).toEqual(new Set(entries.map(key)));
        expect(r.unscheduled.length + r.entries.length).toBe(COMMUNES.length);
      }),
    );
  });

  it('never throws on any grid of cells, and either imports or names at least one cell', () => {
    const cell = fc.oneof(
      fc.constantFrom<GridCell>('x', 'X', '', null, undefined, 2023, 'Năm 2024', 'Bát Mọt', 15628, true),
      fc.string(),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (grid) => {
        const r = parse(grid);
        expect(r.ok || r.errors.length > 0).toBe(true);
      }),
    );
  });
});
