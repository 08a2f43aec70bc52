import { type SQL, sql } from 'drizzle-orm';
import { orgUnits } from '../../db/schema.ts';

// Subqueries below name the outer table explicitly: drizzle renders bare column names inside sql``.

/** Units in force on an ISO day. */
export function validOnSql(day: string): SQL {
  return sql`(${orgUnits.validFrom} is null or ${orgUnits.validFrom} <= ${day}) and (${orgUnits.validTo} is null or ${orgUnits.validTo} >= ${day})`;
}

/** Number of children in force on the day, for the tree's expand arrows. */
export function childCountSql(day: string): SQL<number> {
  return sql<number>`(select count(*)::int from org_units c where c.parent_id = "org_units"."id"
    and (c.valid_from is null or c.valid_from <= ${day}) and (c.valid_to is null or c.valid_to >= ${day}))`;
}

/** Today's date in Vietnam (UTC+7), as administrative validity is counted in local days. */
export function vietnamDay(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function idsOfPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}
