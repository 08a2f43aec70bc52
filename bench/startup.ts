/**
 * Start-up time of the bundled server on an existing data directory: from spawning `node` (as `npm run serve`
 * does) to the first answered /api/health, then the same for the whole `npm start` (its build finds nothing
 * changed and skips). The first start (migrations + demo data) is reported separately. Target: under 3 s on an
 * existing directory. Usage: npm run bench:startup [-- runs]
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveCommand } from './support/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 5);
const dataDir = mkdtempSync(path.join(tmpdir(), 'xaso-bench-start-'));
const port = 3900;

/** `node` with the serve script's flags, or the whole `npm start` (in its own process group, to stop it all). */
async function startOnce(how: 'serve' | 'npm start' = 'serve'): Promise<number> {
  const started = performance.now();
  const [command, args] = how === 'serve' ? ['node', serveCommand()] : ['npm', ['start']];
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: 'ignore',
    detached: how === 'npm start',
  });
  await waitForHealth(child);
  const ms = performance.now() - started;
  await stop(child, how === 'npm start');
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

function stop(child: ChildProcess, group = false): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    if (group) process.kill(-child.pid!, 'SIGTERM');
    else child.kill('SIGTERM');
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${seconds(median)}, min ${seconds(sorted[0]!)}, max ${seconds(sorted.at(-1)!)}`;
}

// Builds whatever changed, so that the measured `npm start` runs find nothing to rebuild.
if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' }).status !== 0)
  throw new Error('npm run build failed');

try {
  const first = await startOnce();
  // Alternating, so that both see the same load on a shared machine.
  const serve: number[] = [];
  const npmStart: number[] = [];
  for (let i = 0; i < runs; i++) {
    serve.push(await startOnce('serve'));
    npmStart.push(await startOnce('npm start'));
  }
  console.log(`first start (new data dir, migrations + demo data): ${seconds(first)}`);
  console.log(`start on existing data dir (npm run serve), ${runs} runs: ${summary(serve)}`);
  console.log(`npm start on existing data dir, nothing to rebuild, ${runs} runs: ${summary(npmStart)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
