import type { ClassificationResponse } from '@xaso/domain/contracts/steering';
import { type ClassificationValue, filterClassification } from '@xaso/domain/steering/classification';
import type { Actor, Ctx } from '../../../context.ts';
import { loadClassification } from '../load-classification.ts';

/** The office's (and the head's) classification page: the filtered list, the counts over the whole table. */
export async function getClassification(
  ctx: Ctx,
  options: {
    actor: Actor;
    cycleId: string;
    filter: { communeUnitId?: string[]; criterionCode?: string[]; value?: ClassificationValue[] };
  },
): Promise<ClassificationResponse> {
  const c = await loadClassification(ctx.db, options.actor, options.cycleId);
  return {
    cycleId: options.cycleId,
    communes: c.communes,
    criteria: c.criteria.map((x) => ({ code: x.code, name: x.name })),
    rows: filterClassification(c.rows, {
      communeUnitIds: options.filter.communeUnitId,
      criterionCodes: options.filter.criterionCode,
      values: options.filter.value,
    }),
    summary: c.summary,
  };
}
