import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'xaso-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  return exec('node', ['--import', 'tsx', 'packages/server/src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

/** The command line works on a fresh data directory (it migrates first) and is idempotent. */
// Each command starts a process that migrates a fresh database: seconds, more on a loaded 2-core machine.
describe('npm run cli -- import-units', { timeout: 120_000 }, () => {
  it('imports into a fresh data directory, then a second run changes nothing', async () => {
    const file = path.join(dir, 'units.json');
    writeFileSync(
      file,
      JSON.stringify({
        data_date: '01/03/2025',
        data: [
          {
            level1_id: '92',
            name: 'Tỉnh Mẫu',
            type: 'Tỉnh',
            level2s: [
              {
                level2_id: '920',
                name: 'Huyện Mẫu',
                type: 'Huyện',
                level3s: [{ level3_id: '92001', name: 'Xã Mẫu', type: 'Xã' }],
              },
            ],
          },
        ],
      }),
    );
    const first = await cli(['import-units', file]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('3 đơn vị mới');
    const second = await cli(['import-units', file]);
    expect(second.stdout).toContain('0 đơn vị mới');
    expect(second.stdout).toContain('3 không đổi');
  });

  it('exits non-zero with a Vietnamese message for a file that is not JSON', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '{ "data": [');
    const res = await cli(['import-units', file]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('bad.json: không phải JSON hợp lệ');
    expect(res.stderr).toContain('Không có dữ liệu nào được thay đổi.');
  });
});
