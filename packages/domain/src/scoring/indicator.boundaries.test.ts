import { describe, expect, it } from 'vitest';
import type { Measure, Rule } from '../framework/schema.ts';
import { scoreIndicator } from './score-indicator.ts';
import type { ItemResult } from './types.ts';

// Every comparison in `scoreIndicator`, with a case on each side of its boundary (issue 10, item 17): the
// threshold rate with both comparators, the range of self-scored points, tiers, yes/no and the clamp to the
// maximum.

const ratio: Measure = { kind: 'ratio', numeratorLabel: 'a', denominatorLabel: 'b' };
const indicator = (rule: Rule | null, maxPoints: number | null = 10, measure: Measure = ratio) => ({
  code: '6.2',
  measure,
  maxPoints,
  rule,
});
const perMille = (numerator: number): ItemResult => ({ numerator, denominator: 1000 });

describe('threshold: full points when the rate is reached, else 0', () => {
  it.each<['>=' | '>', number, number, string]>([
    ['>=', 499, 0, '499/1.000 = 49,9% < 50% → 0 điểm'],
    ['>=', 500, 10, '500/1.000 = 50,0% ≥ 50% → 10 điểm'],
    ['>=', 501, 10, '501/1.000 = 50,1% ≥ 50% → 10 điểm'],
    ['>', 499, 0, '499/1.000 = 49,9% ≤ 50% → 0 điểm'],
    ['>', 500, 0, '500/1.000 = 50,0% ≤ 50% → 0 điểm'],
    ['>', 501, 10, '501/1.000 = 50,1% > 50% → 10 điểm'],
  ])('%s 50%%: %s/1000 → %s points', (comparator, numerator, points, explanation) => {
    const score = scoreIndicator(indicator({ kind: 'threshold', rate: 50, comparator }), perMille(numerator));
    expect(score).toMatchObject({ points, status: 'scored', explanation, errors: [] });
  });

  it('float noise on the rate counts as on it; a real difference does not', () => {
    // 57/100 × 100 is 56.99999999999999 in binary.
    const noisy = { numerator: 57, denominator: 100 };
    const at = (comparator: '>=' | '>', result: ItemResult) =>
      scoreIndicator(indicator({ kind: 'threshold', rate: 57, comparator }), result).points;
    expect(at('>=', noisy)).toBe(10);
    expect(at('>', noisy)).toBe(0);
    expect(at('>=', { numerator: 5699999, denominator: 10000000 })).toBe(0);
    expect(at('>', { numerator: 5700001, denominator: 10000000 })).toBe(10);
  });

  it('shows the figure to as many decimals as it takes to tell it from the rate', () => {
    const score = scoreIndicator(indicator({ kind: 'threshold', rate: 50, comparator: '>=' }), {
      numerator: 4999,
      denominator: 10000,
    });
    expect(score.explanation).toBe('4.999/10.000 = 49,99% < 50% → 0 điểm');
  });

  it('an unknown maximum is an error, naming the working, not a guess', () => {
    const score = scoreIndicator(indicator({ kind: 'threshold', rate: 50, comparator: '>=' }, null), {
      ...perMille(600),
      selfPoints: 10,
    });
    expect(score).toEqual({
      code: '6.2',
      points: null,
      maxPoints: null,
      status: 'not_assessed',
      explanation: '600/1.000 = 60,0%; chưa biết điểm tối đa → chưa tính điểm',
      warnings: ['Chưa kiểm tra được điểm tự chấm 10: chưa biết điểm tối đa'],
      errors: ['Chỉ số 6.2: chưa biết điểm tối đa (cần đối chiếu phụ lục của quyết định)'],
    });
  });
});

describe('proportional', () => {
  it('0 and 100% give 0 and the maximum; bad figures give no points and the reason', () => {
    const proportional = indicator({ kind: 'proportional' });
    expect(scoreIndicator(proportional, perMille(0))).toMatchObject({ points: 0, status: 'scored' });
    expect(scoreIndicator(proportional, perMille(1000))).toMatchObject({
      points: 10,
      explanation: '1.000/1.000 = 100,0% × 10 = 10 điểm',
    });
    expect(scoreIndicator(proportional, { numerator: 11, denominator: 10 })).toEqual({
      code: '6.2',
      points: null,
      maxPoints: 10,
      status: 'not_assessed',
      explanation: 'Không tính được điểm',
      warnings: [],
      errors: ['Chỉ số 6.2: Tử số 11 lớn hơn mẫu số 10'],
    });
  });
});

describe('self-scored points of an indicator scored by a person', () => {
  const manual = (min: number, max: number | null, maxPoints: number | null = 10) =>
    indicator({ kind: 'manual', min, max }, maxPoints);

  it.each([
    [0.99, false],
    [1, true],
    [8, true],
    [8.01, false],
  ])('in [1, 8]: %s accepted: %s', (points, accepted) => {
    const score = scoreIndicator(manual(1, 8), { selfPoints: points });
    expect(score.points).toBe(accepted ? points : null);
    expect(score.errors).toHaveLength(accepted ? 0 : 1);
  });

  it('with no rule maximum the indicator maximum bounds the points', () => {
    expect(scoreIndicator(manual(0, null), { selfPoints: 10 }).points).toBe(10);
    expect(scoreIndicator(manual(0, null), { selfPoints: 10.01 }).points).toBeNull();
  });

  it('with no maximum at all any points at or above the minimum pass, with a warning', () => {
    expect(scoreIndicator(manual(0, null, null), { selfPoints: 500 })).toMatchObject({
      points: 500,
      warnings: ['Chưa biết điểm tối đa: chưa kiểm tra được giới hạn trên của điểm tự chấm'],
      errors: [],
    });
  });

  it('no points, or points that are not a number, are an error', () => {
    for (const selfPoints of [undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      const score = scoreIndicator(manual(0, 10), { selfPoints, value: 'x' } as ItemResult);
      expect(score.points).toBeNull();
      expect(score.errors).toHaveLength(1);
    }
  });
});

describe('tiers and yes/no', () => {
  const levels: Measure = { kind: 'level', levels: ['Chưa có', 'Một phần', 'Đầy đủ'] };
  const tiered = (maxPoints: number | null) =>
    indicator(
      {
        kind: 'tiered',
        tiers: [
          { level: 'Chưa có', points: 0 },
          { level: 'Một phần', points: 5 },
          { level: 'Đầy đủ', points: 12 },
        ],
      },
      maxPoints,
      levels,
    );

  it('a tier worth more than the maximum is cut to the maximum; one within it is kept', () => {
    expect(scoreIndicator(tiered(10), { value: 'Một phần' })).toMatchObject({
      points: 5,
      explanation: 'Mức "Một phần" → 5 điểm',
    });
    expect(scoreIndicator(tiered(10), { value: 'Đầy đủ' })).toMatchObject({
      points: 10,
      explanation: 'Mức "Đầy đủ" → 10 điểm',
    });
    expect(scoreIndicator(tiered(null), { value: 'Đầy đủ' }).points).toBe(12);
  });

  it('a level that is not a tier is an error naming what was entered', () => {
    expect(scoreIndicator(tiered(10), { value: 'Khác' }).errors).toEqual([
      'Chỉ số 6.2: mức "Khác" không có trong các mức chấm',
    ]);
    expect(scoreIndicator(tiered(10), { selfPoints: 5 }).errors).toEqual([
      'Chỉ số 6.2: mức "" không có trong các mức chấm',
    ]);
  });

  it('yes/no: the maximum or 0; no answer is an error; an unknown maximum is an error', () => {
    const binary = (maxPoints: number | null) => indicator({ kind: 'binary' }, maxPoints, { kind: 'yes_no' });
    expect(scoreIndicator(binary(10), { value: 'Có' })).toMatchObject({
      points: 10,
      explanation: 'Có → 10 điểm',
    });
    expect(scoreIndicator(binary(10), { value: false })).toMatchObject({
      points: 0,
      explanation: 'Không → 0 điểm',
    });
    expect(scoreIndicator(binary(10), { value: 'x' })).toMatchObject({
      points: null,
      errors: ['Chỉ số 6.2: cần nhập Có hoặc Không'],
    });
    expect(scoreIndicator(binary(null), { value: 'Có' })).toMatchObject({
      points: null,
      explanation: 'Có; chưa biết điểm tối đa → chưa tính điểm',
    });
    // Nothing self-scored, so nothing to warn about.
    expect(scoreIndicator(binary(null), { value: 'Có' }).warnings).toEqual([]);
    expect(scoreIndicator(binary(null), { value: 'Không' }).explanation).toBe(
      'Không; chưa biết điểm tối đa → chưa tính điểm',
    );
  });

  it('impossible figures beside a level are an error, though the level decides', () => {
    expect(scoreIndicator(tiered(10), { value: 'Một phần', numerator: 5, denominator: 3 })).toMatchObject({
      points: null,
      errors: ['Chỉ số 6.2: Tử số 5 lớn hơn mẫu số 3'],
    });
  });
});

describe('what comes before the rule', () => {
  it('no result, a status, no rule', () => {
    const item = indicator({ kind: 'proportional' });
    const unscored = (status: string, explanation: string, errors: string[] = []) => ({
      code: '6.2',
      points: null,
      maxPoints: 10,
      status,
      explanation,
      warnings: [],
      errors,
    });
    expect(scoreIndicator(item, undefined)).toEqual(unscored('not_assessed', 'Chưa có kết quả'));
    expect(scoreIndicator(item, {})).toEqual(unscored('not_assessed', 'Chưa có kết quả'));
    expect(scoreIndicator(item, { ...perMille(500), status: 'not_applicable' })).toEqual(
      unscored('not_applicable', 'Không áp dụng trong kỳ này'),
    );
    expect(scoreIndicator(item, { ...perMille(500), status: 'not_assessed' })).toEqual(
      unscored('not_assessed', 'Chưa đánh giá'),
    );
    expect(scoreIndicator(indicator(null), perMille(500))).toEqual(
      unscored('not_assessed', 'Chưa có cách chấm', ['Chỉ số 6.2: chưa có cách chấm']),
    );
  });

  it('"Chưa thực hiện" scores 0 whatever the figures', () => {
    expect(
      scoreIndicator(indicator({ kind: 'proportional' }), { ...perMille(900), status: 'not_started' }),
    ).toMatchObject({ points: 0, status: 'scored', explanation: 'Chưa thực hiện → 0 điểm' });
  });
});
