/**
 * How long each framework-import bomb takes to be refused, how slow /api/health is while they are handled, and
 * how much the server's memory grows. Runs the bundled server (build it first); the test that stays
 * (packages/server/test/import-bombs.test.ts) asserts the same things without timings.
 * Usage: npm run bench:import-bombs
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IMPORT_LIMITS } from '../packages/server/src/modules/frameworks/parse/import-limits.ts';
import { multipartBody, startChildServer } from '../packages/server/test/support/child-server.ts';
import { yamlBillionLaughs, yamlManyKeys } from '../packages/server/test/support/yaml-bombs.ts';
import { lyingXlsxBomb, xlsxBomb } from '../packages/server/test/support/zip-bombs.ts';

const server = await startChildServer({ bundle: true });
const headers = await server.login('admin');
const real = readFileSync(
  path.resolve(import.meta.dirname, '../frameworks/thanh-hoa/qd-1829-2023.yaml'),
  'utf8',
);

async function send(name: string, bytes: Buffer | string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${server.url}/api/frameworks/validate`, {
    method: 'POST',
    headers,
    body: multipartBody(name, bytes),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

const bombs: [string, () => Buffer | string][] = [
  ['real framework (qd-1829-2023.yaml, 27 KB)', () => real],
  ['1 GB sheet, honest directory (1 MB .xlsx)', xlsxBomb],
  ['1 GB sheet, lying directory (1 MB .xlsx)', lyingXlsxBomb],
  ['40,000 YAML keys (525 KB)', () => yamlManyKeys(40_000)],
  ['billion laughs YAML', yamlBillionLaughs],
  ['5 MB + 1 byte', () => Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 0x20)],
];
try {
  await send('warm.yaml', real);
  const idle = server.memoryKb();
  console.log('one at a time (median of 5):');
  for (const [label, make] of bombs) {
    const bytes = make();
    const runs: { status: number; ms: number }[] = [];
    for (let i = 0; i < 5; i++) runs.push(await send('bom', bytes));
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `  ${label}: HTTP ${runs[0]?.status}, ${ms[2]?.toFixed(0)} ms (min ${ms[0]?.toFixed(0)}, max ${ms[4]?.toFixed(0)})`,
    );
  }

  // The test's burst: eleven bombs at once, health checks one after another until the last is answered.
  const burst = [
    ...[1, 2, 3, 4].map(() => xlsxBomb()),
    ...[1, 2].map(() => lyingXlsxBomb()),
    ...[1, 2, 3].map(() => yamlManyKeys(40_000)),
    yamlBillionLaughs(),
    Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 0x20),
  ];
  const started = performance.now();
  let pending = burst.length;
  const answers = burst.map((bytes) => send('bom', bytes).finally(() => pending--));
  const health: number[] = [];
  while (pending > 0) {
    const t = performance.now();
    await (await fetch(`${server.url}/api/health`)).arrayBuffer();
    health.push(performance.now() - t);
  }
  const statuses = (await Promise.all(answers)).map((a) => a.status);
  const total = performance.now() - started;
  health.sort((a, b) => a - b);
  const pct = (p: number) => health[Math.min(health.length - 1, Math.floor(p * health.length))]?.toFixed(1);
  const memory = server.memoryKb();
  console.log(
    `burst of ${burst.length}: all answered in ${total.toFixed(0)} ms (statuses ${[...new Set(statuses)].join(', ')}); ` +
      `${health.length} health checks meanwhile: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${health.at(-1)?.toFixed(1)} ms`,
  );
  console.log(
    `memory: idle RSS ${(idle.rss / 1024).toFixed(0)} MB, peak before the bombs ${(idle.peak / 1024).toFixed(0)} MB, ` +
      `after ${(memory.peak / 1024).toFixed(0)} MB (RSS now ${(memory.rss / 1024).toFixed(0)} MB); alive: ${server.alive()}`,
  );
} finally {
  await server.stop();
}
