import { describe, expect, it } from 'vitest';
import type { FrameworkOutcome } from './evaluate-framework.ts';
import { outcomeEligibility } from './outcome-eligibility.ts';

const criteriaOutcome = (verdicts: string[]): FrameworkOutcome => ({
  frameworkId: 'x',
  year: 2024,
  unknownCodes: [],
  totals: null,
  items: verdicts.map((verdict, i) => ({
    code: `1.${i + 1}`,
    verdict: verdict as FrameworkOutcome['items'][number]['verdict'],
    points: null,
    explanation: '',
    warnings: [],
    errors: [],
  })),
});

const indexOutcome = (points: number, maxPoints: number | null): FrameworkOutcome => ({
  frameworkId: 'y',
  year: 2022,
  unknownCodes: [],
  items: [],
  totals: { groups: [], warnings: [], total: { points, maxPoints, percentOfMax: null, explanation: '' } },
});

describe('outcomeEligibility', () => {
  it('a criteria set: eligible when every applicable criterion is met or exceeded', () => {
    expect(outcomeEligibility(criteriaOutcome(['met', 'exceeded', 'not_applicable']))).toEqual({
      eligible: true,
      reasons: [],
    });
    const no = outcomeEligibility(criteriaOutcome(['met', 'not_met', 'not_assessed']));
    expect(no.eligible).toBe(false);
    expect(no.reasons).toEqual(['Tiêu chí 1.2: Chưa đạt', 'Tiêu chí 1.3: Chưa đánh giá']);
  });

  it('an index: eligible only strictly above the threshold', () => {
    expect(outcomeEligibility(indexOutcome(71, 100)).eligible).toBe(true);
    expect(outcomeEligibility(indexOutcome(70, 100)).eligible).toBe(false);
    expect(outcomeEligibility(indexOutcome(60, 100), 50).eligible).toBe(true);
    expect(outcomeEligibility(indexOutcome(90, null)).reasons[0]).toContain('Chưa biết tổng điểm tối đa');
  });
});
