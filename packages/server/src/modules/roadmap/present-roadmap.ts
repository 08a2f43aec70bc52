import type { RoadmapResponse } from '@xaso/domain/contracts/steering';
import type { CommuneRef } from '@xaso/domain/steering/commune-match';
import { roadmapTable } from '@xaso/domain/steering/roadmap';
import type { Db } from '../../db/client.ts';
import { vietnamDay } from '../org-units/queries.ts';
import { type Area, type AreaCommune, loadCommunes } from './area.ts';
import { loadRoadmap, type StoredRoadmap } from './roadmap-store.ts';

/** The roadmap with the communes it may name: those in force today and any it still names (merged away since). */
export async function loadAreaRoadmap(
  db: Db,
  area: Area,
  now: Date,
): Promise<{ stored: StoredRoadmap; communes: AreaCommune[] }> {
  const stored = await loadRoadmap(db, area.id);
  const named = stored.entries.map((e) => e.communeUnitId);
  return { stored, communes: await loadCommunes(db, area, vietnamDay(now), named) };
}

/**
 * The year-by-commune table of `roadmapTable`. `recognisedYear` stays null: recognition (a provincial decision)
 * is not recorded anywhere yet, so no commune counts as recognised.
 */
export function presentRoadmap(area: Area, stored: StoredRoadmap, communes: CommuneRef[]): RoadmapResponse {
  const table = roadmapTable(stored.entries, communes);
  return {
    area: { id: area.id, name: area.name },
    version: stored.version,
    years: table.years,
    rows: table.rows.map((r) => ({ ...r, recognisedYear: null })),
    countsByYear: table.countsByYear,
    unscheduled: table.unscheduled,
  };
}
