import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger, FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import type { Ctx } from '../../src/context.ts';
import type { Database } from '../../src/db/client.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { buildApp } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/deps.ts';
import { LocalFileStorage } from '../../src/storage/local-file-storage.ts';
import { createTestDatabase } from './test-database.ts';

/** A small upload limit keeps the oversized-file test fast. */
export const TEST_MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/** A clock tests can move. */
export class TestClock {
  constructor(private current = new Date('2026-03-02T02:00:00Z')) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  clock: TestClock;
  ctx: Ctx;
  /** Where this app's uploaded files are stored. */
  filesDir: string;
  /** Logs in and returns a client that sends the session cookie and CSRF token. */
  login(username: string, password?: string): Promise<Client>;
  /** A logged-in client per demo account, made once per file (argon2 makes each login cost ~30 ms). */
  as(username: string): Promise<Client>;
  close(): Promise<void>;
};

export type Client = {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  csrfToken: string;
  cookie: string;
};

/**
 * The real app on a fresh database holding the shipped frameworks and the demo units and accounts.
 * `soffice`: where the app looks for LibreOffice (default: PATH), e.g. a missing path to test its absence.
 * `config`: other settings to override (e.g. nodeEnv, trustProxy, apiDocs); `log`: a logger to read.
 */
export async function createTestApp(
  options: {
    soffice?: { SOFFICE_PATH?: string; PATH?: string };
    config?: Partial<AppDeps['config']>;
    log?: FastifyBaseLogger;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new TestClock();
  const log = pino({ level: 'silent' });
  const ctx: Ctx = { db: database.db, now: clock.now, log };
  const filesDir = mkdtempSync(path.join(tmpdir(), 'xaso-files-'));
  const storage = new LocalFileStorage(filesDir);
  const app = await buildApp({
    db: database.db,
    now: clock.now,
    storage,
    config: {
      sessionTtlHours: 12,
      secureCookies: false,
      webDist: '/nonexistent',
      logLevel: 'silent',
      nodeEnv: 'test',
      maxUploadBytes: TEST_MAX_UPLOAD_BYTES,
      soffice: options.soffice ?? { PATH: process.env.PATH ?? '' },
      ...options.config,
    },
    ...(options.log ? { log: options.log } : {}),
  });
  const login = async (username: string, password = DEMO_PASSWORD): Promise<Client> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    return clientFor(app, cookie, res.json().csrfToken);
  };
  const clients = new Map<string, Promise<Client>>();
  const as = (username: string) => {
    if (!clients.has(username)) clients.set(username, login(username));
    return clients.get(username)!;
  };
  return {
    app,
    database,
    clock,
    ctx,
    login,
    as,
    filesDir,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export function clientFor(app: FastifyInstance, cookie: string, csrfToken: string): Client {
  const request = (options: InjectOptions) =>
    app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...options.headers } });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    csrfToken,
    cookie,
  };
}
