import { describe, expect, it } from 'vitest';
import { DEFAULT_ELIGIBILITY_THRESHOLD, eligibility } from './eligibility.ts';
import type { FrameworkOutcome } from './evaluate-framework.ts';
import { outcomeEligibility } from './outcome-eligibility.ts';
import type { Verdict } from './types.ts';

// Every comparison in the eligibility rule, with a case on each side of its boundary (issue 10, item 17).

const met = [{ code: '1.1', verdict: 'met' as Verdict }];
const index = (points: number, maxPoints: number | null = 100) => ({ points, maxPoints });

describe('eligibility: the index must be strictly above the threshold', () => {
  it('the default threshold is 70% (QĐ 1829)', () => {
    expect(DEFAULT_ELIGIBILITY_THRESHOLD).toBe(70);
  });

  it.each([
    [69.99, false],
    [70, false],
    [70.01, true],
  ])('%s/100 points against a threshold of 70 → eligible: %s', (points, eligible) => {
    expect(eligibility({ criteria: met, index: index(points) }).eligible).toBe(eligible);
  });

  it('compares the unrounded percentage: 699,6/1.000 (69,96%) is not above 70%, and says so in full', () => {
    expect(eligibility({ criteria: met, index: index(699.6, 1000) })).toEqual({
      eligible: false,
      reasons: ['Điểm bộ chỉ số 699,6/1.000 = 69,96%, chưa vượt 70% tổng điểm'],
    });
  });

  it.each([
    [50, false],
    [50.5, true],
  ])('a configured threshold of 50: %s/100 → eligible: %s', (points, eligible) => {
    expect(eligibility({ criteria: met, index: index(points), threshold: 50 }).eligible).toBe(eligible);
  });

  it('a threshold of 0 still needs some points', () => {
    expect(eligibility({ criteria: met, index: index(0), threshold: 0 }).eligible).toBe(false);
    expect(eligibility({ criteria: met, index: index(0.01), threshold: 0 }).eligible).toBe(true);
  });

  it('a maximum of 0 or less cannot be compared; a maximum of 1 can', () => {
    const reason = 'Chưa biết tổng điểm tối đa của bộ chỉ số: chưa so được 5 điểm với ngưỡng';
    expect(eligibility({ criteria: met, index: index(5, 0) })).toEqual({
      eligible: false,
      reasons: [reason],
    });
    expect(eligibility({ criteria: met, index: index(5, -1) })).toEqual({
      eligible: false,
      reasons: [reason],
    });
    expect(eligibility({ criteria: met, index: index(5, null) })).toEqual({
      eligible: false,
      reasons: [reason],
    });
    expect(eligibility({ criteria: met, index: index(1, 1) })).toEqual({ eligible: true, reasons: [] });
  });

  it('no index score at all blocks, with its own reason', () => {
    expect(eligibility({ criteria: met, index: null })).toEqual({
      eligible: false,
      reasons: ['Chưa có điểm bộ chỉ số'],
    });
  });
});

describe('eligibility: every applicable criterion met', () => {
  const withVerdicts = (...verdicts: Verdict[]) =>
    eligibility({
      criteria: verdicts.map((verdict, i) => ({ code: `1.${i + 1}`, verdict })),
      index: index(80),
    });

  it.each<[Verdict, boolean]>([
    ['met', true],
    ['exceeded', true],
    ['not_met', false],
    ['not_assessed', false],
  ])('one criterion %s → eligible: %s', (verdict, eligible) => {
    expect(withVerdicts(verdict).eligible).toBe(eligible);
  });

  it('a not-applicable criterion is left out, neither blocking nor counting', () => {
    expect(withVerdicts('met', 'not_applicable')).toEqual({ eligible: true, reasons: [] });
  });

  it('no applicable criterion at all is not eligible: nothing was completed', () => {
    expect(withVerdicts('not_applicable', 'not_applicable')).toEqual({
      eligible: false,
      reasons: ['Chưa có tiêu chí nào được giao và áp dụng'],
    });
    expect(withVerdicts()).toEqual({
      eligible: false,
      reasons: ['Chưa có tiêu chí nào được giao và áp dụng'],
    });
  });

  it('names each blocking criterion with its verdict, then the index', () => {
    expect(
      eligibility({
        criteria: [
          { code: '1.1', verdict: 'met' },
          { code: '1.2', verdict: 'not_met' },
          { code: '2.3', verdict: 'not_assessed' },
        ],
        index: null,
      }).reasons,
    ).toEqual(['Tiêu chí 1.2: Chưa đạt', 'Tiêu chí 2.3: Chưa đánh giá', 'Chưa có điểm bộ chỉ số']);
  });
});

describe('outcomeEligibility: the part one framework decides', () => {
  const outcome = (verdicts: Verdict[]): FrameworkOutcome => ({
    frameworkId: 'x',
    year: 2024,
    unknownCodes: [],
    totals: null,
    items: verdicts.map((verdict, i) => ({
      code: `1.${i + 1}`,
      verdict,
      points: null,
      explanation: '',
      warnings: [],
      errors: [],
    })),
  });
  const indexOutcome = (points: number, maxPoints: number | null): FrameworkOutcome => ({
    ...outcome([]),
    totals: { groups: [], warnings: [], total: { points, maxPoints, percentOfMax: null, explanation: '' } },
  });

  it('a criteria set is judged on its criteria alone', () => {
    expect(outcomeEligibility(outcome(['met']))).toEqual({ eligible: true, reasons: [] });
    expect(outcomeEligibility(outcome(['not_applicable'])).reasons).toEqual([
      'Chưa có tiêu chí nào được giao và áp dụng',
    ]);
    expect(outcomeEligibility(outcome(['met', 'not_met'])).reasons).toEqual(['Tiêu chí 1.2: Chưa đạt']);
  });

  it('an index is judged on its total alone, against the given or default threshold', () => {
    expect(outcomeEligibility(indexOutcome(70.01, 100))).toEqual({ eligible: true, reasons: [] });
    expect(outcomeEligibility(indexOutcome(70, 100)).eligible).toBe(false);
    expect(outcomeEligibility(indexOutcome(40.5, 100), 40)).toEqual({ eligible: true, reasons: [] });
    expect(outcomeEligibility(indexOutcome(40, 100), 40).eligible).toBe(false);
  });
});
