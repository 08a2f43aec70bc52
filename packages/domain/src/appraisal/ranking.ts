import { POINT_DECIMALS, roundHalfUp } from '../scoring/format.ts';

/**
 * Ranking communes by their appraised index total within an area (xếp hạng; seed 000 cites the district's
 * ranking decision, QĐ 567). Competition ranking: ties share a rank and the next rank skips (1, 2, 2, 4).
 * Points are compared after rounding to 2 decimals (`POINT_DECIMALS`), the precision points are kept and
 * published in, so two communes shown with the same "85,25" are never ranked apart by a binary remainder.
 * A unit without points (no appraised total yet, or a figure that is not finite) is listed unranked, last.
 */
export type RankEntry = { unitId: string; points: number | null };
export type Ranked = { unitId: string; points: number | null; rank: number | null };

function comparable(points: number | null): number | null {
  return points === null || !Number.isFinite(points) ? null : roundHalfUp(points, POINT_DECIMALS);
}

/** Highest first; equal points keep the input's order (the caller passes communes in the area's order). */
export function rankUnits(entries: readonly RankEntry[]): Ranked[] {
  const scored = entries
    .map((e) => ({ e, p: comparable(e.points) }))
    .filter((x): x is { e: RankEntry; p: number } => x.p !== null)
    // Array.prototype.sort is stable: equal points keep the input's order.
    .sort((a, b) => b.p - a.p);
  const ranked: Ranked[] = [];
  let rank = 0;
  scored.forEach((x, position) => {
    if (scored[position - 1]?.p !== x.p) rank = position + 1;
    ranked.push({ unitId: x.e.unitId, points: x.p, rank });
  });
  const unranked = entries
    .filter((e) => comparable(e.points) === null)
    .map((e) => ({ unitId: e.unitId, points: null, rank: null }));
  return [...ranked, ...unranked];
}

/** The same ranking within each group of the index (Chính quyền số, Kinh tế số …), one list per group code. */
export function rankByGroup(
  entries: readonly { unitId: string; groups: Readonly<Record<string, number | null>> }[],
): Record<string, Ranked[]> {
  const codes = [...new Set(entries.flatMap((e) => Object.keys(e.groups)))];
  return Object.fromEntries(
    codes.map((code) => [
      code,
      rankUnits(entries.map((e) => ({ unitId: e.unitId, points: e.groups[code] ?? null }))),
    ]),
  );
}

export type RankChange = Ranked & {
  previousRank: number | null;
  /** Places gained since the previous year (positive: up); null for a new entrant or an unranked unit. */
  change: number | null;
};

/** Beside each rank, last year's rank and the places gained or lost. */
export function withRankChange(
  current: readonly Ranked[],
  previous: readonly { unitId: string; rank: number | null }[],
): RankChange[] {
  const before = new Map(previous.map((p) => [p.unitId, p.rank]));
  return current.map((r) => {
    const previousRank = before.get(r.unitId) ?? null;
    const change = r.rank === null || previousRank === null ? null : previousRank - r.rank;
    return { ...r, previousRank, change };
  });
}
