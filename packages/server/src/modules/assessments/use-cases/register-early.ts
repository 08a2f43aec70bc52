import { checkEarlyRegistration } from '@xaso/domain/assessment/early-registration';
import { canEdit } from '@xaso/domain/assessment/workflow';
import type { EarlyRegistrationRequest, Workspace } from '@xaso/domain/contracts/assessments';
import { isValidOn } from '@xaso/domain/org-unit';
import { and, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { assessments, cycleCommunes, orgUnits } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { loadVersionByRowId } from '../../cycles/framework-versions.ts';
import { getCycle } from '../../cycles/use-cases/read-cycles.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { buildWorkspace, cycleCore, workflowState } from '../load-workspace.ts';
import { assessmentPolicy } from '../policy.ts';

/**
 * A commune of the cycle's area that was not assigned this year registers single independent criteria early
 * (seed 002, Điều 3). The first registration makes it a member of the cycle (not assigned) with its own
 * workspace holding only those criteria; registering again replaces the list while the workspace is editable.
 */
export async function registerEarly(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string; request: EarlyRegistrationRequest },
): Promise<Workspace> {
  const { actor, request } = options;
  const cycle = await getCycle(ctx, { actor, cycleId: options.cycleId });
  const [commune] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, request.communeId));
  const today = vietnamDay(ctx.now());
  if (!commune || !assessmentPolicy.canRead(actor, commune.path)) throw AppError.notFound();
  assessmentPolicy.assert(actor, 'assessment:edit', commune.path);
  if (commune.type !== 'commune' || !commune.path.startsWith(cycle.scopePath) || !isValidOn(commune, today))
    throw AppError.validation({ communeId: 'Xã không thuộc địa bàn của kỳ đánh giá này.' });
  const member = cycle.cycle.communes.find((c) => c.id === commune.id);
  if (member?.assigned)
    throw new AppError(
      'CONFLICT',
      `${commune.name} được giao thực hiện toàn bộ bộ tiêu chí năm ${cycle.row.year}: không cần đăng ký sớm.`,
    );

  const { framework } = await loadVersionByRowId(ctx.db, cycle.row.criteriaFrameworkVersionId);
  const excluded = new Set(cycle.cycle.exclusions.map((e) => e.itemCode));
  const fields = checkEarlyRegistration(framework, excluded, request.itemCodes);
  if (Object.keys(fields).length) throw AppError.validation(fields);

  const [existing] = await ctx.db
    .select()
    .from(assessments)
    .where(and(eq(assessments.cycleId, cycle.row.id), eq(assessments.communeId, commune.id)));
  // A first registration is held to the cycle's own window too: after its deadline, or once it is closed.
  const state = existing
    ? workflowState(existing, cycleCore(cycle))
    : {
        status: 'draft' as const,
        deadline: cycle.row.selfAssessmentDue,
        reopenedUntil: null,
        cycleClosed: cycle.row.status === 'closed',
      };
  if (!canEdit(state, today))
    throw new AppError('LOCKED', 'Bản tự đánh giá đã gửi hoặc đã quá hạn: không sửa được danh sách đăng ký.');
  // Kept in the set's order, whatever order they were ticked in.
  const codes = framework.groups.flatMap((g) =>
    g.items.filter((i) => request.itemCodes.includes(i.code)).map((i) => i.code),
  );

  const saved = await ctx.db.transaction(async (tx) => {
    await tx
      .insert(cycleCommunes)
      .values({ cycleId: cycle.row.id, communeId: commune.id, assigned: false })
      .onConflictDoNothing();
    const [row] = await tx
      .insert(assessments)
      .values({ cycleId: cycle.row.id, communeId: commune.id, registeredItems: codes })
      .onConflictDoUpdate({
        target: [assessments.cycleId, assessments.communeId],
        set: { registeredItems: codes },
      })
      .returning();
    await recordAudit(tx, ctx, {
      actorUserId: actor.id,
      action: 'assessment.registered',
      entityType: 'assessment',
      entityId: row!.id,
      before: existing ? { registeredItems: existing.registeredItems } : undefined,
      after: { registeredItems: codes },
    });
    return row!;
  });
  return buildWorkspace(ctx, { assessment: saved, commune, cycle: cycleCore(cycle) });
}
