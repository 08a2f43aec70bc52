/**
 * Start-up time of the bundled server (`npm start`) on an existing data directory: from spawning `node` to
 * the first answered /api/health.
 * The first start (migrations + demo data) is reported separately. Target: under 3 s on an existing directory.
 * Usage: npm run bench:startup [-- runs]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveCommand } from './support/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 5);
const dataDir = mkdtempSync(path.join(tmpdir(), 'xaso-bench-start-'));
const port = 3900;

async function startOnce(): Promise<number> {
  const started = performance.now();
  const child = spawn('node', serveCommand(), {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  await waitForHealth(child);
  const ms = performance.now() - started;
  await stop(child);
  return ms;
}

async function waitForHealth(child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

try {
  const first = await startOnce();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await startOnce());
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`first start (new data dir, migrations + demo data): ${(first / 1000).toFixed(2)} s`);
  console.log(
    `start on existing data dir, ${runs} runs: median ${(median / 1000).toFixed(2)} s, ` +
      `min ${(times[0]! / 1000).toFixed(2)} s, max ${(times.at(-1)! / 1000).toFixed(2)} s`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
