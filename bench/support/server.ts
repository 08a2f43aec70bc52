import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '../..');

/** The command `npm run serve` runs (the bundled server with its node flags), so benchmarks measure it. */
export function serveCommand(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [node, ...args] = pkg.scripts.serve!.split(' ');
  if (node !== 'node') throw new Error(`unexpected serve script: ${pkg.scripts.serve}`);
  return [...(process.env.XASO_BENCH_NODE_ARGS?.split(' ') ?? []), ...args];
}

export type BenchServer = { url: string; pid: number; stop(): Promise<void> };

/**
 * Starts the real server for a benchmark, as `npm run serve` runs it (build it first): embedded database in a fresh data directory, or — with
 * `postgresAdminUrl` — a fresh PostgreSQL database that is dropped afterwards.
 */
export async function startBenchServer(options: {
  port: number;
  postgresAdminUrl?: string;
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'xaso-bench-'));
  let databaseUrl = '';
  let dbName = '';
  if (options.postgresAdminUrl) {
    dbName = `xaso_bench_${process.pid}`;
    await admin(options.postgresAdminUrl, `create database ${dbName}`);
    const u = new URL(options.postgresAdminUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const child: ChildProcess = spawn(
    'node',
    [
      ...(process.env.XASO_BENCH_NODE_ARGS?.split(' ') ?? []),
      '--import',
      'tsx',
      'packages/server/src/main.ts',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(options.port),
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        ...options.env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${options.port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dataDir, { recursive: true, force: true });
      if (dbName && options.postgresAdminUrl)
        await admin(options.postgresAdminUrl, `drop database if exists ${dbName} with (force)`);
    },
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Logs in with a demo account; returns the headers a client sends (cookie and CSRF token). */
export async function loginHeaders(url: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'xaso-demo-2026' }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}
