import type { RoadmapResponse } from '@xaso/domain/contracts/steering';
import { isRoadmapYear } from '@xaso/domain/steering/roadmap';

/**
 * The office's unsaved edits of a roadmap: commune id → the year it now has on screen (`null`: no year).
 * Kept apart from the table the server sent, so a conflict can reload that table and lay the edits over it.
 */
export type RoadmapDraft = ReadonlyMap<string, number | null>;

type Row = RoadmapResponse['rows'][number];

/** The year a row shows: the office's edit if it made one, the saved year otherwise. */
export function shownYear(row: Row, draft: RoadmapDraft): number | null {
  return draft.has(row.communeUnitId) ? (draft.get(row.communeUnitId) ?? null) : row.year;
}

/** Sets one commune's year; an edit back to the saved year is no edit. */
export function editYear(draft: RoadmapDraft, row: Row, year: number | null): RoadmapDraft {
  const next = new Map(draft);
  if (year === row.year) next.delete(row.communeUnitId);
  else next.set(row.communeUnitId, year);
  return next;
}

/** The edits that still differ from the table (after a reload some may have become what the server holds). */
export function pendingEdits(rows: readonly Row[], draft: RoadmapDraft): number {
  return rows.filter((r) => draft.has(r.communeUnitId) && draft.get(r.communeUnitId) !== r.year).length;
}

/** The whole roadmap to save: every row with a year on screen. */
export function entriesToSave(rows: readonly Row[], draft: RoadmapDraft) {
  return rows.flatMap((r) => {
    const year = shownYear(r, draft);
    return year === null ? [] : [{ communeUnitId: r.communeUnitId, year }];
  });
}

/**
 * The year columns: every year from the first to the last that the table, the edits or the office's added
 * columns name, none skipped (as `roadmapTable` does on the server).
 */
export function yearColumns(serverYears: readonly number[], draft: RoadmapDraft, added: readonly number[]) {
  const all = [...serverYears, ...added, ...[...draft.values()].filter((y) => y !== null)].filter(
    isRoadmapYear,
  );
  if (all.length === 0) return [];
  const columns: number[] = [];
  for (let y = Math.min(...all); y <= Math.max(...all); y++) columns.push(y);
  return columns;
}

/** How many communes each year has on screen, in the order of `years`, and how many have none. */
export function countsOnScreen(rows: readonly Row[], draft: RoadmapDraft, years: readonly number[]) {
  const shown = rows.map((r) => shownYear(r, draft));
  return {
    byYear: years.map((y) => shown.filter((s) => s === y).length),
    unscheduled: shown.filter((s) => s === null).length,
  };
}
