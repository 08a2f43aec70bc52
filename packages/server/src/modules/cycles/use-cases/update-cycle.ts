import type { Cycle, UpdateCycleRequest } from '@xaso/domain/contracts/cycles';
import { cycleTransition } from '@xaso/domain/cycle/lifecycle';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { assessments, cycleCommunes, cycleExclusions, cycles } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { checkCommunes, checkExclusions, checkNotDuplicate } from '../check-cycle-input.ts';
import { communeDataOf, holdsData, whatItHolds } from '../commune-data.ts';
import { type Change, staleCycleError } from '../cycle-conflict.ts';
import { loadVersionByRowId } from '../framework-versions.ts';
import { loadCycles } from '../load-cycles.ts';
import { cyclePolicy } from '../policy.ts';

/**
 * An office corrects an open cycle: its round name, deadlines, assigned communes and criteria not applicable.
 * A commune leaves only while it holds nothing (no saved result, evidence link, document, submission); one that
 * had only opened its workspace loses that empty assessment. The edit names the version it started from: a
 * stale one answers 409 with what changed. Year, area and frameworks are fixed once opened.
 */
export async function updateCycle(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string; request: UpdateCycleRequest },
): Promise<Cycle> {
  const { actor, request } = options;
  const [loaded] = await loadCycles(ctx.db, [options.cycleId]);
  if (!loaded) throw AppError.notFound();
  cyclePolicy.assertCanManage(actor, loaded);
  const before = loaded.cycle;
  const allowed = cycleTransition({ status: before.status, holdsData: false }, 'edit');
  if (!allowed.ok) throw new AppError('LOCKED', allowed.message);
  if (before.version !== request.expectedVersion)
    throw await staleCycleError(ctx.db, before, request.expectedVersion);

  const wanted = [...new Set(request.communeIds)];
  const members = new Map(before.communes.map((c) => [c.id, c]));
  const removed = before.communes.filter((c) => c.assigned && !wanted.includes(c.id));
  const added = wanted.filter((id) => !members.has(id));
  const promoted = wanted.filter((id) => members.get(id)?.assigned === false);

  const fields: Record<string, string> = {};
  const criteria = await loadVersionByRowId(ctx.db, loaded.row.criteriaFrameworkVersionId);
  await checkCommunes(
    ctx.db,
    {
      scopePath: loaded.scopePath,
      communeIds: request.communeIds,
      today: vietnamDay(ctx.now()),
      alreadyMembers: new Set(members.keys()),
    },
    fields,
  );
  checkExclusions(criteria.framework, request.exclusions, fields);
  await checkNotDuplicate(
    ctx.db,
    {
      scopeId: loaded.row.scopeId,
      scopeName: before.scope.name,
      year: before.year,
      criteriaFrameworkId: before.criteriaFramework.id,
      round: request.round,
      exceptId: before.id,
    },
    fields,
  );
  if (Object.keys(fields).length) throw AppError.validation(fields);

  const changed = changesOf(before, request, removed.length + added.length + promoted.length > 0);
  if (changed.length === 0) return before;

  const written = await ctx.db.transaction(async (tx) => {
    const leaving = removed.map((c) => c.id);
    const [updated] = await tx
      .update(cycles)
      .set({
        round: request.round,
        selfAssessmentDue: request.deadlines.selfAssessment,
        confirmationDue: request.deadlines.confirmation,
        dossierDue: request.deadlines.dossier,
        version: sql`${cycles.version} + 1`,
      })
      .where(and(eq(cycles.id, before.id), eq(cycles.version, request.expectedVersion)))
      .returning({ version: cycles.version });
    // Another edit landed since the check above (the row lock orders concurrent edits): nothing was written.
    if (!updated) return false;
    // Lock the leaving communes' assessments first: a save arriving meanwhile waits, then finds them gone,
    // instead of its result being deleted with an assessment checked empty a moment earlier.
    if (leaving.length) {
      await tx
        .select({ id: assessments.id })
        .from(assessments)
        .where(and(eq(assessments.cycleId, before.id), inArray(assessments.communeId, leaving)))
        .for('update');
      const data = await communeDataOf(tx, before.id);
      const refused = removed.filter((c) => holdsData(data.get(c.id)));
      if (refused.length)
        throw AppError.validation({
          communeIds: refused.map((c) => whatItHolds(c.name, data.get(c.id)!)).join(' '),
        });
    }
    if (leaving.length) {
      await tx
        .delete(assessments)
        .where(and(eq(assessments.cycleId, before.id), inArray(assessments.communeId, leaving)));
      await tx
        .delete(cycleCommunes)
        .where(and(eq(cycleCommunes.cycleId, before.id), inArray(cycleCommunes.communeId, leaving)));
    }
    if (added.length)
      await tx.insert(cycleCommunes).values(added.map((communeId) => ({ cycleId: before.id, communeId })));
    if (promoted.length) {
      // An early-registered commune now assigned answers for the whole set, like any assigned commune.
      await tx
        .update(cycleCommunes)
        .set({ assigned: true })
        .where(and(eq(cycleCommunes.cycleId, before.id), inArray(cycleCommunes.communeId, promoted)));
      await tx
        .update(assessments)
        .set({ registeredItems: null })
        .where(and(eq(assessments.cycleId, before.id), inArray(assessments.communeId, promoted)));
    }
    await tx.delete(cycleExclusions).where(eq(cycleExclusions.cycleId, before.id));
    if (request.exclusions.length)
      await tx.insert(cycleExclusions).values(request.exclusions.map((e) => ({ cycleId: before.id, ...e })));
    await recordAudit(tx, ctx, {
      actorUserId: actor.id,
      action: 'cycle.updated',
      entityType: 'cycle',
      entityId: before.id,
      before: editablePart(before),
      after: { ...request, communeIds: wanted, version: updated.version, changed },
    });
    return true;
  });
  const after = (await loadCycles(ctx.db, [before.id]))[0]!.cycle;
  if (!written) throw await staleCycleError(ctx.db, after, request.expectedVersion);
  return after;
}

function editablePart(cycle: Cycle) {
  return {
    round: cycle.round,
    deadlines: cycle.deadlines,
    communeIds: cycle.communes.filter((c) => c.assigned).map((c) => c.id),
    exclusions: cycle.exclusions,
    version: cycle.version,
  };
}

function changesOf(before: Cycle, request: UpdateCycleRequest, communesChanged: boolean): Change[] {
  const key = (list: Array<{ itemCode: string; reason: string }>) =>
    JSON.stringify(list.map((e) => [e.itemCode, e.reason]).sort());
  const changes: Array<[Change, boolean]> = [
    ['round', (before.round ?? null) !== request.round],
    ['selfAssessment', before.deadlines.selfAssessment !== request.deadlines.selfAssessment],
    ['confirmation', before.deadlines.confirmation !== request.deadlines.confirmation],
    ['dossier', before.deadlines.dossier !== request.deadlines.dossier],
    ['communes', communesChanged],
    ['exclusions', key(before.exclusions) !== key(request.exclusions)],
  ];
  return changes.filter(([, yes]) => yes).map(([c]) => c);
}
