import type { MatrixResponse } from '@xaso/domain/contracts/steering';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { auditEvents } from '../../../db/schema.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { appraisalStarted } from '../appraisal.ts';
import { loadAreaChoices } from '../area-choices.ts';
import { loadMatrixContext, type MatrixContext } from '../matrix-context.ts';
import type { MatrixCopyReport } from '../open-matrix.ts';
import { loadMatrixNames, presentMatrix } from '../present-matrix.ts';

/** The cycle's matrix with names, the criteria nobody answers for, and what the pickers offer. */
export async function getMatrix(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string },
): Promise<MatrixResponse> {
  const context = await loadMatrixContext(ctx.db, options.actor, options.cycleId, 'cycle:read');
  return matrixView(ctx, context);
}

export async function matrixView(ctx: Ctx, context: MatrixContext): Promise<MatrixResponse> {
  const [names, choices, started] = await Promise.all([
    loadMatrixNames(ctx.db, context.rows),
    loadAreaChoices(ctx.db, context.area, vietnamDay(ctx.now())),
    appraisalStarted(context.loaded.cycle.id),
  ]);
  return presentMatrix({
    cycleId: context.loaded.cycle.id,
    revision: context.stored?.revision ?? 0,
    criteria: context.criteria,
    rows: context.rows,
    excluded: context.excluded,
    names,
    choices,
    appraisalStarted: started,
  });
}

/**
 * What copying the previous cycle's matrix did when the cycle opened, read back from the audit event written
 * then. A cycle opened before matrices existed has none: it reads as started empty.
 */
export async function getCopyReport(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string },
): Promise<MatrixCopyReport> {
  await loadMatrixContext(ctx.db, options.actor, options.cycleId, 'cycle:read');
  const [event] = await ctx.db
    .select({ payload: auditEvents.payload })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'cycle'),
        eq(auditEvents.entityId, options.cycleId),
        eq(auditEvents.action, 'responsibility.copied'),
      ),
    )
    .orderBy(asc(auditEvents.id))
    .limit(1);
  const report = (event?.payload as { after?: MatrixCopyReport } | undefined)?.after;
  return report ?? { fromCycleId: null, added: [], dropped: [], renamed: [] };
}
