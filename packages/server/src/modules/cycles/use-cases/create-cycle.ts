import type { CreateCycleRequest, Cycle } from '@xaso/domain/contracts/cycles';
import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { cycleCommunes, cycleExclusions, cycles, orgUnits } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { openMatrix } from '../../responsibilities/open-matrix.ts';
import {
  checkAppliesToCommunes,
  checkCommunes,
  checkExclusions,
  checkNotDuplicate,
} from '../check-cycle-input.ts';
import { loadLatestVersion } from '../framework-versions.ts';
import { loadCycles } from '../load-cycles.ts';
import { cyclePolicy } from '../policy.ts';

/**
 * Opens a year's cycle in an area: pins the current versions of the criteria set (and index), the communes
 * assigned, the deadlines and the criteria not applicable this cycle. Deadlines already past are accepted (a
 * past year's cycle records what was done); the form warns, and the office reopens the communes in one action.
 */
export async function createCycle(
  ctx: Ctx,
  options: { actor: Actor; request: CreateCycleRequest },
): Promise<Cycle> {
  const { actor, request } = options;
  const [scope] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, request.scopeId));
  if (!scope) throw AppError.validation({ scopeId: 'Không tìm thấy địa bàn.' });
  cyclePolicy.assertCanCreateIn(actor, scope.path);

  const fields: Record<string, string> = {};
  const criteria = await loadLatestVersion(ctx.db, request.criteriaFrameworkId);
  if (criteria?.framework.kind !== 'criteria') fields.criteriaFrameworkId = 'Không tìm thấy bộ tiêu chí này.';
  else {
    checkAppliesToCommunes(criteria.framework, 'criteriaFrameworkId', fields);
    if (!criteria.framework.years.includes(request.year))
      fields.year = `Bộ tiêu chí "${criteria.framework.title}" không có chỉ tiêu năm ${request.year} (chỉ có ${criteria.framework.years.join(', ')}).`;
  }
  const index = request.indexFrameworkId ? await loadLatestVersion(ctx.db, request.indexFrameworkId) : null;
  if (request.indexFrameworkId && index?.framework.kind !== 'index')
    fields.indexFrameworkId = 'Không tìm thấy bộ chỉ số này.';
  else if (index) checkAppliesToCommunes(index.framework, 'indexFrameworkId', fields);

  const today = vietnamDay(ctx.now());
  await checkCommunes(ctx.db, { scopePath: scope.path, communeIds: request.communeIds, today }, fields);
  checkExclusions(criteria?.framework ?? null, request.exclusions, fields);
  await checkNotDuplicate(
    ctx.db,
    {
      scopeId: scope.id,
      scopeName: scope.name,
      year: request.year,
      criteriaFrameworkId: request.criteriaFrameworkId,
      round: request.round,
    },
    fields,
  );
  if (Object.keys(fields).length) throw AppError.validation(fields);

  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(cycles)
      .values({
        year: request.year,
        round: request.round,
        scopeId: scope.id,
        criteriaFrameworkVersionId: criteria!.rowId,
        indexFrameworkVersionId: index?.rowId ?? null,
        selfAssessmentDue: request.deadlines.selfAssessment,
        confirmationDue: request.deadlines.confirmation,
        dossierDue: request.deadlines.dossier,
        createdBy: actor.id,
      })
      .returning({ id: cycles.id });
    const cycleId = row!.id;
    await tx
      .insert(cycleCommunes)
      .values([...new Set(request.communeIds)].map((communeId) => ({ cycleId, communeId, assigned: true })));
    if (request.exclusions.length)
      await tx.insert(cycleExclusions).values(request.exclusions.map((e) => ({ cycleId, ...e })));
    // The responsibility matrix starts as the previous cycle's (GET …/responsibilities/copy-report says how).
    await openMatrix(tx, ctx, {
      cycleId,
      scopeId: scope.id,
      frameworkId: request.criteriaFrameworkId,
      framework: criteria!.framework,
      actorUserId: actor.id,
    });
    await recordAudit(tx, ctx, {
      actorUserId: actor.id,
      action: 'cycle.created',
      entityType: 'cycle',
      entityId: cycleId,
      after: request,
    });
    return cycleId;
  });
  return (await loadCycles(ctx.db, [id]))[0]!.cycle;
}
