import { describe, expect, it } from 'vitest';
import type { Measure, Rule, Target } from '../framework/schema.ts';
import { evaluateCriterion } from './evaluate-criterion.ts';
import { scoreIndicator } from './score-indicator.ts';
import { checkRawFigures } from './typed-values.ts';
import type { CriterionDef, IndicatorDef, ItemResult } from './types.ts';

const ratio: Measure = { kind: 'ratio', numeratorLabel: 'người có', denominatorLabel: 'người' };
const indicator = (code: string, rule: Rule, maxPoints: number | null = 10): IndicatorDef => ({
  code,
  measure: ratio,
  maxPoints,
  rule,
});
const criterion = (code: string, target: Target, measure: Measure = ratio): CriterionDef => ({
  code,
  measure,
  targets: { '2024': target },
});
const manual: Rule = { kind: 'manual', min: 0, max: null };
const mismatch = (typed: string, working: string) =>
  `Tỷ lệ nhập tay ${typed} khác tỷ lệ tính từ số liệu gốc ${working}`;

/** Issue 10 item 3: the typed percentage is checked whatever decides the points or the verdict. */
describe('a typed percentage beside raw figures, on items not scored from them', () => {
  // QĐ 3853 scores 3.4 and 8.2 by hand (maxima unpublished); seed 003 types a percentage the figures deny.
  it('seed 003, 3.4: 84,8% for 4.445/5.293 (= 84,0%) is flagged and the hand-set points stand', () => {
    const score = scoreIndicator(indicator('3.4', manual, null), {
      numerator: 4445,
      denominator: 5293,
      typedPercent: 84.8,
      selfPoints: 10,
    });
    expect(score.points).toBe(10);
    expect(score.errors).toEqual([]);
    expect(score.warnings).toContain(mismatch('84,8%', '4.445/5.293 = 84,0%'));
  });

  it('seed 003, 8.2: 72,3% for 3.831/5.239 (= 73,1%) is flagged', () => {
    const score = scoreIndicator(indicator('8.2', manual, null), {
      numerator: 3831,
      denominator: 5239,
      typedPercent: 72.3,
      selfPoints: 10,
    });
    expect(score.points).toBe(10);
    expect(score.warnings).toContain(mismatch('72,3%', '3.831/5.239 = 73,1%'));
  });

  it.each<[string, Rule, ItemResult]>([
    ['manual', manual, { selfPoints: 5 }],
    ['binary', { kind: 'binary' }, { value: true }],
    ['tiered', { kind: 'tiered', tiers: [{ level: 'Chủ tịch', points: 10 }] }, { value: 'Chủ tịch' }],
  ])('an indicator scored %s is checked the same way', (_kind, rule, inputs) => {
    const score = scoreIndicator(indicator('9.9', rule), {
      ...inputs,
      numerator: 26,
      denominator: 55,
      typedPercent: 52.7,
    });
    expect(score.status).toBe('scored');
    expect(score.warnings).toEqual([mismatch('52,7%', '26/55 = 47,3%')]);
  });

  it('a proportional indicator still warns once, not twice', () => {
    const score = scoreIndicator(indicator('6.2', { kind: 'proportional' }, 20), {
      numerator: 26,
      denominator: 55,
      typedPercent: 52.7,
    });
    expect(score.warnings).toEqual([mismatch('52,7%', '26/55 = 47,3%')]);
  });

  it('a criterion judged qualitatively (*) is checked and keeps its judgement', () => {
    const result = evaluateCriterion(
      criterion('1.11', { comparator: '*', value: 'Sử dụng hiệu quả' }),
      2024,
      { numerator: 26, denominator: 55, typedPercent: 52.7, selfJudgement: 'met' },
    );
    expect(result.verdict).toBe('met');
    expect(result.warnings).toEqual([mismatch('52,7%', '26/55 = 47,3%')]);
  });

  it('a yes/no criterion with figures is checked', () => {
    const result = evaluateCriterion(
      criterion('4.8', { comparator: '=', value: 'Có' }, { kind: 'yes_no' }),
      2024,
      { value: true, numerator: 15470, denominator: 15473, typedPercent: 95 },
    );
    expect(result.verdict).toBe('met');
    expect(result.warnings).toEqual([mismatch('95%', '15.470/15.473 = 99,98%')]);
  });

  it('a count criterion and a ratio criterion with a level target are checked too', () => {
    const count = evaluateCriterion(
      criterion('2.2', { comparator: '>=', value: 3 }, { kind: 'count' }),
      2024,
      { value: 4, numerator: 26, denominator: 55, typedPercent: 52.7 },
    );
    expect(count.verdict).toBe('met');
    expect(count.warnings).toEqual([mismatch('52,7%', '26/55 = 47,3%')]);
    const level = evaluateCriterion(criterion('4.8', { comparator: '>=', value: 'Đáp ứng' }), 2024, {
      numerator: 26,
      denominator: 55,
      typedPercent: 52.7,
      selfJudgement: 'met',
    });
    expect(level.warnings).toContain(mismatch('52,7%', '26/55 = 47,3%'));
    // A qualitative target that carries a number is still judged, not computed: the figures are checked here.
    const judgedNumber = evaluateCriterion(criterion('3.9', { comparator: '*', value: 50 }), 2024, {
      numerator: 26,
      denominator: 55,
      typedPercent: 52.7,
      selfJudgement: 'met',
    });
    expect(judgedNumber.verdict).toBe('met');
    expect(judgedNumber.warnings).toEqual([mismatch('52,7%', '26/55 = 47,3%')]);
  });

  it('a threshold indicator (scored from the figures) warns once', () => {
    const score = scoreIndicator(indicator('6.9', { kind: 'threshold', comparator: '>=', rate: 40 }), {
      numerator: 26,
      denominator: 55,
      typedPercent: 52.7,
    });
    expect(score.points).toBe(10);
    expect(score.warnings).toEqual([mismatch('52,7%', '26/55 = 47,3%')]);
  });

  it('a ratio criterion (the path that always checked) warns once', () => {
    const result = evaluateCriterion(criterion('3.4', { comparator: '>=', value: 70 }), 2024, {
      numerator: 4445,
      denominator: 5293,
      typedPercent: 84.8,
    });
    expect(result.warnings).toEqual([mismatch('84,8%', '4.445/5.293 = 84,0%')]);
  });
});

describe('the tolerance: less than one unit of the last written decimal (ROUNDING.md)', () => {
  const warns = (numerator: number, denominator: number, typedPercent: number) =>
    scoreIndicator(indicator('3.4', manual), { numerator, denominator, typedPercent, selfPoints: 5 }).warnings
      .length > 0;

  it.each<[number, number, number, boolean]>([
    // 1/8 = 12,5% exactly: one whole unit of the last decimal away is a disagreement, on either side.
    [1, 8, 12.5, false],
    [1, 8, 12.4, true],
    [1, 8, 12.6, true],
    [1, 8, 12, false], // no decimals: within 1
    [1, 8, 13, false],
    [1, 8, 11, true],
    [1, 8, 14, true],
    [1, 8, 12.41, true], // two decimals: within 0,01
    [1, 8, 12.49, true],
    [1001, 8000, 12.51, false],
    [1001, 8000, 12.52, false],
    [1001, 8000, 12.53, true],
    // 1.001/8.000 = 12,5125%: just inside one unit below and above.
    [1001, 8000, 12.6, false],
    [1001, 8000, 12.4, true],
    [1001, 8000, 12.5125, false],
    // 2/3 = 66,66…%: rounding (66,7) and truncation (66,6) both agree.
    [2, 3, 66.7, false],
    [2, 3, 66.6, false],
    [2, 3, 66.5, true],
    [2, 3, 66.8, true],
  ])('%d/%d typed %s: warning %s', (n, d, typed, expected) => {
    expect(warns(n, d, typed)).toBe(expected);
  });
});

describe('figures a hand-scored item does not use', () => {
  it('numerator above denominator is an error: the input is impossible, whatever the scoring', () => {
    const score = scoreIndicator(indicator('3.4', manual), { numerator: 20, denominator: 19, selfPoints: 5 });
    expect(score.points).toBeNull();
    expect(score.errors).toEqual(['Chỉ số 3.4: Tử số 20 lớn hơn mẫu số 19']);
    const judged = evaluateCriterion(criterion('1.11', { comparator: '*', value: '*' }), 2024, {
      numerator: 20,
      denominator: 19,
      selfJudgement: 'met',
    });
    expect(judged.verdict).toBe('not_assessed');
    expect(judged.explanation).toBe('Không đánh giá được');
    expect(judged.errors).toEqual(['Tiêu chí 1.11: Tử số 20 lớn hơn mẫu số 19']);
  });

  it('a typed percentage above 100 beside figures is an error', () => {
    const score = scoreIndicator(indicator('3.4', manual), {
      numerator: 1,
      denominator: 2,
      typedPercent: 150,
      selfPoints: 5,
    });
    expect(score.errors).toEqual(['Chỉ số 3.4: Tỷ lệ nhập tay 150% không hợp lệ (phải từ 0 đến 100)']);
  });

  it('a missing half is only a warning: the hand-set points do not depend on it', () => {
    const score = scoreIndicator(indicator('3.4', manual), { numerator: 4445, selfPoints: 5 });
    expect(score.points).toBe(5);
    expect(score.warnings).toEqual(['Số liệu gốc thiếu mẫu số: chưa tính được tỷ lệ']);
    expect(checkRawFigures({ denominator: 5293, typedPercent: 84.8 })).toEqual({
      errors: [],
      warnings: ['Số liệu gốc thiếu tử số: chưa tính được tỷ lệ'],
    });
  });

  it('a typed percentage alone has nothing to be compared with', () => {
    expect(checkRawFigures({ typedPercent: 84.8 })).toEqual({ errors: [], warnings: [] });
    const score = scoreIndicator(indicator('3.4', manual), { typedPercent: 84.8, selfPoints: 5 });
    expect(score.warnings).toEqual([]);
  });
});
