// Test data, imported by the steering tests only: Thường Xuân's communes (GSO codes as in the demo data) and
// its roadmap under QĐ 969 (2022 from seed 000; 2023–2025 from the header of seed 002's table).
import type { CommuneRef } from './commune-match.ts';
import type { RoadmapEntry } from './roadmap.ts';

export const THUONG_XUAN = 'area-thuong-xuan';

const NAMES: [string, string, number][] = [
  ['15607', 'Xã Bát Mọt', 2022],
  ['15610', 'Xã Yên Nhân', 2022],
  ['15646', 'Thị trấn Thường Xuân', 2022],
  ['15661', 'Xã Tân Thành', 2023],
  ['15628', 'Xã Lương Sơn', 2023],
  ['15631', 'Xã Xuân Cao', 2023],
  ['15652', 'Xã Thọ Thanh', 2023],
  ['15637', 'Xã Luận Khê', 2023],
  ['15655', 'Xã Ngọc Phụng', 2024],
  ['15640', 'Xã Xuân Thắng', 2024],
  ['15658', 'Xã Xuân Chinh', 2024],
  ['15619', 'Xã Xuân Lẹ', 2024],
  ['15643', 'Xã Xuân Lộc', 2024],
  ['15634', 'Xã Luận Thành', 2025],
  ['15622', 'Xã Vạn Xuân', 2025],
  ['15649', 'Xã Xuân Dương', 2025],
];

export const COMMUNES: CommuneRef[] = NAMES.map(([gsoCode, name]) => ({ id: `c${gsoCode}`, name, gsoCode }));

export const ROADMAP_969: RoadmapEntry[] = NAMES.map(([gsoCode, , year]) => ({
  areaUnitId: THUONG_XUAN,
  communeUnitId: `c${gsoCode}`,
  year,
}));

/** Commune ids by name ("Xã Bát Mọt" → "c15607"). Data only, so that mutation testing has nothing to mutate here. */
export const ID: Readonly<Record<string, string>> = Object.fromEntries(COMMUNES.map((c) => [c.name, c.id]));
