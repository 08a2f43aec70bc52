import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/env.ts';
import { type Database, openDatabase } from './db/client.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-data.ts';
import { loadDemoData } from './demo/load-demo-data.ts';
import { buildApp } from './http/app.ts';
import { createLogger } from './http/logger.ts';
import { describeListenAddress, type ListenStatement } from './listen-address.ts';
import { ensureBundledFrameworks } from './modules/frameworks/bundled.ts';
import { startNotificationWorker } from './modules/notifications/notification-worker.ts';
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

export type RunningServer = {
  app: FastifyInstance;
  database: Database;
  /** An address that opens the app from this machine. */
  url: string;
  /** Where the server listens and who can reach it: the start banner says this, and nothing else does. */
  listening: ListenStatement;
  demoLoaded: boolean;
};

export async function startServer(config: Config): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const database = await openConfiguredDatabase(config);
  const now = () => new Date();
  const demoLoaded =
    config.nodeEnv === 'production' ? false : await loadDemoData({ db: database.db, now, log });
  const filesDir = path.join(config.dataDir, 'files');
  // Made at start rather than at the first upload: a DATA_DIR the service cannot write stops the start with
  // its path, and the nightly backup of files/ (README, Triển khai) finds the folder from the first day.
  await mkdir(filesDir, { recursive: true });
  const storage = new LocalFileStorage(filesDir);
  await storage.recoverStaging((key) => isKeyReferenced(database.db, key));
  const app = await buildApp({ db: database.db, now, storage, config, log });
  startNotificationWorker(app, { db: database.db, now, log, config });
  await listenWithoutFastifyLines(app, config);
  const listening = describeListenAddress(
    app.server.address() as AddressInfo,
    config.host,
    networkInterfaces(),
  );
  return { app, database, url: listening.url, listening, demoLoaded };
}

/**
 * Fastify logs "Server listening at …" at info once per address (for 0.0.0.0 one line per network interface),
 * a second account of where the server is beside the banner's. Its logger is raised to warn for the listen
 * call only, so that this is said once (main.ts's banner, from describeListenAddress). Requests' lines are not lost:
 * Fastify writes its lines in the listening callback and this function resumes before any request is read —
 * except with HOST=localhost, where Fastify binds a second address first, so a refusal (4xx, info) answered
 * in those few milliseconds would go unlogged.
 */
async function listenWithoutFastifyLines(app: FastifyInstance, config: Config): Promise<void> {
  const level = app.log.level;
  if (['trace', 'debug', 'info'].includes(level)) app.log.level = 'warn';
  try {
    await app.listen({ port: config.port, host: config.host });
  } finally {
    app.log.level = level;
  }
}

export function demoAccountsText(): string {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(18)} ${a.displayName}`);
  return `Tài khoản dùng thử (mật khẩu chung: ${DEMO_PASSWORD}):\n${lines.join('\n')}`;
}
