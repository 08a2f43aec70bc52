import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/env.ts';
import { type Database, openDatabase } from './db/client.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-data.ts';
import { loadDemoData } from './demo/load-demo-data.ts';
import { buildApp } from './http/app.ts';
import { createLogger } from './http/logger.ts';
import { ensureBundledFrameworks } from './modules/frameworks/bundled.ts';
import { LocalFileStorage } from './storage/local-file-storage.ts';
import { isKeyReferenced } from './storage/storage-references.ts';

/** Opens the database named by the config (migrating it) — shared by the server and the CLI. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, 'pglite'),
  });
  await database.migrate();
  await ensureBundledFrameworks({ db: database.db, now: () => new Date(), log: createLogger('warn') });
  return database;
}

export type RunningServer = { app: FastifyInstance; database: Database; url: string; demoLoaded: boolean };

export async function startServer(config: Config): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const database = await openConfiguredDatabase(config);
  const now = () => new Date();
  const demoLoaded =
    config.nodeEnv === 'production' ? false : await loadDemoData({ db: database.db, now, log });
  const storage = new LocalFileStorage(path.join(config.dataDir, 'files'));
  await storage.recoverStaging((key) => isKeyReferenced(database.db, key));
  const app = await buildApp({ db: database.db, now, storage, config, log });
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as { port: number }).port;
  const url = `http://localhost:${port}`;
  return { app, database, url, demoLoaded };
}

export function demoAccountsText(): string {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(18)} ${a.displayName}`);
  return `Tài khoản dùng thử (mật khẩu chung: ${DEMO_PASSWORD}):\n${lines.join('\n')}`;
}
