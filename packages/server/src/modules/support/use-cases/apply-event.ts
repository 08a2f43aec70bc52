import type { SupportEventRequest, SupportRequestView } from '@xaso/domain/contracts/steering';
import { checkPlan } from '@xaso/domain/steering/support-plan';
import { applySupportEvent, type SupportEvent } from '@xaso/domain/steering/support-request';
import { and, eq, like } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { orgUnits, partners, supportEvents, supportRequests } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { validOnSql, vietnamDay } from '../../org-units/queries.ts';
import { capabilityOf, type LoadedRequest, loadRequest } from '../load-requests.ts';
import { noticeOf } from '../notices.ts';
import { refusalError, supportPolicy } from '../policy.ts';
import { presentRequest } from '../present-request.ts';

const AUDIT = {
  answer: 'support_request.answered',
  submit_plan: 'support_request.plan_submitted',
  approve_plan: 'support_request.plan_approved',
  return_plan: 'support_request.plan_returned',
  close: 'support_request.closed',
} as const satisfies Record<SupportEvent, string>;

/**
 * One step of a request (`SUPPORT_TRANSITIONS`): who may, from which status, with what it carries. Refused
 * before anything is written: not a party → 404, not theirs to do → 403, not in this status (closed is final)
 * or loaded at an older version → 409. The change, its history line, the audit event and the notices are
 * one transaction.
 */
export async function applyEvent(
  ctx: Ctx,
  options: { actor: Actor; id: string; body: SupportEventRequest },
): Promise<SupportRequestView> {
  const { actor, body } = options;
  const { loaded, as } = supportPolicy.partyTo(actor, await loadRequest(ctx.db, options.id));
  const { row } = loaded;
  const now = ctx.now();
  const today = vietnamDay(now);
  const capability =
    body.event === 'submit_plan'
      ? await capabilityOf(ctx.db, {
          cycleId: row.cycleId,
          communeId: row.communeId,
          criterionCode: row.criterionCode,
        })
      : null;
  const result = applySupportEvent(
    row.status,
    body.event,
    { id: actor.id, kinds: as },
    capability,
    now.toISOString(),
  );
  if (!result.ok) throw refusalError(result);
  if (body.expectedVersion !== row.version) throw new AppError('CONFLICT');
  const change = await changeOf(ctx, loaded, body, today, actor.id, now);

  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(supportRequests)
      .set({ ...change.set, status: result.status, version: row.version + 1 })
      .where(and(eq(supportRequests.id, row.id), eq(supportRequests.version, body.expectedVersion)))
      .returning({ id: supportRequests.id });
    // Someone else's step landed between the read and this write.
    if (updated.length === 0) throw new AppError('CONFLICT');
    await tx.insert(supportEvents).values({
      requestId: row.id,
      event: body.event,
      fromStatus: result.entry.from,
      toStatus: result.entry.to,
      actorId: actor.id,
      actorKind: result.entry.actorKind,
      note: change.note,
      at: now,
    });
    await recordAudit(tx, ctx, {
      actorUserId: actor.id,
      action: AUDIT[body.event],
      entityType: 'support_request',
      entityId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: result.status, version: row.version + 1, as: result.entry.actorKind, ...change.audit },
    });
    await noticeOf(tx, loaded, body.event, actor.id, now);
  });
  return presentRequest(ctx.db, (await loadRequest(ctx.db, row.id))!, as, today);
}

type Change = {
  set: Partial<typeof supportRequests.$inferInsert>;
  /** What the history line shows: the answer, the head's note or reason, the closing note. */
  note: string | null;
  audit: Record<string, unknown>;
};

/** What the event writes besides the status: the answer, the plan (checked), the closing time. */
async function changeOf(
  ctx: Ctx,
  loaded: LoadedRequest,
  body: SupportEventRequest,
  today: string,
  actorId: string,
  now: Date,
): Promise<Change> {
  switch (body.event) {
    case 'answer':
      return { set: { answer: body.answer }, note: body.answer, audit: { answer: body.answer } };
    case 'submit_plan': {
      const area = loaded.cycle.area;
      const [departments, areaPartners] = await Promise.all([
        ctx.db
          .select({ id: orgUnits.id })
          .from(orgUnits)
          .where(
            and(eq(orgUnits.type, 'department'), like(orgUnits.path, `${area.path}%`), validOnSql(today)),
          ),
        ctx.db.select({ id: partners.id }).from(partners).where(eq(partners.areaId, area.id)),
      ]);
      const checked = checkPlan(body.plan, {
        today,
        confirmationDeadline: loaded.cycle.confirmationDue,
        departmentIds: new Set(departments.map((d) => d.id)),
        partnerIds: new Set(areaPartners.map((p) => p.id)),
      });
      const fields = Object.entries(checked.fields);
      if (fields.length)
        throw AppError.validation(Object.fromEntries(fields.map(([k, v]) => [`plan.${k}`, v])));
      return {
        set: {
          plan: body.plan,
          planWarnings: checked.warnings,
          planSubmittedBy: actorId,
          planSubmittedAt: now,
        },
        note: null,
        audit: { plan: body.plan, warnings: checked.warnings },
      };
    }
    case 'approve_plan':
      return { set: {}, note: body.note, audit: { note: body.note } };
    case 'return_plan':
      return { set: {}, note: body.reason, audit: { reason: body.reason } };
    case 'close':
      return { set: { closedAt: now }, note: body.note, audit: { note: body.note } };
  }
}
