import { describe, expect, it } from 'vitest';
import {
  communesForYear,
  type RoadmapEntry,
  roadmapTable,
  setCommuneYear,
  UNKNOWN_COMMUNE_NAME,
  validateRoadmap,
} from './roadmap.ts';
import { COMMUNES, ID, ROADMAP_969, THUONG_XUAN } from './thuong-xuan.fixture.ts';

const area = { id: THUONG_XUAN, communes: COMMUNES };
const entry = (name: string, year: number): RoadmapEntry => ({
  areaUnitId: THUONG_XUAN,
  communeUnitId: ID[name]!,
  year,
});

describe('validateRoadmap', () => {
  it('accepts QĐ 969 for Thường Xuân', () => {
    expect(validateRoadmap(ROADMAP_969, area)).toEqual({});
  });

  it('gives a commune one year: a second entry is refused, naming the first year', () => {
    const twice = [entry('Xã Bát Mọt', 2022), entry('Xã Yên Nhân', 2022), entry('Xã Bát Mọt', 2024)];
    expect(validateRoadmap(twice, area)).toEqual({
      'entries.2.communeUnitId':
        'Xã Bát Mọt đã có trong lộ trình (năm 2022); mỗi xã chỉ có một năm hoàn thành.',
    });
    expect(validateRoadmap([entry('Xã Bát Mọt', 2022), entry('Xã Bát Mọt', 2022)], area)).toEqual({
      'entries.1.communeUnitId':
        'Xã Bát Mọt đã có trong lộ trình (năm 2022); mỗi xã chỉ có một năm hoàn thành.',
    });
  });

  it('refuses a commune of another area and an entry filed under another area', () => {
    const hoangCat = { areaUnitId: THUONG_XUAN, communeUnitId: 'c15907', year: 2023 };
    const elsewhere = { ...entry('Xã Bát Mọt', 2022), areaUnitId: 'area-hoang-hoa' };
    expect(validateRoadmap([hoangCat, elsewhere], area)).toEqual({
      'entries.0.communeUnitId': 'Xã này không thuộc địa bàn.',
      'entries.1.areaUnitId': 'Dòng này thuộc địa bàn khác.',
    });
  });

  it('refuses a year that is not whole or out of range, and still checks the commune', () => {
    expect(
      validateRoadmap(
        [entry('Xã Bát Mọt', 2023.5), entry('Xã Yên Nhân', 2205), entry('Xã Bát Mọt', 2019)],
        area,
      ),
    ).toEqual({
      'entries.0.year': 'Năm phải là số nguyên, ví dụ 2024.',
      'entries.1.year': 'Năm 2205 nằm ngoài khoảng 2020–2100.',
      'entries.2.year': 'Năm 2019 nằm ngoài khoảng 2020–2100.',
      'entries.2.communeUnitId':
        'Xã Bát Mọt đã có trong lộ trình (năm 2023.5); mỗi xã chỉ có một năm hoàn thành.',
    });
  });
});

describe('setCommuneYear', () => {
  const three = [entry('Xã Bát Mọt', 2022), entry('Xã Yên Nhân', 2022), entry('Xã Tân Thành', 2023)];

  it('moves a commune to another year where it stood', () => {
    expect(setCommuneYear(three, THUONG_XUAN, ID['Xã Yên Nhân']!, 2025)).toEqual([
      three[0],
      entry('Xã Yên Nhân', 2025),
      three[2],
    ]);
  });

  it('adds a commune not yet scheduled at the end', () => {
    expect(setCommuneYear(three, THUONG_XUAN, ID['Xã Vạn Xuân']!, 2025)).toEqual([
      ...three,
      entry('Xã Vạn Xuân', 2025),
    ]);
  });

  it('takes a commune off the roadmap with null, and leaves another area’s entry for the same id alone', () => {
    const other = { ...entry('Xã Yên Nhân', 2024), areaUnitId: 'other' };
    expect(setCommuneYear([...three, other], THUONG_XUAN, ID['Xã Yên Nhân']!, null)).toEqual([
      three[0],
      three[2],
      other,
    ]);
    expect(setCommuneYear(three, THUONG_XUAN, 'nobody', null)).toEqual(three);
  });

  it('moves the first entry to the front again', () => {
    expect(setCommuneYear(three, THUONG_XUAN, ID['Xã Bát Mọt']!, 2023)[0]).toEqual(entry('Xã Bát Mọt', 2023));
  });
});

describe('communesForYear: what opening a cycle proposes', () => {
  const none = new Map<string, number>();

  it('proposes the year’s communes of QĐ 969 (Thường Xuân 2024: five)', () => {
    expect(communesForYear(ROADMAP_969, 2024, none).proposed).toEqual(
      ['Xã Ngọc Phụng', 'Xã Xuân Thắng', 'Xã Xuân Chinh', 'Xã Xuân Lẹ', 'Xã Xuân Lộc'].map((n) => ID[n]),
    );
  });

  it('leaves out a commune recognised earlier (early) or in this very year (a second round)', () => {
    const recognised = new Map([
      [ID['Xã Xuân Lẹ']!, 2023],
      [ID['Xã Xuân Lộc']!, 2024],
    ]);
    const p = communesForYear(ROADMAP_969, 2024, recognised);
    expect(p.proposed).toEqual(['Xã Ngọc Phụng', 'Xã Xuân Thắng', 'Xã Xuân Chinh'].map((n) => ID[n]));
    expect(p.alreadyRecognised).toEqual([
      { communeUnitId: ID['Xã Xuân Lẹ'], recognisedYear: 2023 },
      { communeUnitId: ID['Xã Xuân Lộc'], recognisedYear: 2024 },
    ]);
  });

  it('offers communes of earlier years not recognised yet as carried over, not as proposed', () => {
    const recognised = new Map([
      [ID['Xã Bát Mọt']!, 2022],
      [ID['Xã Yên Nhân']!, 2022],
      [ID['Thị trấn Thường Xuân']!, 2022],
      [ID['Xã Tân Thành']!, 2023],
      [ID['Xã Lương Sơn']!, 2023],
      [ID['Xã Xuân Cao']!, 2023],
      [ID['Xã Thọ Thanh']!, 2023],
      // Luận Khê missed 2023 and was recognised in 2025, after the 2024 cycle.
      [ID['Xã Luận Khê']!, 2025],
    ]);
    const p = communesForYear(ROADMAP_969, 2024, recognised);
    expect(p.carriedOver).toEqual([{ communeUnitId: ID['Xã Luận Khê'], scheduledYear: 2023 }]);
    expect(p.proposed).toHaveLength(5);
    expect(communesForYear(ROADMAP_969, 2025, recognised).carriedOver).toEqual([
      { communeUnitId: ID['Xã Ngọc Phụng'], scheduledYear: 2024 },
      { communeUnitId: ID['Xã Xuân Thắng'], scheduledYear: 2024 },
      { communeUnitId: ID['Xã Xuân Chinh'], scheduledYear: 2024 },
      { communeUnitId: ID['Xã Xuân Lẹ'], scheduledYear: 2024 },
      { communeUnitId: ID['Xã Xuân Lộc'], scheduledYear: 2024 },
    ]);
  });

  it('proposes nothing for a year without communes, and never a later year’s', () => {
    expect(communesForYear(ROADMAP_969, 2021, none)).toEqual({
      proposed: [],
      carriedOver: [],
      alreadyRecognised: [],
    });
  });
});

describe('roadmapTable', () => {
  it('has a row per commune sorted the Vietnamese way and a column per year, with counts 3, 5, 5, 3', () => {
    const t = roadmapTable(ROADMAP_969, COMMUNES);
    expect(t.years).toEqual([2022, 2023, 2024, 2025]);
    expect(t.countsByYear).toEqual([3, 5, 5, 3]);
    expect(t.unscheduled).toBe(0);
    expect(t.rows.map((r) => r.name).slice(0, 4)).toEqual([
      'Thị trấn Thường Xuân',
      'Xã Bát Mọt',
      'Xã Luận Khê',
      'Xã Luận Thành',
    ]);
    expect(t.rows.find((r) => r.name === 'Xã Lương Sơn')).toEqual({
      communeUnitId: ID['Xã Lương Sơn'],
      name: 'Xã Lương Sơn',
      gsoCode: '15628',
      year: 2023,
    });
  });

  it('lists communes without a year, fills the gap years and adds the years asked for', () => {
    const t = roadmapTable([entry('Xã Bát Mọt', 2022), entry('Xã Vạn Xuân', 2025)], COMMUNES, [2026]);
    expect(t.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(t.countsByYear).toEqual([1, 0, 0, 1, 0]);
    expect(t.unscheduled).toBe(14);
    expect(t.rows).toHaveLength(16);
    expect(t.rows.find((r) => r.name === 'Xã Yên Nhân')!.year).toBeNull();
  });

  it('keeps a row for a commune the caller did not pass, and draws no column for a year out of range', () => {
    const t = roadmapTable([{ areaUnitId: THUONG_XUAN, communeUnitId: 'gone', year: 2024 }], [], [9999]);
    expect(t.rows).toEqual([
      { communeUnitId: 'gone', name: UNKNOWN_COMMUNE_NAME, gsoCode: null, year: 2024 },
    ]);
    expect(t.years).toEqual([2024]);
  });

  it('has no columns for an empty roadmap', () => {
    expect(roadmapTable([], COMMUNES).years).toEqual([]);
    expect(roadmapTable([], COMMUNES).unscheduled).toBe(16);
  });
});
