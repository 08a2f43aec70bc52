/**
 * Crash test for evidence storage (issue 9, test that stays): the bundled server takes concurrent uploads, is
 * killed with SIGKILL in the middle of them (twice), and restarted on the same data directory. Then:
 * - every upload that was answered 200 is listed after the restart, and its file reads back with its hash;
 * - right after each restart, staging holds no file (the start cleaned what the killed process left);
 * - `check-storage` finds no file without a row, no row without its file and nothing left in staging.
 * Exits 1 on any failure. About a minute. Build the server first (the npm script does).
 * Usage: npm run bench:crash                       (embedded PGlite)
 *        XASO_CRASH_PG=postgres://postgres@127.0.0.1:5432/postgres npm run bench:crash   (PostgreSQL: a
 *        database is created for the run and dropped after)
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { loginHeaders, serveCommand } from './support/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const CLIENTS = 12;
const CRASHES = 2;
/** Each load phase runs this long before the kill (a random point in it, so the kill lands anywhere). */
const LOAD_MS = [2500, 4500];
const WATCHDOG_MS = 240_000;
const started = performance.now();

type Ack = { id: string; sha256: string; duplicate: boolean };
const acks: Ack[] = [];
const failures: string[] = [];
let refusedByHttp = 0;
let cutByKill = 0;

const adminUrl = process.env.XASO_CRASH_PG;
const dataDir = mkdtempSync(path.join(tmpdir(), 'xaso-crash-'));
const filesDir = path.join(dataDir, 'files');
const dbName = `xaso_crash_${process.pid}`;
let databaseUrl = '';
if (adminUrl) {
  await admin(adminUrl, `create database ${dbName}`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  databaseUrl = u.toString();
}
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };
/** The server process running now, for the watchdog. */
let current: ChildProcess | null = null;
// Bounded for CI: a hang anywhere (a server that never answers, a stuck check) fails the run instead.
const watchdog = setTimeout(() => {
  console.error(`FAILED: not finished within ${WATCHDOG_MS / 1000} s`);
  current?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

try {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let server = await start(port, url);
  let communeId = '';
  for (let crash = 1; crash <= CRASHES + 1; crash++) {
    const headers = await loginHeaders(url, 'canbo.batmot');
    if (!communeId) communeId = await batMot(url, headers);
    if (crash > CRASHES) break;
    const running = { on: true };
    const inFlight = { n: 0 };
    const load = Array.from({ length: CLIENTS }, (_, i) =>
      client(url, headers, communeId, i, running, inFlight),
    );
    await sleep(LOAD_MS[0]! + Math.random() * (LOAD_MS[1]! - LOAD_MS[0]!));
    const atKill = inFlight.n;
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
    running.on = false;
    await Promise.all(load);
    const left = stagedFiles();
    console.log(
      `crash ${crash}: kill -9 with ${atKill} uploads in flight; ${acks.length} acknowledged so far; ` +
        `staging after the kill: ${left.count} files, ${(left.bytes / 1024 / 1024).toFixed(1)} MB ` +
        `(${left.placed} placed before their row was written)`,
    );
    server = await start(port, url);
    const after = stagedFiles();
    if (after.count > 0) failures.push(`after restart ${crash}, staging still holds ${after.count} files`);
  }

  const documents = await verifyAcknowledged(url, await loginHeaders(url, 'canbo.batmot'), communeId);
  await stop(server);
  const check = await checkStorage();
  const stored = listStored();
  console.log(
    `${acks.length} uploads acknowledged (${acks.filter((a) => a.duplicate).length} as duplicates), ` +
      `${cutByKill} cut by the kills, ${refusedByHttp} refused; ${documents} documents listed (some written ` +
      `but cut before their answer), ` +
      `${stored} files stored; check-storage: ${check.orphans} orphan files, ${check.missing} rows without a file, ` +
      `${check.staging} staged leftovers; ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(${adminUrl ? 'PostgreSQL' : 'PGlite'})`,
  );
  if (acks.length === 0) failures.push('no upload was acknowledged');
  if (check.code !== 0) failures.push(`check-storage exited ${check.code}: ${check.output}`);
} catch (err) {
  failures.push(String((err as Error).stack ?? err));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (adminUrl) await admin(adminUrl, `drop database if exists ${dbName} with (force)`);
}
if (failures.length > 0) {
  console.error(`FAILED:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('OK: no acknowledged upload lost, no orphan file, no row without its file, staging empty');

/** One client uploading until told to stop; one upload in ten repeats an earlier file (a duplicate). */
async function client(
  url: string,
  headers: Record<string, string>,
  communeId: string,
  index: number,
  running: { on: boolean },
  inFlight: { n: number },
) {
  const mine: Buffer[] = [];
  for (let n = 0; running.on; n++) {
    const repeat = mine.length > 0 && Math.random() < 0.1;
    const bytes = repeat
      ? mine[Math.floor(Math.random() * mine.length)]!
      : Buffer.concat([
          Buffer.from('%PDF-1.4\n'),
          randomBytes(64 * 1024 + Math.floor(Math.random() * 1536 * 1024)),
        ]);
    if (!repeat) mine.push(bytes);
    const form = new FormData();
    form.set('docNumber', `${index}-${n}/BC-CRASH`);
    form.set('docDate', '2024-03-15');
    form.set('issuer', 'UBND xã Bát Mọt');
    form.set('summary', 'Thử tắt đột ngột khi đang tải lên');
    form.set('file', new Blob([bytes]), `tai-lieu-${index}-${n}.pdf`);
    inFlight.n += 1;
    try {
      const res = await fetch(`${url}/api/communes/${communeId}/evidence`, {
        method: 'POST',
        headers: { cookie: headers.cookie!, 'x-csrf-token': headers['x-csrf-token']! },
        body: form,
      });
      const body = (await res.json()) as { evidence?: { id: string; sha256: string }; duplicate?: boolean };
      if (res.status === 200 && body.evidence) {
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        if (body.evidence.sha256 !== sha256) failures.push(`upload answered with another file's hash`);
        acks.push({ id: body.evidence.id, sha256, duplicate: body.duplicate === true });
      } else {
        refusedByHttp += 1;
        failures.push(`upload answered ${res.status}: ${JSON.stringify(body)}`);
      }
    } catch {
      // The server was killed while this upload was on its way: not acknowledged, so nothing is promised.
      cutByKill += 1;
      return;
    } finally {
      inFlight.n -= 1;
    }
  }
}

/** Every acknowledged upload is listed after the restarts, and its file reads back with its hash. */
async function verifyAcknowledged(url: string, headers: Record<string, string>, communeId: string) {
  const res = await fetch(`${url}/api/communes/${communeId}/evidence`, { headers });
  const { items } = (await res.json()) as { items: Array<{ id: string; sha256: string }> };
  const listed = new Map(items.map((i) => [i.id, i.sha256]));
  const ids = [...new Set(acks.map((a) => a.id))];
  for (const ack of acks) {
    if (listed.get(ack.id) !== ack.sha256) failures.push(`acknowledged upload ${ack.id} is not listed`);
  }
  const queue = [...ids];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let id = queue.pop(); id; id = queue.pop()) {
        const file = await fetch(`${url}/api/evidence/${id}/file`, { headers });
        const bytes = Buffer.from(await file.arrayBuffer());
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        if (file.status !== 200 || sha256 !== listed.get(id))
          failures.push(`file of ${id}: HTTP ${file.status}, ${bytes.length} bytes, hash differs`);
      }
    }),
  );
  console.log(`${ids.length} acknowledged documents listed and read back with their hashes`);
  return items.length;
}

function start(port: number, url: string): Promise<ChildProcess> {
  const child = spawn('node', [...serveCommand()], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  current = child;
  const begun = performance.now();
  return (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (performance.now() - begun > 60_000) throw new Error('server did not start within 60 s');
      await sleep(50);
    }
    return child;
  })();
}

async function stop(child: ChildProcess) {
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function checkStorage() {
  const run = await promisify(execFile)(
    'node',
    ['--import', 'tsx', 'packages/server/src/cli/main.ts', 'check-storage', '--json'],
    { cwd: root, env },
  ).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  try {
    const report = JSON.parse(run.stdout) as { orphans: string[]; missing: unknown[]; staging: string[] };
    return {
      code: run.code,
      orphans: report.orphans.length,
      missing: report.missing.length,
      staging: report.staging.length,
      output: run.stdout,
    };
  } catch {
    return { code: run.code || 1, orphans: -1, missing: -1, staging: -1, output: run.stderr || run.stdout };
  }
}

async function batMot(url: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(`${url}/api/org-units?q=${encodeURIComponent('Bát Mọt')}`, { headers });
  const { items } = (await res.json()) as { items: Array<{ id: string; name: string }> };
  const commune = items.find((u) => u.name === 'Xã Bát Mọt');
  if (!commune) throw new Error('Xã Bát Mọt not found');
  return commune.id;
}

function walk(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((f) => path.join(dir, f))
      .filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
  } catch {
    return [];
  }
}

function stagedFiles() {
  const files = walk(path.join(filesDir, 'tmp'));
  return {
    placed: files.filter((f) => path.basename(f).startsWith('placed.')).length,
    count: files.length,
    bytes: files.reduce((sum, f) => sum + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0),
  };
}

function listStored(): number {
  return walk(filesDir).filter((f) => !path.relative(filesDir, f).startsWith('tmp')).length;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function admin(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
