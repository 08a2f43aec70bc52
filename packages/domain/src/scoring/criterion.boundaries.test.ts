import { describe, expect, it } from 'vitest';
import type { Comparator, Measure } from '../framework/schema.ts';
import { EXCEEDED_MARGIN_POINTS, evaluateCriterion } from './evaluate-criterion.ts';
import type { ItemResult } from './types.ts';

// Every comparison in `evaluateCriterion`, with a case on each side of its boundary and one on it (issue 10,
// item 17): the five comparators on a ratio and on a count, the 5-point "Vượt chỉ tiêu" margin, levels, yes/no.

const ratio: Measure = { kind: 'ratio', numeratorLabel: 'a', denominatorLabel: 'b' };
const criterion = (comparator: Comparator, value: number | string, measure: Measure = ratio) => ({
  code: '1.6',
  measure,
  targets: { '2024': { comparator, value }, '2025': null },
});
const evaluate = (
  comparator: Comparator,
  value: number | string,
  result: ItemResult,
  measure: Measure = ratio,
  margin?: number,
) =>
  evaluateCriterion(
    criterion(comparator, value, measure),
    2024,
    result,
    margin === undefined ? {} : { exceededMargin: margin },
  );
/** n/1000 as a percentage: 700 → 70%, 699 → 69,9%. */
const perMille = (numerator: number): ItemResult => ({ numerator, denominator: 1000 });

describe('a ratio against each comparator: below, on and above the target', () => {
  it.each<[Comparator, number, string, string]>([
    ['>=', 699, 'not_met', '699/1.000 = 69,9% < 70%'],
    ['>=', 700, 'met', '700/1.000 = 70,0% ≥ 70%'],
    ['>=', 701, 'met', '701/1.000 = 70,1% ≥ 70%'],
    ['>', 699, 'not_met', '699/1.000 = 69,9% ≤ 70%'],
    ['>', 700, 'not_met', '700/1.000 = 70,0% ≤ 70%'],
    ['>', 701, 'met', '701/1.000 = 70,1% > 70%'],
    ['<=', 699, 'met', '699/1.000 = 69,9% ≤ 70%'],
    ['<=', 700, 'met', '700/1.000 = 70,0% ≤ 70%'],
    ['<=', 701, 'not_met', '701/1.000 = 70,1% > 70%'],
    ['<', 699, 'met', '699/1.000 = 69,9% < 70%'],
    ['<', 700, 'not_met', '700/1.000 = 70,0% ≥ 70%'],
    ['<', 701, 'not_met', '701/1.000 = 70,1% ≥ 70%'],
    ['=', 699, 'not_met', '699/1.000 = 69,9% ≠ 70%'],
    ['=', 700, 'met', '700/1.000 = 70,0% = 70%'],
    ['=', 701, 'not_met', '701/1.000 = 70,1% ≠ 70%'],
  ])('%s 70%%: %s/1000 → %s', (comparator, numerator, verdict, working) => {
    const result = evaluate(comparator, 70, perMille(numerator), ratio, 100);
    expect(result.verdict).toBe(verdict);
    expect(result.explanation).toBe(`${working} → ${verdict === 'met' ? 'Đạt' : 'Chưa đạt'}`);
  });

  it('float noise on the target counts as on it; a real difference does not', () => {
    // 57/100 × 100 is 56.99999999999999 in binary: on a 57% target, on either side of each comparator.
    const noisy = { numerator: 57, denominator: 100 };
    expect(evaluate('>=', 57, noisy).verdict).toBe('met');
    expect(evaluate('>', 57, noisy).verdict).toBe('not_met');
    expect(evaluate('<=', 57, noisy).verdict).toBe('met');
    expect(evaluate('<', 57, noisy).verdict).toBe('not_met');
    expect(evaluate('=', 57, noisy).verdict).toBe('met');
    // 1/100 000 of a point is a real difference.
    expect(evaluate('>=', 70, { numerator: 6999999, denominator: 10000000 }).verdict).toBe('not_met');
    expect(evaluate('>', 70, { numerator: 7000001, denominator: 10000000 }, ratio, 100).verdict).toBe('met');
    expect(evaluate('<=', 70, { numerator: 7000001, denominator: 10000000 }).verdict).toBe('not_met');
    expect(evaluate('<', 70, { numerator: 6999999, denominator: 10000000 }).verdict).toBe('met');
    expect(evaluate('=', 70, { numerator: 7000001, denominator: 10000000 }).verdict).toBe('not_met');
  });
});

describe('"Vượt chỉ tiêu": at least 5 percentage points above a target below 100%', () => {
  it('the margin is 5 points', () => {
    expect(EXCEEDED_MARGIN_POINTS).toBe(5);
  });

  it.each([
    [649, 'met', 'Đạt'],
    [650, 'exceeded', 'Vượt chỉ tiêu'],
    [651, 'exceeded', 'Vượt chỉ tiêu'],
  ])('%s/1000 against ≥ 60%% → %s', (numerator, verdict, label) => {
    const result = evaluate('>=', 60, perMille(numerator));
    expect(result.verdict).toBe(verdict);
    expect(result.explanation).toMatch(new RegExp(`≥ 60% → ${label}$`));
  });

  it('the same margin applies to a strict target', () => {
    expect(evaluate('>', 60, perMille(649)).verdict).toBe('met');
    expect(evaluate('>', 60, perMille(650)).verdict).toBe('exceeded');
  });

  it('a ceiling (≤, <) or an exact target is never exceeded, however far below it the figure is', () => {
    expect(evaluate('<=', 60, perMille(0)).verdict).toBe('met');
    expect(evaluate('<', 60, perMille(0)).verdict).toBe('met');
    expect(evaluate('=', 60, perMille(600)).verdict).toBe('met');
  });

  it('a target of 100% cannot be exceeded; one just below it can', () => {
    expect(evaluate('>=', 100, perMille(1000)).verdict).toBe('met');
    expect(evaluate('>=', 94, perMille(1000)).verdict).toBe('exceeded');
    expect(evaluate('>=', 99.5, perMille(1000), ratio, 0.5).verdict).toBe('exceeded');
  });

  it('the margin can be set: 10 points', () => {
    expect(evaluate('>=', 60, perMille(699), ratio, 10).verdict).toBe('met');
    expect(evaluate('>=', 60, perMille(700), ratio, 10).verdict).toBe('exceeded');
  });

  it('a figure not met is never exceeded, even with no margin', () => {
    expect(evaluate('>=', 60, perMille(599), ratio, 0).verdict).toBe('not_met');
  });
});

describe('a count against each comparator', () => {
  const count: Measure = { kind: 'count' };
  it.each<[Comparator, number, string, string]>([
    ['>=', 2, 'not_met', '2 < 3'],
    ['>=', 3, 'met', '3 ≥ 3'],
    ['>', 3, 'not_met', '3 ≤ 3'],
    ['>', 4, 'met', '4 > 3'],
    ['<=', 3, 'met', '3 ≤ 3'],
    ['<=', 4, 'not_met', '4 > 3'],
    ['<', 2, 'met', '2 < 3'],
    ['<', 3, 'not_met', '3 ≥ 3'],
    ['=', 3, 'met', '3 = 3'],
    ['=', 4, 'not_met', '4 ≠ 3'],
  ])('%s 3: %s → %s', (comparator, value, verdict, working) => {
    const result = evaluate(comparator, 3, { value }, count);
    expect(result).toMatchObject({ verdict, errors: [] });
    expect(result.explanation).toBe(`${working} → ${verdict === 'met' ? 'Đạt' : 'Chưa đạt'}`);
  });

  it('a count is never "Vượt chỉ tiêu", however far above the target', () => {
    expect(evaluate('>=', 3, { value: 300 }, count).verdict).toBe('met');
  });

  it('0 is a count; a negative, a missing or a non-finite count is an error naming the criterion', () => {
    expect(evaluate('>=', 0, { value: 0 }, count)).toMatchObject({ verdict: 'met', errors: [] });
    expect(evaluate('>=', 0, { value: -1 }, count)).toMatchObject({
      verdict: 'not_assessed',
      explanation: 'Không đánh giá được',
      errors: ['Tiêu chí 1.6: số lượng âm (-1)'],
    });
    for (const value of [undefined, Number.NaN, Number.POSITIVE_INFINITY, '3']) {
      expect(evaluate('>=', 0, { value, notes: 'x' } as ItemResult, count)).toMatchObject({
        verdict: 'not_assessed',
        errors: ['Tiêu chí 1.6: cần nhập số lượng'],
      });
    }
  });
});

describe('a level: ≥ counts the levels above, = only the level itself', () => {
  const level: Measure = { kind: 'level', levels: ['Thấp', 'Trung bình', 'Cao'] };
  it.each<[Comparator, string, string]>([
    ['>=', 'Thấp', 'not_met'],
    ['>=', 'Trung bình', 'met'],
    ['>=', 'Cao', 'met'],
    ['=', 'Thấp', 'not_met'],
    ['=', 'Trung bình', 'met'],
    ['=', 'Cao', 'not_met'],
  ])('%s "Trung bình": "%s" → %s', (comparator, value, verdict) => {
    expect(evaluate(comparator, 'Trung bình', { value }, level).verdict).toBe(verdict);
  });

  it('shows the level reached and the level needed', () => {
    expect(evaluate('>=', 'Trung bình', { value: 'Cao' }, level).explanation).toBe(
      '"Cao" (cần: từ "Trung bình") → Đạt',
    );
    expect(evaluate('=', 'Trung bình', { value: 'Cao' }, level).explanation).toBe(
      '"Cao" (cần: "Trung bình") → Chưa đạt',
    );
  });

  it('a level not in the list, or none, is an error listing the levels', () => {
    for (const [value, shown] of [
      ['Rất cao', 'Rất cao'],
      [3, '3'],
      [undefined, ''],
    ] as const) {
      expect(evaluate('>=', 'Thấp', { value, notes: 'x' } as ItemResult, level)).toMatchObject({
        verdict: 'not_assessed',
        errors: [`Tiêu chí 1.6: mức "${shown}" không có trong danh sách (Thấp; Trung bình; Cao)`],
      });
    }
  });
});

describe('yes/no', () => {
  const yesNo: Measure = { kind: 'yes_no' };
  it.each([
    ['Có', true, 'met', 'Có (cần: Có) → Đạt'],
    ['Có', false, 'not_met', 'Không (cần: Có) → Chưa đạt'],
    ['Không', false, 'met', 'Không (cần: Không) → Đạt'],
    ['Không', 'Có', 'not_met', 'Có (cần: Không) → Chưa đạt'],
  ] as const)('target %s, answer %s → %s', (goal, value, verdict, explanation) => {
    expect(evaluate('=', goal, { value }, yesNo)).toMatchObject({ verdict, explanation, errors: [] });
  });

  it('no answer: an error, unless the commune judged it itself', () => {
    expect(evaluate('=', 'Có', { value: 'có lẽ' }, yesNo)).toMatchObject({
      verdict: 'not_assessed',
      errors: ['Tiêu chí 1.6: cần nhập Có hoặc Không'],
    });
    expect(evaluate('=', 'Có', { selfJudgement: 'met' }, yesNo)).toMatchObject({
      verdict: 'met',
      explanation: 'Chỉ tiêu "Có", kết luận nhập tay → Đạt',
      warnings: [],
    });
  });

  it('an answer that decides disagrees with the commune’s judgement: a warning, the answer wins', () => {
    expect(evaluate('=', 'Có', { value: false, selfJudgement: 'met' }, yesNo)).toMatchObject({
      verdict: 'not_met',
      warnings: ['Xã tự đánh giá "Đạt" nhưng số liệu cho "Chưa đạt"'],
    });
  });
});

describe('what comes before the comparison', () => {
  it('a year the framework does not have, a year with no target, no result', () => {
    const item = criterion('>=', 70);
    expect(evaluateCriterion(item, 2030, perMille(800))).toMatchObject({
      verdict: 'not_assessed',
      explanation: 'Năm 2030 không thuộc bộ tiêu chí',
      errors: ['Tiêu chí 1.6: không có năm 2030'],
    });
    expect(evaluateCriterion(item, 2025, perMille(800))).toMatchObject({
      verdict: 'not_applicable',
      explanation: 'Không có chỉ tiêu năm 2025 → Không áp dụng',
    });
    for (const result of [undefined, {}]) {
      expect(evaluateCriterion(item, 2024, result)).toEqual({
        code: '1.6',
        verdict: 'not_assessed',
        explanation: 'Chưa có kết quả',
        warnings: [],
        errors: [],
      });
    }
  });

  it('a status set by the commune wins over any figures', () => {
    const figures = perMille(800);
    expect(evaluate('>=', 70, { ...figures, status: 'not_applicable' })).toMatchObject({
      verdict: 'not_applicable',
      explanation: 'Không áp dụng trong kỳ này',
    });
    expect(evaluate('>=', 70, { ...figures, status: 'not_assessed' })).toMatchObject({
      verdict: 'not_assessed',
      explanation: 'Chưa đánh giá',
    });
    expect(evaluate('>=', 70, { ...figures, status: 'not_started' })).toMatchObject({
      verdict: 'not_met',
      explanation: 'Chưa thực hiện → Chưa đạt',
    });
  });

  it('impossible figures beside a count are an error, though the count decides', () => {
    const result = evaluate('>=', 3, { value: 5, numerator: 5, denominator: 3 }, { kind: 'count' });
    expect(result).toMatchObject({
      verdict: 'not_assessed',
      explanation: 'Không đánh giá được',
      errors: ['Tiêu chí 1.6: Tử số 5 lớn hơn mẫu số 3'],
    });
  });

  it('impossible figures beside a qualitative ratio target are an error too', () => {
    const result = evaluate('*', '*', { selfJudgement: 'met', numerator: 5, denominator: 3 });
    expect(result).toMatchObject({
      verdict: 'not_assessed',
      errors: ['Tiêu chí 1.6: Tử số 5 lớn hơn mẫu số 3'],
    });
  });

  it('a ratio with a judgement and no figures uses the judgement, asking for the figures', () => {
    expect(evaluate('>=', 70, { selfJudgement: 'not_met' })).toEqual({
      code: '1.6',
      verdict: 'not_met',
      explanation: 'Chỉ tiêu ≥ 70%, kết luận nhập tay → Chưa đạt',
      warnings: ['Chỉ có kết luận, chưa có số liệu gốc (tử số/mẫu số): cần bổ sung'],
      errors: [],
    });
    // With any figure at all, the figures decide.
    expect(evaluate('>=', 70, { selfJudgement: 'met', numerator: 1 })).toMatchObject({
      verdict: 'not_assessed',
      errors: ['Tiêu chí 1.6: Thiếu mẫu số'],
    });
  });

  it('a qualitative target shows the value entered beside the commune’s judgement', () => {
    const text: Measure = { kind: 'text' };
    expect(evaluate('*', '*', { value: 'Đã triển khai', selfJudgement: 'met' }, text).explanation).toBe(
      'Kết quả: Đã triển khai; Đánh giá định tính, xã tự đánh giá → Đạt',
    );
    expect(evaluate('*', '*', { value: 1234.5, selfJudgement: 'met' }, text).explanation).toBe(
      'Kết quả: 1.234,5; Đánh giá định tính, xã tự đánh giá → Đạt',
    );
    expect(evaluate('*', '*', { value: true, selfJudgement: 'not_met' }, text).explanation).toBe(
      'Kết quả: Có; Đánh giá định tính, xã tự đánh giá → Chưa đạt',
    );
    expect(evaluate('*', '*', { value: false, selfJudgement: 'met' }, text).explanation).toBe(
      'Kết quả: Không; Đánh giá định tính, xã tự đánh giá → Đạt',
    );
    expect(evaluate('*', '*', { selfJudgement: 'met' }, text).explanation).toBe(
      'Đánh giá định tính, xã tự đánh giá → Đạt',
    );
  });

  it('a count or a level that decides disagrees with the commune’s judgement: a warning, the figures win', () => {
    expect(evaluate('>=', 3, { value: 2, selfJudgement: 'met' }, { kind: 'count' })).toMatchObject({
      verdict: 'not_met',
      warnings: ['Xã tự đánh giá "Đạt" nhưng số liệu cho "Chưa đạt"'],
    });
    const level: Measure = { kind: 'level', levels: ['Thấp', 'Cao'] };
    expect(evaluate('=', 'Cao', { value: 'Thấp', selfJudgement: 'met' }, level)).toMatchObject({
      verdict: 'not_met',
      warnings: ['Xã tự đánh giá "Đạt" nhưng số liệu cho "Chưa đạt"'],
    });
  });

  it('a judgement the figures do not decide is never called a disagreement', () => {
    const text: Measure = { kind: 'text' };
    expect(evaluate('*', '*', { value: 'x', selfJudgement: 'not_met' }, text).warnings).toEqual([]);
  });
});
