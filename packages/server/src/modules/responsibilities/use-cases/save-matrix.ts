import type { BulkAssignRequest, MatrixResponse, PutMatrixRequest } from '@xaso/domain/contracts/steering';
import { cycleTransition } from '@xaso/domain/cycle/lifecycle';
import {
  assignmentChanges,
  bulkAssign,
  type ResponsibilityRow,
  validateMatrix,
} from '@xaso/domain/steering/responsibility';
import type { Actor, Ctx } from '../../../context.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notify } from '../../notifications/notify.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { appraisalStarted } from '../appraisal.ts';
import { loadAreaChoices } from '../area-choices.ts';
import { loadMatrixContext, type MatrixContext } from '../matrix-context.ts';
import { loadMatrix, STALE_MATRIX, writeMatrix } from '../matrix-store.ts';
import { matrixView } from './read-matrix.ts';

/** The office saves the whole matrix as the screen holds it. */
export async function putMatrix(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string; request: PutMatrixRequest },
): Promise<MatrixResponse> {
  const context = await loadMatrixContext(ctx.db, options.actor, options.cycleId, 'responsibility:manage');
  return save(ctx, options.actor, context, options.request.rows, options.request.expectedVersion);
}

/** One patch on the selected criteria ("Lê Hữu Giáp for 1.1, 1.4, 1.7–1.10"). */
export async function bulkAssignMatrix(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string; request: BulkAssignRequest },
): Promise<MatrixResponse> {
  const context = await loadMatrixContext(ctx.db, options.actor, options.cycleId, 'responsibility:manage');
  const { rows, unknownCodes } = bulkAssign(
    context.rows,
    options.request.criterionCodes,
    options.request.patch,
  );
  if (unknownCodes.length > 0)
    throw AppError.validation({
      criterionCodes: `Bộ tiêu chí của kỳ không có tiêu chí ${unknownCodes.join(', ')}.`,
    });
  return save(
    ctx,
    options.actor,
    context,
    rows,
    options.request.expectedVersion,
    options.request.criterionCodes,
  );
}

/**
 * Checks the rows against the area (its departments, partners, steering members) and the cycle's criteria,
 * writes them as the next revision, audits the change and tells each newly named member. A field error of a
 * bulk patch is said on the patch's field (`patch.responsibleMemberId`), not on a row the screen did not send.
 */
async function save(
  ctx: Ctx,
  actor: Actor,
  context: MatrixContext,
  rows: ResponsibilityRow[],
  expectedRevision: number,
  /** A bulk patch's criteria: only their rows are checked, and errors are said on the patch's fields. */
  patched?: readonly string[],
): Promise<MatrixResponse> {
  const cycle = context.loaded.cycle;
  const allowed = cycleTransition({ status: cycle.status, holdsData: false }, 'edit');
  if (!allowed.ok) throw new AppError('LOCKED', allowed.message);
  if ((context.stored?.revision ?? 0) !== expectedRevision) {
    throw new AppError('CONFLICT', STALE_MATRIX);
  }
  const choices = await loadAreaChoices(ctx.db, context.area, vietnamDay(ctx.now()));
  const refs = {
    departments: choices.departments,
    partners: choices.partners,
    members: choices.members.map((m) => ({ id: m.id, name: m.displayName })),
  };
  // A patch is checked on the rows it changed: a row it left alone (a member who has since left the
  // committee, say) is for the office to fix there, not a reason to refuse the patch.
  const fields = patched
    ? patchFields(
        validateMatrix(
          rows.filter((r) => patched.includes(r.criterionCode)),
          refs,
        ),
      )
    : validateMatrix(rows, { ...refs, criteria: context.criteria.map((c) => c.code) });
  if (Object.keys(fields).length > 0) throw AppError.validation(fields);

  const names = new Map(context.criteria.map((c) => [c.code, c.name]));
  const newVersion = await appraisalStarted(cycle.id);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    // Read again inside the transaction: the check above was only to answer early.
    const current = await loadMatrix(tx, cycle.id);
    const before = current?.rows ?? [];
    const written = await writeMatrix(tx, {
      cycleId: cycle.id,
      current,
      rows,
      expectedRevision,
      newVersion,
      actorUserId: actor.id,
    });
    const changes = assignmentChanges(before, rows);
    await recordAudit(tx, ctx, {
      actorUserId: actor.id,
      action: 'responsibility.saved',
      entityType: 'cycle',
      entityId: cycle.id,
      before: { revision: current?.revision ?? 0, rows: before },
      after: { revision: written.revision, version: written.number, rows, memberChanges: changes },
    });
    // One notice per member and save: a bulk assignment of 31 criteria is one line in the bell, not 31.
    const byMember = new Map<string, { code: string; name: string }[]>();
    for (const change of changes) {
      if (change.to === null || change.to === actor.id) continue;
      const list = byMember.get(change.to) ?? [];
      list.push({ code: change.criterionCode, name: names.get(change.criterionCode) ?? '' });
      byMember.set(change.to, list);
    }
    for (const [memberId, criteria] of byMember) {
      await notify(
        tx,
        {
          userIds: [memberId],
          kind: 'criterion_assigned',
          params: { criteria, year: cycle.year },
          link: `/cycles/${cycle.id}/responsibilities`,
        },
        now,
      );
    }
  });
  return matrixView(ctx, await loadMatrixContext(ctx.db, actor, cycle.id, 'cycle:read'));
}

/** `rows.3.responsibleMemberId` → `patch.responsibleMemberId`: every selected row got the same value. */
function patchFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const field = /^rows\.\d+\.([a-zA-Z]+)(\.(\d+))?$/.exec(key);
    out[field ? `patch.${field[1]}${field[2] ?? ''}` : key] ??= message;
  }
  return out;
}
