import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.ts';
import { evidence, orgUnits } from '../src/db/schema.ts';
import { loadDemoData } from '../src/demo/load-demo-data.ts';
import { openConfiguredDatabase } from '../src/server.ts';

const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'xaso-check-storage-'));
const dataDir = path.join(dir, 'data');
const filesDir = path.join(dataDir, 'files');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  return exec('node', ['--import', 'tsx', 'packages/server/src/cli/main.ts', 'check-storage', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

/** Writes evidence rows straight into the data directory's database (the CLI opens it after). */
async function addEvidenceRows(keys: string[]): Promise<string> {
  const database = await openConfiguredDatabase(
    loadConfig({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }),
  );
  try {
    const log = pino({ level: 'silent' });
    await loadDemoData({ db: database.db, now: () => new Date(), log });
    const [commune] = await database.db.select().from(orgUnits).where(eq(orgUnits.type, 'commune')).limit(1);
    for (const [i, key] of keys.entries()) {
      await database.db.insert(evidence).values({
        communeId: commune!.id,
        sha256: `${i}`.padStart(64, '0'),
        storageKey: key.replace('COMMUNE', commune!.id),
        fileName: `tai-lieu-${i}.pdf`,
        mediaType: 'application/pdf',
        size: 8,
        uploadedAt: new Date(),
      });
    }
    return commune!.id;
  } finally {
    await database.close();
  }
}

function writeFile(relative: string) {
  mkdirSync(path.dirname(path.join(filesDir, relative)), { recursive: true });
  writeFileSync(path.join(filesDir, relative), '%PDF-1.4');
}

// Each command starts a process that opens the embedded database: seconds, more on a loaded 2-core machine.
describe('npm run cli -- check-storage', { timeout: 180_000 }, () => {
  it('finds nothing wrong in a fresh data directory', async () => {
    const res = await cli([]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Tệp không thuộc bản ghi nào: 0');
    expect(res.stdout).toContain('Kho tệp khớp với cơ sở dữ liệu.');
  });

  it('lists files no row names, rows without their file and abandoned staging; deletes what it may', async () => {
    const kept = `COMMUNE/${randomUUID()}`;
    const lost = `COMMUNE/${randomUUID()}`;
    const communeId = await addEvidenceRows([kept, lost]);
    writeFile(kept.replace('COMMUNE', communeId));
    const orphan = `${communeId}/${randomUUID()}`;
    writeFile(orphan);
    // What a killed process left: a partial upload in its staging folder (pid above Linux's maximum).
    const deadStaging = `tmp/${hostname().replace(/[^A-Za-z0-9-]/g, '-')}.${2 ** 22 + 1}`;
    writeFile(`${deadStaging}/${randomUUID()}`);

    const text = await cli([]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(`Tệp không thuộc bản ghi nào: 1\n  ${orphan}`);
    expect(text.stderr).toContain('Bản ghi thiếu tệp: 1');
    expect(text.stderr).toContain(`minh chứng`);
    expect(text.stderr).toContain(`"tai-lieu-1.pdf": ${lost.replace('COMMUNE', communeId)}`);
    expect(text.stderr).toContain('Tệp tạm bị bỏ lại (tiến trình đã dừng): 1');

    const json = await cli(['--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ ok: false, orphans: [orphan], staging: [expect.any(String)] });
    expect(report.missing).toEqual([
      expect.objectContaining({ table: 'evidence', key: lost.replace('COMMUNE', communeId) }),
    ]);

    const repaired = await cli(['--delete-orphans']);
    // The row without its file cannot be repaired here: still an error.
    expect(repaired.code).toBe(1);
    expect(repaired.stderr).toContain('Đã xoá 2 tệp');
    expect(existsSync(path.join(filesDir, orphan))).toBe(false);
    expect(existsSync(path.join(filesDir, kept.replace('COMMUNE', communeId)))).toBe(true);
    expect(readdirSync(path.join(filesDir, 'tmp'))).toEqual([]);
    const after = JSON.parse((await cli(['--json'])).stdout);
    expect(after).toMatchObject({ orphans: [], staging: [], missing: [expect.anything()] });
  });
});
