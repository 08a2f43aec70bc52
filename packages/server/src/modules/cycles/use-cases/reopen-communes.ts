import { transition, type WorkflowState } from '@xaso/domain/assessment/workflow';
import type { ReopenCommunesRequest } from '@xaso/domain/contracts/cycles';
import { cycleTransition } from '@xaso/domain/cycle/lifecycle';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { assessments, auditEvents } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { loadCycles } from '../load-cycles.ts';
import { cyclePolicy } from '../policy.ts';

export type Reopened = Array<{ communeId: string; assessmentId: string; until: string }>;

/**
 * Reopens several communes of a cycle at once, until a day from today on, with a reason: each becomes an
 * editable draft until that day. A commune that never opened its workspace gets its assessment now (the row the
 * workspace would have made on first opening), already reopened, so "every commune editable" holds in one action
 * and the save path keeps reading one place for the last day. The assessment workflow decides each reopening.
 */
export async function reopenCommunes(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string; request: ReopenCommunesRequest },
): Promise<Reopened> {
  const { actor, request } = options;
  const [loaded] = await loadCycles(ctx.db, [options.cycleId]);
  if (!loaded) throw AppError.notFound();
  cyclePolicy.assertCanManage(actor, loaded);
  const allowed = cycleTransition({ status: loaded.cycle.status, holdsData: false }, 'reopenCommunes');
  if (!allowed.ok) throw new AppError('LOCKED', allowed.message);

  const fields: Record<string, string> = {};
  const members = new Set(loaded.cycle.communes.map((c) => c.id));
  request.communeIds.forEach((id, i) => {
    if (!members.has(id)) fields[`communeIds.${i}`] = 'Xã này không thuộc kỳ đánh giá.';
  });
  const today = vietnamDay(ctx.now());
  const probe = transition(
    { status: 'draft', deadline: loaded.row.selfAssessmentDue, reopenedUntil: null },
    'reopen',
    today,
    request.until,
  );
  if (!probe.ok) fields.until = probe.message;
  if (Object.keys(fields).length) throw AppError.validation(fields);

  const communeIds = [...new Set(request.communeIds)];
  return ctx.db.transaction(async (tx) => {
    await tx
      .insert(assessments)
      .values(communeIds.map((communeId) => ({ cycleId: loaded.row.id, communeId })))
      .onConflictDoNothing();
    const rows = await tx
      .select()
      .from(assessments)
      .where(and(eq(assessments.cycleId, loaded.row.id), inArray(assessments.communeId, communeIds)))
      .for('update');
    const changes = rows.map((row) => {
      const before: WorkflowState = {
        status: row.status as WorkflowState['status'],
        deadline: loaded.row.selfAssessmentDue,
        reopenedUntil: row.reopenedUntil,
      };
      const result = transition(before, 'reopen', today, request.until);
      if (!result.ok) throw new AppError('CONFLICT', result.message);
      return { row, before, after: result.state };
    });
    await tx
      .update(assessments)
      .set({ status: 'draft', reopenedUntil: request.until })
      .where(
        inArray(
          assessments.id,
          rows.map((r) => r.id),
        ),
      );
    const at = ctx.now();
    await tx.insert(auditEvents).values([
      {
        at,
        actorUserId: actor.id,
        action: 'cycle.communes_reopened',
        entityType: 'cycle',
        entityId: loaded.row.id,
        payload: {
          v: 1,
          before: changes.map((c) => ({ communeId: c.row.communeId, ...c.before })),
          after: { communeIds, until: request.until, reason: request.reason },
        },
      },
      // Each assessment's own history shows the reopening too, as a single reopen would.
      ...changes.map((c) => ({
        at,
        actorUserId: actor.id,
        action: 'assessment.reopened',
        entityType: 'assessment',
        entityId: c.row.id,
        payload: { v: 1, before: c.before, after: { ...c.after, reason: request.reason } },
      })),
    ]);
    return changes.map((c) => ({ communeId: c.row.communeId, assessmentId: c.row.id, until: request.until }));
  });
}
