import type { RoadmapResponse } from '@xaso/domain/contracts/steering';
import { describe, expect, test } from 'vitest';
import {
  countsOnScreen,
  editYear,
  entriesToSave,
  pendingEdits,
  type RoadmapDraft,
  shownYear,
  yearColumns,
} from './roadmap-draft.ts';

const row = (id: string, year: number | null): RoadmapResponse['rows'][number] => ({
  communeUnitId: id,
  name: `Xã ${id}`,
  gsoCode: null,
  year,
  recognisedYear: null,
});
const rows = [row('a', 2022), row('b', 2023), row('c', null)];
const empty: RoadmapDraft = new Map();

describe('roadmap edits on screen', () => {
  test('an edit shows over the saved year; moving it back to the saved year leaves nothing to save', () => {
    const moved = editYear(empty, rows[0]!, 2024);
    expect(shownYear(rows[0]!, moved)).toBe(2024);
    expect(pendingEdits(rows, moved)).toBe(1);
    const back = editYear(moved, rows[0]!, 2022);
    expect(pendingEdits(rows, back)).toBe(0);
    expect(shownYear(rows[0]!, back)).toBe(2022);
  });

  test('taking a commune off the roadmap drops it from what is saved', () => {
    const draft = editYear(editYear(empty, rows[1]!, null), rows[2]!, 2025);
    expect(entriesToSave(rows, draft)).toEqual([
      { communeUnitId: 'a', year: 2022 },
      { communeUnitId: 'c', year: 2025 },
    ]);
  });

  test('after a reload, an edit the other person already made is no longer pending', () => {
    const draft = editYear(empty, rows[2]!, 2023);
    const reloaded = [rows[0]!, rows[1]!, row('c', 2023)];
    expect(pendingEdits(reloaded, draft)).toBe(0);
    expect(shownYear(reloaded[2]!, draft)).toBe(2023);
  });

  test('columns run without gaps over the saved years, the edits and the added ones', () => {
    expect(yearColumns([], empty, [])).toEqual([]);
    expect(yearColumns([2022, 2023], editYear(empty, rows[2]!, 2025), [])).toEqual([2022, 2023, 2024, 2025]);
    expect(yearColumns([2023], empty, [2021])).toEqual([2021, 2022, 2023]);
  });

  test('counts per year follow the screen, the unscheduled included', () => {
    const draft = editYear(editYear(empty, rows[0]!, 2023), rows[2]!, 2023);
    expect(countsOnScreen(rows, draft, [2022, 2023])).toEqual({ byYear: [0, 3], unscheduled: 0 });
    expect(countsOnScreen(rows, empty, [2022, 2023])).toEqual({ byYear: [1, 1], unscheduled: 1 });
  });
});
