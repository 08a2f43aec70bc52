import { type AssessmentTransition, transition } from '@xaso/domain/assessment/workflow';
import type { Workspace } from '@xaso/domain/contracts/assessments';
import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { assessments } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { buildWorkspace, loadAssessment, workflowState } from '../load-workspace.ts';
import { assessmentPolicy } from '../policy.ts';

const ACTION = {
  submit: 'assessment:submit',
  withdraw: 'assessment:submit',
  reopen: 'cycle:manage',
} as const;
const AUDIT = {
  submit: 'assessment.submitted',
  withdraw: 'assessment.withdrawn',
  reopen: 'assessment.reopened',
} as const;

/** Submit and withdraw (the commune head), reopen (the office): the workflow decides, the server enforces. */
export async function changeStatus(
  ctx: Ctx,
  options: { actor: Actor; assessmentId: string; action: AssessmentTransition; until?: string },
): Promise<Workspace> {
  const loaded = await loadAssessment(ctx.db, options.assessmentId);
  assessmentPolicy.assert(options.actor, ACTION[options.action], loaded.commune.path);
  const before = workflowState(loaded.assessment, loaded.cycle);
  const result = transition(before, options.action, vietnamDay(ctx.now()), options.until);
  if (!result.ok) {
    if (result.reason === 'bad_date') throw AppError.validation({ until: result.message });
    throw new AppError(
      result.reason === 'deadline_passed' || result.reason === 'cycle_closed' ? 'LOCKED' : 'CONFLICT',
      result.message,
    );
  }
  const submitting = options.action === 'submit';
  const [updated] = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(assessments)
      .set({
        status: result.state.status,
        reopenedUntil: result.state.reopenedUntil,
        submittedAt: submitting ? ctx.now() : loaded.assessment.submittedAt,
        submittedBy: submitting ? options.actor.id : loaded.assessment.submittedBy,
      })
      .where(eq(assessments.id, loaded.assessment.id))
      .returning();
    await recordAudit(tx, ctx, {
      actorUserId: options.actor.id,
      action: AUDIT[options.action],
      entityType: 'assessment',
      entityId: loaded.assessment.id,
      before,
      after: result.state,
    });
    return rows;
  });
  return buildWorkspace(ctx, { ...loaded, assessment: updated! });
}
