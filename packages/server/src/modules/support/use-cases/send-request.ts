import type { CreateSupportRequest, SupportRequestView } from '@xaso/domain/contracts/steering';
import {
  actorKindsFor,
  maySendRequest,
  OPEN_SUPPORT_STATUSES,
  SUPPORT_MESSAGES,
} from '@xaso/domain/steering/support-request';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import {
  evidence,
  orgUnits,
  supportEvents,
  supportRequestEvidence,
  supportRequests,
} from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { isInScope, scopeFor } from '../../auth/scope.ts';
import { loadCycles } from '../../cycles/load-cycles.ts';
import { cyclePolicy } from '../../cycles/policy.ts';
import { isUniqueViolation } from '../../evidence/unique-violation.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { currentResponsibility } from '../current-responsibility.ts';
import { capabilityOf, criterionNames, loadRequest, viewerOf } from '../load-requests.ts';
import { noticeOf } from '../notices.ts';
import { refusalError } from '../policy.ts';
import { presentRequest } from '../present-request.ts';

export const SEND_MESSAGES = {
  cycleClosed: 'Kỳ đánh giá đã đóng nên không gửi được đề nghị hỗ trợ.',
  notInCycle: 'Xã không tham gia kỳ đánh giá này.',
  notACriterion: 'Tiêu chí không có trong bộ tiêu chí của kỳ đánh giá.',
  excluded: 'Tiêu chí này không áp dụng trong kỳ đánh giá.',
  notOwnEvidence: 'Minh chứng không có trong thư viện của xã.',
};

/**
 * A commune's officer or head sends a request for one of its criteria (`maySendRequest`) to the criterion's
 * responsible member, with a copy to the office; attachments come from the commune's own library. The
 * request, its first history line, the audit event and the notices are written together or not at all.
 */
export async function sendRequest(
  ctx: Ctx,
  options: { actor: Actor; request: CreateSupportRequest },
): Promise<SupportRequestView> {
  const { actor, request: body } = options;
  if (scopeFor(actor, 'support:request').length === 0)
    throw new AppError('FORBIDDEN', SUPPORT_MESSAGES.sendNotCommune);
  const [commune] = await ctx.db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.id, body.communeUnitId));
  if (!commune || !isInScope(scopeFor(actor, 'support:request'), commune.path)) throw AppError.notFound();
  const [loaded] = await loadCycles(ctx.db, [body.cycleId]);
  if (!loaded || !cyclePolicy.canRead(actor, loaded.scopePath, loaded.communePaths))
    throw AppError.notFound();
  if (!loaded.cycle.communes.some((c) => c.id === commune.id))
    throw AppError.validation({ communeUnitId: SEND_MESSAGES.notInCycle });
  if (loaded.cycle.status === 'closed') throw new AppError('CONFLICT', SEND_MESSAGES.cycleClosed);
  const names = await criterionNames(ctx.db, loaded.row.criteriaFrameworkVersionId);
  if (!names.has(body.criterionCode))
    throw AppError.validation({ criterionCode: SEND_MESSAGES.notACriterion });
  if (loaded.cycle.exclusions.some((e) => e.itemCode === body.criterionCode))
    throw AppError.validation({ criterionCode: SEND_MESSAGES.excluded });

  const where = { cycleId: body.cycleId, communeId: commune.id, criterionCode: body.criterionCode };
  const [responsibility, capability, open] = await Promise.all([
    currentResponsibility(ctx.db, body.cycleId, body.criterionCode),
    capabilityOf(ctx.db, where),
    ctx.db
      .select({ id: supportRequests.id })
      .from(supportRequests)
      .where(
        and(
          eq(supportRequests.cycleId, where.cycleId),
          eq(supportRequests.communeId, where.communeId),
          eq(supportRequests.criterionCode, where.criterionCode),
          inArray(supportRequests.status, [...OPEN_SUPPORT_STATUSES]),
        ),
      ),
  ]);
  const memberId = responsibility?.responsibleMemberId ?? null;
  const context = {
    communeUnitPath: commune.path,
    areaUnitPath: loaded.scopePath,
    responsibleMemberId: memberId,
  };
  const as = actorKindsFor(context, viewerOf(actor));
  const now = ctx.now();
  const verdict = maySendRequest({
    actors: as,
    criterionCode: body.criterionCode,
    capability,
    responsibleMemberId: memberId,
    hasOpenRequest: open.length > 0,
    neededBy: body.neededBy,
    today: vietnamDay(now),
  });
  if (!verdict.ok) throw refusalError(verdict);
  await assertOwnEvidence(ctx, commune.id, body.evidenceIds);

  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(supportRequests)
        .values({
          cycleId: body.cycleId,
          communeId: commune.id,
          criterionCode: body.criterionCode,
          need: body.need,
          neededBy: body.neededBy,
          sentBy: actor.id,
          sentAt: now,
        })
        .returning();
      const requestId = created!.id;
      if (body.evidenceIds.length)
        await tx
          .insert(supportRequestEvidence)
          .values(body.evidenceIds.map((evidenceId) => ({ requestId, evidenceId })));
      await tx.insert(supportEvents).values({
        requestId,
        event: 'send',
        fromStatus: null,
        toStatus: 'sent',
        actorId: actor.id,
        actorKind: 'commune',
        at: now,
      });
      await recordAudit(tx, ctx, {
        actorUserId: actor.id,
        action: 'support_request.sent',
        entityType: 'support_request',
        entityId: requestId,
        after: { ...where, neededBy: body.neededBy, evidenceIds: body.evidenceIds, memberId },
      });
      const sent = (await loadRequest(tx, requestId))!;
      await noticeOf(tx, sent, 'send', actor.id, now);
      return requestId;
    });
  } catch (err) {
    // Two officers sending at once: the index of open requests lets one in.
    if (isUniqueViolation(err))
      throw new AppError('CONFLICT', SUPPORT_MESSAGES.sendAlreadyOpen(body.criterionCode));
    throw err;
  }
  return presentRequest(ctx.db, (await loadRequest(ctx.db, id))!, as, vietnamDay(now));
}

async function assertOwnEvidence(ctx: Ctx, communeId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const own = await ctx.db
    .select({ id: evidence.id })
    .from(evidence)
    .where(and(inArray(evidence.id, [...ids]), eq(evidence.communeId, communeId)));
  const found = new Set(own.map((e) => e.id));
  const fields = Object.fromEntries(
    ids.flatMap((id, i) => (found.has(id) ? [] : [[`evidenceIds.${i}`, SEND_MESSAGES.notOwnEvidence]])),
  );
  if (Object.keys(fields).length) throw AppError.validation(fields);
}
