import { cycleTransition } from '@xaso/domain/cycle/lifecycle';
import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { assessments, cycles } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { communeDataOf, holdsData } from '../commune-data.ts';
import { loadCycles } from '../load-cycles.ts';
import { cyclePolicy } from '../policy.ts';

/**
 * Deletes a cycle opened by mistake: only while no commune holds anything in it (no saved result, evidence link,
 * document or submission; workspaces merely opened do not count). The communes and exclusions go with it; the
 * audit event keeps what it was.
 */
export async function deleteCycle(ctx: Ctx, options: { actor: Actor; cycleId: string }): Promise<void> {
  const [loaded] = await loadCycles(ctx.db, [options.cycleId]);
  if (!loaded) throw AppError.notFound();
  cyclePolicy.assertCanManage(options.actor, loaded);
  await ctx.db.transaction(async (tx) => {
    // Lock the cycle's assessments before looking inside them: a save arriving meanwhile waits, then finds the
    // assessment gone, rather than its result being deleted with an assessment found empty.
    await tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(eq(assessments.cycleId, loaded.row.id))
      .for('update');
    const data = [...(await communeDataOf(tx, loaded.row.id)).values()];
    const allowed = cycleTransition(
      { status: loaded.cycle.status, holdsData: data.some(holdsData) },
      'delete',
    );
    if (!allowed.ok) throw new AppError('CONFLICT', allowed.message);
    await tx.delete(assessments).where(eq(assessments.cycleId, loaded.row.id));
    await tx.delete(cycles).where(eq(cycles.id, loaded.row.id));
    await recordAudit(tx, ctx, {
      actorUserId: options.actor.id,
      action: 'cycle.deleted',
      entityType: 'cycle',
      entityId: loaded.row.id,
      before: loaded.cycle,
    });
  });
}
