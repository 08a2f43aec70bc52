import type { Workspace } from '@xaso/domain/contracts/assessments';
import { and, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { assessments, orgUnits } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { getCycle } from '../../cycles/use-cases/read-cycles.ts';
import { buildWorkspace, cycleCore } from '../load-workspace.ts';
import { assessmentPolicy } from '../policy.ts';

/**
 * The commune's workspace in a cycle. The assessment row is made the first time anyone allowed opens it, so
 * every commune of the cycle has one without the office creating them.
 */
export async function openWorkspace(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string; communeId: string },
): Promise<Workspace> {
  const cycle = await getCycle(ctx, { actor: options.actor, cycleId: options.cycleId });
  const member = cycle.cycle.communes.find((c) => c.id === options.communeId);
  const [commune] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, options.communeId));
  if (!member || !commune || !assessmentPolicy.canRead(options.actor, commune.path))
    throw AppError.notFound();
  await ctx.db
    .insert(assessments)
    .values({ cycleId: cycle.row.id, communeId: commune.id })
    .onConflictDoNothing();
  const [assessment] = await ctx.db
    .select()
    .from(assessments)
    .where(and(eq(assessments.cycleId, cycle.row.id), eq(assessments.communeId, commune.id)));
  return buildWorkspace(ctx, { assessment: assessment!, commune, cycle: cycleCore(cycle) });
}
