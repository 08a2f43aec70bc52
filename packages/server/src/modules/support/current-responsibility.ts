import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { responsibilities } from '../../db/schema.ts';

/*
 * Who answers for a criterion now: the responsible member in the latest version of the cycle's matrix
 * (domain/steering: "whoever the cycle's matrix names *now*"). Read from the tables directly, so support
 * requests depend on the matrix's storage, not on the module that edits it.
 */

/** The latest matrix version of the cycle `cycleId` (a value or an outer column), as a scalar subquery. */
function latestVersionSql(cycleId: SQL | string): SQL {
  return sql`(select v.id from responsibility_versions v where v.cycle_id = ${cycleId}
    order by v.number desc limit 1)`;
}

/**
 * The responsible member of a support request's criterion, as a column of a query over `support_requests`: a
 * criterion missing from the latest version has none, whatever an older version said. The outer columns are
 * named with their table: drizzle writes a query's own columns bare when it has no join, and a bare
 * `criterion_code` here would be the inner table's.
 */
export function currentMemberOfRequestSql(): SQL<string | null> {
  return sql<string | null>`(select r.responsible_member_id from responsibilities r
    where r.version_id = ${latestVersionSql(sql.raw('"support_requests"."cycle_id"'))}
      and r.criterion_code = "support_requests"."criterion_code")`;
}

/** The criterion's current row of the matrix, or null (no matrix yet, or the criterion is not in it). */
export async function currentResponsibility(db: Db, cycleId: string, criterionCode: string) {
  const [row] = await db
    .select()
    .from(responsibilities)
    .where(
      and(
        eq(responsibilities.versionId, latestVersionSql(cycleId)),
        eq(responsibilities.criterionCode, criterionCode),
      ),
    );
  return row ?? null;
}

/** Every responsible member of the cycle's current matrix, once each (deadline reminders). */
export async function currentMembersOfCycle(db: Db, cycleId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: responsibilities.responsibleMemberId })
    .from(responsibilities)
    .where(eq(responsibilities.versionId, latestVersionSql(cycleId)));
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}
