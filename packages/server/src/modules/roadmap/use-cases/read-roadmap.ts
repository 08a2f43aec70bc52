import type { cycleProposalResponseSchema, RoadmapResponse } from '@xaso/domain/contracts/steering';
import { communesForYear } from '@xaso/domain/steering/roadmap';
import type { z } from 'zod';
import type { Actor, Ctx } from '../../../context.ts';
import { areaFor } from '../area.ts';
import { loadAreaRoadmap, presentRoadmap } from '../present-roadmap.ts';

/** The area's roadmap as the year-by-commune table. */
export async function getRoadmap(
  ctx: Ctx,
  options: { actor: Actor; areaId: string },
): Promise<RoadmapResponse> {
  const area = await areaFor(ctx.db, options.actor, options.areaId, 'cycle:read');
  const { stored, communes } = await loadAreaRoadmap(ctx.db, area, ctx.now());
  return presentRoadmap(area, stored, communes);
}

/**
 * What opening a cycle of `year` proposes (`communesForYear`): the create form preselects `proposed` and offers
 * `carriedOver`. No commune is recognised yet (recognition is not recorded), so none is left out as such.
 */
export async function getCycleProposal(
  ctx: Ctx,
  options: { actor: Actor; areaId: string; year: number },
): Promise<z.infer<typeof cycleProposalResponseSchema>> {
  const area = await areaFor(ctx.db, options.actor, options.areaId, 'cycle:read');
  const { stored, communes } = await loadAreaRoadmap(ctx.db, area, ctx.now());
  const proposal = communesForYear(stored.entries, options.year, new Map());
  const names = new Map(communes.map((c) => [c.id, c.name]));
  const ref = (id: string) => ({ id, name: names.get(id) ?? id });
  return {
    year: options.year,
    proposed: proposal.proposed.map(ref),
    carriedOver: proposal.carriedOver.map((c) => ({
      ...ref(c.communeUnitId),
      scheduledYear: c.scheduledYear,
    })),
    alreadyRecognised: proposal.alreadyRecognised.map((c) => ({
      ...ref(c.communeUnitId),
      recognisedYear: c.recognisedYear,
    })),
  };
}
