import type { PutRoadmapRequest, RoadmapResponse } from '@xaso/domain/contracts/steering';
import { type RoadmapEntry, setCommuneYear, validateRoadmap } from '@xaso/domain/steering/roadmap';
import type { Actor, Ctx } from '../../../context.ts';
import { AppError } from '../../../http/app-error.ts';
import { type Area, areaFor } from '../area.ts';
import { loadAreaRoadmap, presentRoadmap } from '../present-roadmap.ts';
import { STALE_ROADMAP, saveRoadmap } from '../roadmap-store.ts';

/** The office saves the whole table as the screen holds it. */
export async function putRoadmap(
  ctx: Ctx,
  options: { actor: Actor; areaId: string; request: PutRoadmapRequest },
): Promise<RoadmapResponse> {
  const area = await areaFor(ctx.db, options.actor, options.areaId, 'roadmap:manage');
  const entries = options.request.entries.map((e) => ({ areaUnitId: area.id, ...e }));
  return store(ctx, options.actor, area, entries, options.request.expectedVersion);
}

/** The office sets one commune's year on screen (`null` takes it off the roadmap). */
export async function putCommuneYear(
  ctx: Ctx,
  options: { actor: Actor; areaId: string; communeId: string; year: number | null; expectedVersion: number },
): Promise<RoadmapResponse> {
  const area = await areaFor(ctx.db, options.actor, options.areaId, 'roadmap:manage');
  const { stored, communes } = await loadAreaRoadmap(ctx.db, area, ctx.now());
  // Another area's commune is not found here, as any record outside what the route covers.
  if (!communes.some((c) => c.id === options.communeId)) throw AppError.notFound();
  if (stored.version !== options.expectedVersion) throw staleError();
  const entries = setCommuneYear(stored.entries, area.id, options.communeId, options.year);
  return store(ctx, options.actor, area, entries, options.expectedVersion);
}

async function store(
  ctx: Ctx,
  actor: Actor,
  area: Area,
  entries: RoadmapEntry[],
  expectedVersion: number,
): Promise<RoadmapResponse> {
  const { stored, communes } = await loadAreaRoadmap(ctx.db, area, ctx.now());
  // Checked before validation: a stale screen's entries may name communes the roadmap no longer holds.
  if (stored.version !== expectedVersion) throw staleError();
  const fields = validateRoadmap(entries, { id: area.id, communes });
  if (Object.keys(fields).length > 0) throw AppError.validation(fields);
  await saveRoadmap(ctx, {
    areaId: area.id,
    entries,
    expectedVersion,
    actorUserId: actor.id,
    action: 'roadmap.saved',
  });
  const saved = await loadAreaRoadmap(ctx.db, area, ctx.now());
  return presentRoadmap(area, saved.stored, saved.communes);
}

function staleError(): AppError {
  return new AppError('CONFLICT', STALE_ROADMAP);
}
