import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsxBomb } from './support/zip-bombs.ts';

const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'xaso-cli-bomb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The command line imports through the same use case as the API, so the same guards apply: a 1 GB workbook is
// refused from its zip directory, with the Vietnamese message and a non-zero exit, and nothing is imported.
describe('npm run cli -- import-framework', { timeout: 120_000 }, () => {
  it('refuses a zip bomb with a Vietnamese message and exit code 1', async () => {
    const file = path.join(dir, 'bom.xlsx');
    writeFileSync(file, xlsxBomb());
    const res = await exec(
      'node',
      ['--import', 'tsx', 'packages/server/src/cli/main.ts', 'import-framework', file],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', LOG_LEVEL: 'silent' },
      },
    ).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Tệp Excel không được nhận');
    expect(res.stderr).toContain('tỉ lệ nén bất thường');
  });
});
