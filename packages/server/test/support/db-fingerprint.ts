import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';

/**
 * Tables a refused request may legitimately write: a failed login (or password check) is recorded so the
 * throttle can count it. Matched by name so a throttle table added later is covered too.
 */
export const WRITTEN_BY_REFUSALS = /attempt|throttle/;

/**
 * A cheap fingerprint of every table in the public schema: its row count and the newest row version's
 * transaction id (`xmin`). An insert, delete or committed update changes it; a rolled-back write does not,
 * which is what "nothing changed" means to a caller.
 */
export async function tableFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = (
    (await db.execute(
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    )) as unknown as { rows: Array<{ tablename: string }> }
  ).rows
    .map((r) => r.tablename)
    .filter((name) => !WRITTEN_BY_REFUSALS.test(name));
  const union = tables
    .map(
      (name) =>
        `select '${name}' as t, count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text as f from "${name}"`,
    )
    .join(' union all ');
  const { rows } = (await db.execute(sql.raw(union))) as unknown as { rows: Array<{ t: string; f: string }> };
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}
