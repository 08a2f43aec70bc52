import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { PATHS } from '../paths.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The database or a transaction: both drivers give the same query API. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
};

const migrationsFolder = PATHS.migrations;

export type OpenDatabaseOptions = {
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; `null` keeps it in memory (tests). */
  pgliteDir?: string | null;
  /** An existing embedded database to use (tests clone a migrated template). */
  pglite?: PGlite;
};

/** PostgreSQL when a URL is given, otherwise the embedded PGlite: one schema, one code path. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    // 20 connections: measured best for 50 concurrent savers on 2 cores (bench/README.md).
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 20 });
    // An idle connection the server drops (restart, administrator) is removed by the pool; without a listener
    // its error would end the process.
    pool.on('error', () => {});
    const open = new Set<pg.PoolClient>();
    pool.on('connect', (client) => {
      open.add(client);
      client.once('end', () => open.delete(client));
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migrateWithLock(options.databaseUrl as string),
      // pool.end() resolves before its connections have closed; wait for them, so that whoever drops the
      // database next (tests) does not cut connections still closing.
      close: async () => {
        const closing = [...open].map((c) => new Promise<void>((resolve) => c.once('end', () => resolve())));
        await pool.end();
        await Promise.all(closing);
      },
    };
  }
  let client = options.pglite;
  if (!client) {
    const dir = options.pgliteDir;
    if (dir) mkdirSync(dir, { recursive: true });
    client = await PGlite.create(dir ?? undefined);
  }
  const embedded = client;
  const db = drizzlePglite(embedded, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite(embedded), { migrationsFolder }),
    close: () => embedded.close(),
  };
}

/** Several server processes may start at once on one PostgreSQL: only one applies migrations at a time. */
async function migrateWithLock(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(727270)');
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock(727270)').catch(() => {});
    await client.end();
  }
}
