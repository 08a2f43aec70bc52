/**
 * Imports the national catalogues (10,047 communes before the reform, then the 3,321 after it) through the
 * CLI into a fresh embedded database, and again to show the second import changes nothing.
 * Set DATABASE_URL to measure on PostgreSQL instead. Reads ../shared/data by path (never copied here).
 * Usage: npm run bench:import
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared/data');
const dataDir = mkdtempSync(path.join(tmpdir(), 'xaso-bench-import-'));

function importFile(file: string): void {
  const started = performance.now();
  const out = execFileSync(
    'node',
    ['--import', 'tsx', 'packages/server/src/cli/main.ts', 'import-units', path.join(shared, file)],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    },
  );
  console.log(
    `${((performance.now() - started) / 1000).toFixed(1)} s wall (incl. process start and migrations) — ${out.trim()}`,
  );
}

try {
  for (const file of [
    'units-2025-03-gso.json',
    'units-2025-03-gso.json',
    'units-2025-07-merges.json',
    'units-2025-07-merges.json',
  ]) {
    importFile(file);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
