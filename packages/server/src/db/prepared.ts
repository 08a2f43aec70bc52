import type { Db } from './client.ts';

const byDatabase = new WeakMap<Db, Map<string, unknown>>();

/**
 * A query built once per database and prepared under its name. On the hot paths (the session of every request,
 * loading an assessment for every save) building a Drizzle query took more CPU than PostgreSQL took to run it.
 * Parameters go through `sql.placeholder`. Only for the database itself: a transaction has its own connection.
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let queries = byDatabase.get(db);
  if (!queries) {
    queries = new Map();
    byDatabase.set(db, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (!query) {
    query = build(db);
    queries.set(name, query);
  }
  return query;
}
