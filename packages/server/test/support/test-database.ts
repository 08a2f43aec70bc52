import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { withDatabase } from '../global-setup.ts';

/** A fresh, migrated database for one test file, on whichever engine this run uses. */
export async function createTestDatabase(): Promise<Database> {
  const pgliteTemplate = inject('pgliteTemplate');
  if (pgliteTemplate) {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(pgliteTemplate)]) });
    return openDatabase({ pglite: client });
  }
  const adminUrl = inject('pgAdminUrl')!;
  const template = inject('pgTemplate')!;
  const name = `${template.replace('_tpl_', '_')}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${name} template ${template}`));
  const database = await openDatabase({ databaseUrl: withDatabase(adminUrl, name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // PostgreSQL refuses to clone a template while another clone of it is running: take turns.
    await client.query('select pg_advisory_lock(727271)');
    return await fn(client);
  } finally {
    await client.end();
  }
}
