import type { AuditAction } from '@xaso/domain/contracts/audit';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema.ts';

export type AuditEntry = {
  actorUserId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

/** Writes an audit event. Pass the transaction of the change so both commit or neither does. */
export async function recordAudit(tx: Db, ctx: Pick<Ctx, 'now'>, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    at: ctx.now(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    payload: { v: 1, before: entry.before, after: entry.after },
  });
}
