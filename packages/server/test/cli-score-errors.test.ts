import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'xaso-cli-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `score` on a results file in a process of its own, as a script would; never throws. */
async function score(framework: string, year: number, results: unknown, extra: string[] = []) {
  const input = path.join(dir, `${framework}-${year}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(input, JSON.stringify(results));
  const args = [
    'score',
    '--framework',
    framework,
    '--year',
    String(year),
    '--input',
    input,
    '--json',
    ...extra,
  ];
  return exec('node', ['--import', 'tsx', 'packages/server/src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

/** Issue 10 item 6: a results file with an item in error is bad input, not a score. */
// Each call starts a process (the first also migrates a fresh database): seconds on a loaded 2-core machine.
describe('npm run cli -- score: items in error', { timeout: 120_000 }, () => {
  it('numerator above denominator exits 1, names the indicator on stderr, still prints the results', async () => {
    const res = await score('qd-3853-2022-commune', 2022, {
      '7.4': { numerator: 20, denominator: 19 },
      '8.1': { numerator: 1068, denominator: 6633 },
      '9.99': { value: true },
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Có 2 lỗi, các mục này chưa được tính:');
    expect(res.stderr).toContain('Mã 9.99 không có trong bộ chỉ số (gõ nhầm?)');
    expect(res.stderr).toContain('Chỉ số 7.4: Tử số 20 lớn hơn mẫu số 19');
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    const out = JSON.parse(res.stdout);
    expect(out.items.find((i: { code: string }) => i.code === '7.4')).toMatchObject({ points: null });
    expect(out.items.find((i: { code: string }) => i.code === '8.1')).toMatchObject({ points: 1.61 });
  });

  it('a criterion in error and a code the framework lacks exit 1 and are both named', async () => {
    const res = await score('qd-1829-2023', 2024, {
      '1.6': { numerator: 80, denominator: 75 },
      '9.99': { numerator: 1, denominator: 2 },
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Có 2 lỗi, các mục này chưa được tính:');
    expect(res.stderr).toContain('Tiêu chí 1.6: Tử số 80 lớn hơn mẫu số 75');
    expect(res.stderr).toContain('Mã 9.99 không có trong bộ tiêu chí (gõ nhầm?)');
  });

  it('good figures exit 0 with nothing on stderr, warnings included; a decimal comma threshold is read', async () => {
    const res = await score(
      'qd-3853-2022-commune',
      2022,
      {
        '7.4': { numerator: 7, denominator: 19 },
        '6.2': { numerator: 26, denominator: 55, typedPercent: 52.7 },
      },
      ['--threshold', '0,5'],
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
  });

  it('a threshold that is not a percentage is refused (it made every commune silently ineligible)', async () => {
    const res = await score('qd-3853-2022-commune', 2022, {}, ['--threshold', 'bảy mươi']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--threshold phải là tỷ lệ phần trăm tổng điểm từ 0 đến 100');
    expect(res.stdout).toBe('');
  });
});
