import { readFile } from 'node:fs/promises';
import { resultsInputSchema } from '@xaso/domain/scoring/results-input';
import { AppError } from '../../http/app-error.ts';
import { evaluateResults } from '../../modules/frameworks/use-cases/evaluate-results.ts';
import { type CliIo, withDatabase } from '../cli-support.ts';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** "70", "70.5" or "70,5" (Vietnamese decimal comma) within 0–100; null for anything else. */
function readThreshold(text: string): number | null {
  if (!/^\d+([.,]\d+)?$/.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return value <= 100 ? value : null;
}

/**
 * Scoring still prints everything (a script reads the JSON), but an item the engine could not evaluate
 * (numerator above denominator, a missing figure, points out of range, an indicator whose maximum is not
 * published yet) or a code the framework does not have leaves the total incomplete: each is named on stderr and
 * the command exits 1, so a script cannot take a partial total as good.
 */
function failIfErrors(
  outcome: { items: { code: string; errors: string[] }[]; unknownCodes: string[]; totals: unknown },
  io: CliIo,
): number {
  // Only an index has totals: name the framework as what it is.
  const framework = outcome.totals === null ? 'bộ tiêu chí' : 'bộ chỉ số';
  const lines = [
    ...outcome.items.flatMap((item) => item.errors),
    ...outcome.unknownCodes.map((code) => `Mã ${code} không có trong ${framework} (gõ nhầm?)`),
  ];
  if (lines.length === 0) return 0;
  return io.fail(`Có ${lines.length} lỗi, các mục này chưa được tính:\n  ${lines.join('\n  ')}`);
}

/**
 * `score --framework ID --year YYYY --input FILE.json [--threshold 70] [--json]`: per item the verdict, points,
 * explanation and warnings, then totals and eligibility. Invalid input exits 1 with a Vietnamese message; so
 * does a result file with an item in error or an unknown code (the results are still printed).
 */
export async function scoreCommand(args: string[], io: CliIo): Promise<number> {
  const frameworkId = option(args, '--framework');
  const year = Number(option(args, '--year'));
  const input = option(args, '--input');
  const threshold = option(args, '--threshold');
  if (!frameworkId || !input || !Number.isInteger(year)) {
    return io.fail(
      'Cách dùng: score --framework ID --year YYYY --input KET-QUA.json [--threshold 70] [--json]',
      2,
    );
  }
  // A threshold that is not a percentage would make every commune silently ineligible ("trên NaN%").
  const thresholdValue = threshold === undefined ? undefined : readThreshold(threshold);
  if (args.includes('--threshold') && (thresholdValue === undefined || thresholdValue === null)) {
    return io.fail(
      `--threshold phải là tỷ lệ phần trăm tổng điểm từ 0 đến 100, ví dụ --threshold 70 (nhận được: ${threshold ?? 'không có giá trị'}).`,
      2,
    );
  }
  let results: ReturnType<typeof resultsInputSchema.parse>;
  try {
    const parsed = resultsInputSchema.safeParse(JSON.parse(await readFile(input, 'utf8')));
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(gốc)'}: ${i.message}`);
      return io.fail(`Tệp kết quả ${input} không hợp lệ:\n${lines.join('\n')}`);
    }
    results = parsed.data;
  } catch (err) {
    return io.fail(`Không đọc được tệp kết quả ${input}: ${(err as Error).message}`);
  }
  return withDatabase(async (ctx) => {
    try {
      const outcome = await evaluateResults(ctx.db, {
        frameworkId,
        year,
        results,
        threshold: thresholdValue ?? undefined,
      });
      if (args.includes('--json')) {
        io.out(JSON.stringify(outcome, null, 2));
      } else {
        for (const item of outcome.items) {
          io.out(`${item.code.padEnd(6)} ${item.explanation}`);
          for (const w of [...item.errors, ...item.warnings]) io.out(`       ! ${w}`);
        }
        if (outcome.totals) io.out(`Tổng: ${outcome.totals.total.explanation}`);
        io.out(
          outcome.eligibility.eligible
            ? 'Đủ điều kiện.'
            : `Chưa đủ điều kiện:\n  ${outcome.eligibility.reasons.join('\n  ')}`,
        );
      }
      return failIfErrors(outcome, io);
    } catch (err) {
      if (err instanceof AppError) {
        const detail = err.fields ? Object.values(err.fields).join(' ') : err.message;
        return io.fail(err.code === 'NOT_FOUND' ? `Không có bộ tiêu chí/chỉ số "${frameworkId}".` : detail);
      }
      throw err;
    }
  });
}
