import type { Cycle } from '@xaso/domain/contracts/cycles';
import { cycleTransition } from '@xaso/domain/cycle/lifecycle';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { cycles } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { staleCycleError } from '../cycle-conflict.ts';
import { loadCycles } from '../load-cycles.ts';
import { cyclePolicy } from '../policy.ts';

/**
 * Closes a cycle: from then on no commune changes, submits or is reopened in it, and the office no longer edits
 * it; everything stays readable. Names the version seen, so a cycle is not closed over an unseen edit.
 */
export async function closeCycle(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string; expectedVersion: number },
): Promise<Cycle> {
  const [loaded] = await loadCycles(ctx.db, [options.cycleId]);
  if (!loaded) throw AppError.notFound();
  cyclePolicy.assertCanManage(options.actor, loaded);
  const allowed = cycleTransition({ status: loaded.cycle.status, holdsData: false }, 'close');
  if (!allowed.ok) throw new AppError('CONFLICT', allowed.message);
  const written = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(cycles)
      .set({ status: 'closed', version: sql`${cycles.version} + 1` })
      .where(and(eq(cycles.id, loaded.row.id), eq(cycles.version, options.expectedVersion)))
      .returning({ version: cycles.version });
    if (!updated) return false;
    await recordAudit(tx, ctx, {
      actorUserId: options.actor.id,
      action: 'cycle.closed',
      entityType: 'cycle',
      entityId: loaded.row.id,
      before: { status: loaded.cycle.status, version: loaded.cycle.version },
      after: { status: 'closed', version: updated.version, changed: ['status'] },
    });
    return true;
  });
  const after = (await loadCycles(ctx.db, [loaded.row.id]))[0]!.cycle;
  if (!written) throw await staleCycleError(ctx.db, after, options.expectedVersion);
  return after;
}
