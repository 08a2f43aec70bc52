import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { type Database, openDatabase } from '../src/db/client.ts';
import { loadDemoData } from '../src/demo/load-demo-data.ts';
import { ensureBundledFrameworks } from '../src/modules/frameworks/bundled.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Embedded runs: a migrated PGlite data directory as a tarball, cloned per test file. */
    pgliteTemplate: string | null;
    /** PostgreSQL runs: admin URL and the migrated template database cloned per test file. */
    pgAdminUrl: string | null;
    pgTemplate: string | null;
  }
}

/**
 * Migrating a database costs seconds, so it is done once per run: test files clone the migrated template
 * (PGlite data dir tarball, or PostgreSQL `CREATE DATABASE … TEMPLATE`). Set XASO_TEST_PG to an admin URL of
 * a PostgreSQL server to run the same tests there; every database made is dropped at the end.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.XASO_TEST_PG ?? null;
  if (adminUrl) {
    const template = `xaso_test_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const database = await openDatabase({ databaseUrl: withDatabase(adminUrl, template) });
    await prepareTemplate(database);
    await database.close();
    project.provide('pgliteTemplate', null);
    project.provide('pgAdminUrl', adminUrl);
    project.provide('pgTemplate', template);
    return async () => {
      // Test databases are dropped by their files; sweep any a crashed file left behind, then the template.
      const left = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`${template.replace('_tpl_', '_')}%`],
      );
      for (const row of left.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const client = await PGlite.create();
  await prepareTemplate(await openDatabase({ pglite: client }));
  const dump = await client.dumpDataDir('none');
  const dir = mkdtempSync(path.join(tmpdir(), 'xaso-test-'));
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  project.provide('pgliteTemplate', file);
  project.provide('pgAdminUrl', null);
  project.provide('pgTemplate', null);
  return () => rmSync(dir, { recursive: true, force: true });
}

/** Migrations, the shipped frameworks and the demo units and accounts: what every test file starts from. */
async function prepareTemplate(database: Database): Promise<void> {
  await database.migrate();
  const ctx = {
    db: database.db,
    now: () => new Date('2026-03-02T02:00:00Z'),
    log: pino({ level: 'silent' }),
  };
  await ensureBundledFrameworks(ctx);
  await loadDemoData(ctx);
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
