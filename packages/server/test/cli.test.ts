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

/** The command-line contract other systems script against (issue: frameworks as data). */
describe('npm run cli -- frameworks / score', { timeout: 120_000 }, () => {
  it('lists the shipped frameworks as JSON', async () => {
    const res = await cli(['frameworks', 'list', '--json']);
    const list = JSON.parse(res.stdout);
    expect(list.map((f: { id: string }) => f.id)).toEqual(
      expect.arrayContaining([
        'qd-1829-2023',
        'qd-3853-2022-commune',
        'commune-criteria-2022',
        'district-criteria-2022',
      ]),
    );
    expect(Object.keys(list[0]).sort()).toEqual(['id', 'kind', 'legalBasis', 'title', 'years']);
  });

  it('shows a framework normalised, with a target per year', async () => {
    const res = await cli(['frameworks', 'show', 'qd-1829-2023', '--json']);
    const framework = JSON.parse(res.stdout);
    const items = framework.groups.flatMap((g: { items: unknown[] }) => g.items);
    expect(items).toHaveLength(37);
    const item36 = items.find((i: { code: string }) => i.code === '3.6');
    expect(item36.targets).toEqual({
      '2023': { comparator: '>=', value: 10 },
      '2024': { comparator: '>=', value: 20 },
      '2025': { comparator: '>=', value: 30 },
    });
    expect(item36).toHaveProperty('maxPoints', null);
    expect(item36).toHaveProperty('provenance');
  });

  it('scores a results file and prints verdicts, points, totals and eligibility', async () => {
    const input = path.join(dir, 'ket-qua.json');
    writeFileSync(
      input,
      JSON.stringify({
        '7.4': { numerator: 7, denominator: 19 },
        '6.2': { numerator: 26, denominator: 55, typedPercent: 52.7 },
      }),
    );
    const res = await cli([
      'score',
      '--framework',
      'qd-3853-2022-commune',
      '--year',
      '2022',
      '--input',
      input,
      '--json',
    ]);
    const out = JSON.parse(res.stdout);
    const item = out.items.find((i: { code: string }) => i.code === '7.4');
    expect(item).toMatchObject({ code: '7.4', verdict: 'scored', points: 3.68 });
    expect(item.explanation).toContain('7/19 = 36,8% × 10 = 3,68 điểm');
    expect(out.items.find((i: { code: string }) => i.code === '6.2').warnings.length).toBeGreaterThan(0);
    expect(out.totals.total).toHaveProperty('points');
    expect(out.eligibility).toEqual({ eligible: false, reasons: expect.any(Array) });
  });

  it('exits non-zero with a Vietnamese message for invalid results', async () => {
    const input = path.join(dir, 'sai.json');
    writeFileSync(input, JSON.stringify({ '1.6': { numerator: 'nhiều' } }));
    const res = await cli([
      'score',
      '--framework',
      'qd-1829-2023',
      '--year',
      '2024',
      '--input',
      input,
      '--json',
    ]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('1.6.numerator: Tử số (numerator) phải là số');
  });
});
