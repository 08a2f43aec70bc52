import { describe, expect, it } from 'vitest';
import type { Measure, Target } from '../framework/schema.ts';
import { evaluateCriterion } from './evaluate-criterion.ts';
import type { CriterionDef, ItemResult } from './types.ts';

const ratio: Measure = { kind: 'ratio', numeratorLabel: 'tử', denominatorLabel: 'mẫu' };
const def = (measure: Measure, target: Target | null, code = '3.4'): CriterionDef => ({
  code,
  measure,
  targets: { '2024': target },
});
const atLeast = (value: number): Target => ({ comparator: '>=', value });

describe('evaluateCriterion', () => {
  it.each<[string, CriterionDef, ItemResult | undefined, string, string]>([
    [
      'ratio met',
      def(ratio, atLeast(70)),
      { numerator: 4445, denominator: 5293 },
      'exceeded',
      '4.445/5.293 = 84,0% ≥ 70% → Vượt chỉ tiêu',
    ],
    [
      'ratio met, small margin',
      def(ratio, atLeast(60)),
      { numerator: 602, denominator: 1000 },
      'met',
      '602/1.000 = 60,2% ≥ 60% → Đạt',
    ],
    [
      'ratio not met',
      def(ratio, atLeast(75)),
      { numerator: 7, denominator: 10 },
      'not_met',
      '7/10 = 70,0% < 75% → Chưa đạt',
    ],
    [
      'just under the target',
      def(ratio, atLeast(70)),
      { numerator: 6996, denominator: 10000 },
      'not_met',
      '6.996/10.000 = 69,96% < 70% → Chưa đạt',
    ],
    [
      '100% target is never exceeded',
      def(ratio, atLeast(100)),
      { numerator: 21, denominator: 21 },
      'met',
      '21/21 = 100,0% ≥ 100% → Đạt',
    ],
    [
      'yes/no',
      def({ kind: 'yes_no' }, { comparator: '=', value: 'Có' }),
      { value: true },
      'met',
      'Có (cần: Có) → Đạt',
    ],
    [
      'yes/no typed',
      def({ kind: 'yes_no' }, { comparator: '=', value: 'Có' }),
      { value: 'Không' },
      'not_met',
      'Không (cần: Có) → Chưa đạt',
    ],
    ['count', def({ kind: 'count' }, atLeast(1)), { value: 3 }, 'met', '3 ≥ 1 → Đạt'],
    [
      'level',
      def({ kind: 'level', levels: ['Chưa đáp ứng', 'Đáp ứng'] }, { comparator: '>=', value: 'Đáp ứng' }),
      { value: 'Chưa đáp ứng' },
      'not_met',
      '"Chưa đáp ứng" (cần: từ "Đáp ứng") → Chưa đạt',
    ],
    [
      'qualitative, the commune judged it met (1.11 / 4.8 in 2023 and 2025)',
      def({ kind: 'yes_no' }, { comparator: '*', value: '*' }),
      { selfJudgement: 'met' },
      'met',
      'Đánh giá định tính, xã tự đánh giá → Đạt',
    ],
    [
      'qualitative, the commune judged it not met',
      def(ratio, { comparator: '*', value: '*' }),
      { selfJudgement: 'not_met' },
      'not_met',
      'Đánh giá định tính, xã tự đánh giá → Chưa đạt',
    ],
    [
      'qualitative with words (seed 004)',
      def({ kind: 'yes_no' }, { comparator: '*', value: 'Phụ thuộc điều kiện' }),
      { value: true, selfJudgement: 'met' },
      'met',
      'Kết quả: Có; Đánh giá định tính (Phụ thuộc điều kiện), xã tự đánh giá → Đạt',
    ],
    [
      'no target this year',
      def(ratio, null),
      { numerator: 1, denominator: 2 },
      'not_applicable',
      'Không có chỉ tiêu năm 2024 → Không áp dụng',
    ],
    ['no result', def(ratio, atLeast(70)), undefined, 'not_assessed', 'Chưa có kết quả'],
    [
      'not started (seed 000, 2.5 in 2022)',
      def(ratio, atLeast(100)),
      { status: 'not_started' },
      'not_met',
      'Chưa thực hiện → Chưa đạt',
    ],
    ['not assessed', def(ratio, atLeast(100)), { status: 'not_assessed' }, 'not_assessed', 'Chưa đánh giá'],
  ])('%s', (_name, item, result, verdict, explanation) => {
    const evaluation = evaluateCriterion(item, 2024, result);
    expect(evaluation.verdict).toBe(verdict);
    expect(evaluation.explanation).toContain(explanation);
    expect(evaluation.errors).toEqual([]);
  });

  // Seed 000, 3.2 / 3.4 / 3.5 in 2022: the district's "Đạt" / "Vượt chỉ tiêu" calls against 60%.
  it.each([
    [70, 'exceeded'],
    [66, 'exceeded'],
    [62.8, 'met'], // the seed says "Vượt chỉ tiêu"; 2,8 points is below the documented 5-point margin
    [60.2, 'met'],
    [60.5, 'met'],
    [94.2, 'exceeded'],
    [63, 'met'],
    [64.3, 'met'],
  ])('seed 000: %d%% against 60%% → %s', (percent, verdict) => {
    expect(evaluateCriterion(def(ratio, atLeast(60)), 2024, { typedPercent: percent }).verdict).toBe(verdict);
  });

  it.each<[string, ItemResult, string]>([
    ['numerator above denominator', { numerator: 20, denominator: 19 }, 'Tử số 20 lớn hơn mẫu số 19'],
    ['zero denominator', { numerator: 0, denominator: 0 }, 'Mẫu số bằng 0'],
    ['negative', { numerator: -1, denominator: 19 }, 'Tử số âm (-1)'],
    ['missing denominator', { numerator: 3 }, 'Thiếu mẫu số'],
  ])('returns an error, not a crash, for %s', (_name, result, message) => {
    const evaluation = evaluateCriterion(def(ratio, atLeast(70)), 2024, result);
    expect(evaluation.verdict).toBe('not_assessed');
    expect(evaluation.errors.join(' ')).toContain(message);
    expect(evaluation.errors.join(' ')).toContain('3.4');
  });

  it('warns when a typed percentage disagrees with the figures, and trusts the figures', () => {
    const evaluation = evaluateCriterion(def(ratio, atLeast(70)), 2024, {
      numerator: 4445,
      denominator: 5293,
      typedPercent: 84.8,
    });
    expect(evaluation.verdict).toBe('exceeded');
    expect(evaluation.warnings).toEqual([
      'Tỷ lệ nhập tay 84,8% khác tỷ lệ tính từ số liệu gốc 4.445/5.293 = 84,0%',
    ]);
  });

  it('uses a typed percentage alone, with a warning asking for the raw figures', () => {
    const evaluation = evaluateCriterion(def(ratio, atLeast(75), '1.6'), 2024, { typedPercent: 92.1 });
    expect(evaluation.explanation).toBe('92,1% (nhập tay) ≥ 75% → Vượt chỉ tiêu');
    expect(evaluation.warnings[0]).toContain('chưa có tử số/mẫu số');
  });

  it("warns when the commune's own judgement disagrees with the figures, and trusts the figures", () => {
    const evaluation = evaluateCriterion(def(ratio, atLeast(70)), 2024, {
      numerator: 1,
      denominator: 2,
      selfJudgement: 'met',
    });
    expect(evaluation.verdict).toBe('not_met');
    expect(evaluation.warnings).toEqual(['Xã tự đánh giá "Đạt" nhưng số liệu cho "Chưa đạt"']);
  });

  it('a judgement of "Đạt" agrees with figures that exceed the target', () => {
    const evaluation = evaluateCriterion(def(ratio, atLeast(70)), 2024, {
      numerator: 90,
      denominator: 100,
      selfJudgement: 'met',
    });
    expect(evaluation.verdict).toBe('exceeded');
    expect(evaluation.warnings).toEqual([]);
  });

  it('reports a year outside the framework as an error', () => {
    const evaluation = evaluateCriterion(def(ratio, atLeast(70)), 2030, { numerator: 1, denominator: 1 });
    expect(evaluation).toMatchObject({
      verdict: 'not_assessed',
      errors: ['Tiêu chí 3.4: không có năm 2030'],
    });
  });

  it("needs the commune's judgement for a qualitative target", () => {
    const evaluation = evaluateCriterion(def({ kind: 'text' }, { comparator: '*', value: '*' }), 2024, {
      value: 'x',
    });
    expect(evaluation.verdict).toBe('not_assessed');
    expect(evaluation.errors[0]).toBe('Tiêu chí 3.4: cần xã tự đánh giá Đạt hoặc Chưa đạt, kèm mô tả');
  });
});
