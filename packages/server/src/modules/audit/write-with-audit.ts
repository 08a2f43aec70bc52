import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema.ts';
import type { AuditEntry } from './record-audit.ts';

/**
 * One change and its audit event in a single statement: the write runs as a data-modifying CTE and the event
 * is inserted only for the rows it touched, so both happen or neither does without a transaction's four round
 * trips. For the hot path (saving a result); elsewhere `recordAudit` inside a transaction reads more simply.
 * `write` is an insert/update/delete with `returning`, as a SQL fragment (a query builder would be embedded in
 * parentheses, which a CTE refuses). Answers whether it touched a row.
 */
export async function writeWithAudit(
  db: Db,
  options: {
    write: SQL;
    audit: Omit<AuditEntry, 'before' | 'after'> & { at: Date; payload: unknown };
  },
): Promise<boolean> {
  const a = options.audit;
  const result = await db.execute(sql`
    with written as (${options.write})
    insert into ${auditEvents} (at, actor_user_id, action, entity_type, entity_id, payload)
    select ${a.at.toISOString()}::timestamptz, ${a.actorUserId}::uuid, ${a.action}, ${a.entityType},
      ${a.entityId}, ${JSON.stringify(a.payload)}::jsonb
    from written
    returning 1 as touched`);
  // Both drivers answer { rows }.
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}
