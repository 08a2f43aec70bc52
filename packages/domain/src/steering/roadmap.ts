import type { CommuneRef } from './commune-match.ts';

/**
 * The roadmap (lộ trình, Quyết định 969/QĐ-UBND): in each area (a district, or a province after 2025), which
 * commune must complete the DX criteria in which year. Thường Xuân: Bát Mọt, Yên Nhân and the town in 2022;
 * five communes in 2023, five in 2024, three in 2025 (seeds 000 and 002).
 *
 * A commune has **one** scheduled year in its area's roadmap: moving it to another year replaces the first.
 * Being recognised is a separate fact (a provincial decision), never a roadmap entry; the roadmap only proposes.
 */
export type RoadmapEntry = { areaUnitId: string; communeUnitId: string; year: number };

/** The years a roadmap may name: the years a cycle may be opened for (contracts/cycles.ts). */
export const ROADMAP_YEARS = { from: 2020, to: 2100 } as const;

export const ROADMAP_MESSAGES = {
  yearNotInteger: 'Năm phải là số nguyên, ví dụ 2024.',
  yearOutOfRange: (year: number) => `Năm ${year} nằm ngoài khoảng ${ROADMAP_YEARS.from}–${ROADMAP_YEARS.to}.`,
  otherArea: 'Dòng này thuộc địa bàn khác.',
  unknownCommune: 'Xã này không thuộc địa bàn.',
  twice: (name: string, year: number) =>
    `${name} đã có trong lộ trình (năm ${year}); mỗi xã chỉ có một năm hoàn thành.`,
};

/** Whether a year may appear in a roadmap. */
export function isRoadmapYear(year: number): boolean {
  return Number.isInteger(year) && year >= ROADMAP_YEARS.from && year <= ROADMAP_YEARS.to;
}

/**
 * Checks an area's whole roadmap as it would be saved. Answers a Vietnamese message per offending field,
 * keyed like the API's field errors (`entries.3.year`), or none.
 */
export function validateRoadmap(
  entries: readonly RoadmapEntry[],
  area: { id: string; communes: readonly CommuneRef[] },
): Record<string, string> {
  const names = new Map(area.communes.map((c) => [c.id, c.name]));
  const firstYear = new Map<string, number>();
  const fields: Record<string, string> = {};
  entries.forEach((e, i) => {
    if (!Number.isInteger(e.year)) fields[`entries.${i}.year`] = ROADMAP_MESSAGES.yearNotInteger;
    else if (!isRoadmapYear(e.year)) fields[`entries.${i}.year`] = ROADMAP_MESSAGES.yearOutOfRange(e.year);
    const name = names.get(e.communeUnitId);
    const key = `entries.${i}.communeUnitId`;
    if (e.areaUnitId !== area.id) fields[`entries.${i}.areaUnitId`] = ROADMAP_MESSAGES.otherArea;
    else if (name === undefined) fields[key] = ROADMAP_MESSAGES.unknownCommune;
    else {
      const earlier = firstYear.get(e.communeUnitId);
      if (earlier !== undefined) fields[key] = ROADMAP_MESSAGES.twice(name, earlier);
      else firstYear.set(e.communeUnitId, e.year);
    }
  });
  return fields;
}

/**
 * The roadmap after the office sets one commune's year on screen (`null`: takes it off the roadmap). The
 * commune's earlier entry, if any, is replaced where it stood, so the other entries keep their order.
 */
export function setCommuneYear(
  entries: readonly RoadmapEntry[],
  areaUnitId: string,
  communeUnitId: string,
  year: number | null,
): RoadmapEntry[] {
  const same = (e: RoadmapEntry) => e.areaUnitId === areaUnitId && e.communeUnitId === communeUnitId;
  const at = entries.findIndex(same);
  const rest = entries.filter((e) => !same(e));
  if (year === null) return rest;
  const entry = { areaUnitId, communeUnitId, year };
  if (at === -1) return [...rest, entry];
  return [...rest.slice(0, at), entry, ...rest.slice(at)];
}

/** What the roadmap proposes when the office opens a cycle for `year`. */
export type CycleProposal = {
  /** Scheduled for this year and not recognised yet: preselected as the cycle's assigned communes. */
  proposed: string[];
  /**
   * Scheduled for an earlier year and still not recognised: offered, not preselected. Whether a commune that
   * missed its year carries on is the office's call, not a rule of QĐ 969.
   */
  carriedOver: { communeUnitId: string; scheduledYear: number }[];
  /** Scheduled for this year but recognised already (early, or in a first round of this year): left out. */
  alreadyRecognised: { communeUnitId: string; recognisedYear: number }[];
};

/**
 * The communes to propose for a cycle of `year`, from one area's roadmap.
 *
 * `recognisedIn` gives each recognised commune the year it was recognised for. A commune recognised for a year
 * up to and including `year` stays recognised: it is never proposed again. (Including `year` itself covers a
 * second round, "Đợt 2", opened after the first round's recognitions.)
 *
 * Communes that register single criteria early (seed 002, Điều 3) are not in the roadmap and are not proposed:
 * they register into the cycle once it is open (`assessment/early-registration.ts`).
 */
export function communesForYear(
  entries: readonly RoadmapEntry[],
  year: number,
  recognisedIn: ReadonlyMap<string, number>,
): CycleProposal {
  const proposal: CycleProposal = { proposed: [], carriedOver: [], alreadyRecognised: [] };
  for (const e of entries) {
    const recognisedYear = recognisedIn.get(e.communeUnitId) ?? Number.POSITIVE_INFINITY;
    const recognised = recognisedYear <= year;
    if (e.year < year) {
      if (!recognised) proposal.carriedOver.push({ communeUnitId: e.communeUnitId, scheduledYear: e.year });
    } else if (e.year === year) {
      if (recognised) proposal.alreadyRecognised.push({ communeUnitId: e.communeUnitId, recognisedYear });
      else proposal.proposed.push(e.communeUnitId);
    }
  }
  return proposal;
}

/** The year-by-commune table: one row per commune of the area, one column per year. */
export type RoadmapTable = {
  years: number[];
  rows: { communeUnitId: string; name: string; gsoCode: string | null; year: number | null }[];
  /** How many communes each year has, in the order of `years`. */
  countsByYear: number[];
  /** How many communes of the area have no year yet. */
  unscheduled: number;
};

/** Name of a row whose commune the caller did not pass (a unit since merged away, say). */
export const UNKNOWN_COMMUNE_NAME = '(đơn vị không còn trong địa bàn)';

const collator = new Intl.Collator('vi');

/**
 * The roadmap as the office reads it: every commune of the area (scheduled or not, sorted by name the
 * Vietnamese way), and the years from the first to the last scheduled one, with none skipped, plus any
 * `years` asked for (to show an empty 2026 column). Pass every commune the entries name, including units
 * merged away since; an entry whose commune is missing still gets a row, never vanishes.
 */
export function roadmapTable(
  entries: readonly RoadmapEntry[],
  communes: readonly CommuneRef[],
  years: readonly number[] = [],
): RoadmapTable {
  const scheduled = new Map(entries.map((e) => [e.communeUnitId, e.year]));
  const rows = communes.map((c) => ({
    communeUnitId: c.id,
    name: c.name,
    gsoCode: c.gsoCode,
    year: scheduled.get(c.id) ?? null,
  }));
  const known = new Set(communes.map((c) => c.id));
  for (const e of entries) {
    if (!known.has(e.communeUnitId))
      rows.push({ communeUnitId: e.communeUnitId, name: UNKNOWN_COMMUNE_NAME, gsoCode: null, year: e.year });
  }
  rows.sort((a, b) => collator.compare(a.name, b.name));
  // A year outside the range is refused on save; filtered here so a bad row cannot ask for 10⁹ columns.
  const all = [...entries.map((e) => e.year), ...years].filter(isRoadmapYear);
  const columns: number[] = [];
  // No year at all: Math.min() is Infinity, so no column.
  for (let y = Math.min(...all); y <= Math.max(...all); y++) columns.push(y);
  return {
    years: columns,
    rows,
    countsByYear: columns.map((y) => rows.filter((r) => r.year === y).length),
    unscheduled: rows.filter((r) => r.year === null).length,
  };
}
