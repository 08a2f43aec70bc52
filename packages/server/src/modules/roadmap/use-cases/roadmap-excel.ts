import type { roadmapImportResponseSchema } from '@xaso/domain/contracts/steering';
import { roadmapTable } from '@xaso/domain/steering/roadmap';
import { parseRoadmapGrid, roadmapGrid } from '@xaso/domain/steering/roadmap-grid';
import type { z } from 'zod';
import type { Actor, Ctx } from '../../../context.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { areaFor } from '../area.ts';
import { loadAreaRoadmap, presentRoadmap } from '../present-roadmap.ts';
import { saveRoadmap } from '../roadmap-store.ts';
import { buildRoadmapWorkbook, importFailedWith, readRoadmapWorkbook } from '../roadmap-workbook.ts';

/** Years offered by the template of an area without a roadmap: this year and the next three. */
const BLANK_YEARS = 4;

/**
 * The template: the area's communes in force and its roadmap as the table shows it, so exporting and importing
 * again changes nothing. An area without a roadmap gets columns for this year and the next three.
 */
export async function roadmapTemplate(
  ctx: Ctx,
  options: { actor: Actor; areaId: string },
): Promise<{ bytes: Buffer; fileName: string }> {
  const area = await areaFor(ctx.db, options.actor, options.areaId, 'cycle:read');
  const { stored, communes } = await loadAreaRoadmap(ctx.db, area, ctx.now());
  const thisYear = Number(vietnamDay(ctx.now()).slice(0, 4));
  const years = stored.entries.length > 0 ? [] : Array.from({ length: BLANK_YEARS }, (_, i) => thisYear + i);
  const inForce = communes.filter((c) => c.inForce);
  // A commune merged away since cannot be imported again: the template names only communes in force.
  const current = new Set(inForce.map((c) => c.id));
  const table = roadmapTable(
    stored.entries.filter((e) => current.has(e.communeUnitId)),
    inForce,
    years,
  );
  const bytes = await buildRoadmapWorkbook(roadmapGrid(table), { areaName: area.name, now: ctx.now() });
  return { bytes, fileName: `lộ-trình-${area.name}.xlsx` };
}

/**
 * Imports the template: all or nothing. Every bad cell is answered (422) and the roadmap stays as it was;
 * otherwise the file replaces the area's roadmap, and the communes it leaves without a year are listed back.
 */
export async function importRoadmap(
  ctx: Ctx,
  options: { actor: Actor; areaId: string; bytes: Buffer; fileName: string },
): Promise<z.infer<typeof roadmapImportResponseSchema>> {
  const area = await areaFor(ctx.db, options.actor, options.areaId, 'roadmap:manage');
  const grid = await readRoadmapWorkbook(options.bytes);
  const { communes } = await loadAreaRoadmap(ctx.db, area, ctx.now());
  const inForce = communes.filter((c) => c.inForce);
  const parsed = parseRoadmapGrid(grid, { id: area.id, communes: inForce });
  if (!parsed.ok) throw importFailedWith(parsed.errors);
  await saveRoadmap(ctx, {
    areaId: area.id,
    entries: parsed.entries,
    expectedVersion: null,
    actorUserId: options.actor.id,
    action: 'roadmap.imported',
    detail: { fileName: options.fileName },
  });
  const saved = await loadAreaRoadmap(ctx.db, area, ctx.now());
  const names = new Map(inForce.map((c) => [c.id, c.name]));
  return {
    roadmap: presentRoadmap(area, saved.stored, saved.communes),
    unscheduled: parsed.unscheduled.map((id) => ({ id, name: names.get(id) ?? id })),
  };
}
