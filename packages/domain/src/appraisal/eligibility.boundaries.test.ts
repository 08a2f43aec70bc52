import { describe, expect, it } from 'vitest';
import { recognitionEligibility } from './eligibility.ts';

// "Strictly above 70%": both sides of the threshold, computed and published.
const base = {
  assignedCriteria: ['1.1'],
  finalResults: { '1.1': 'met' as const },
  notApplicable: new Set<string>(),
};

describe('index threshold, computed from the maximum', () => {
  it('70,00% exactly is not eligible', () => {
    const result = recognitionEligibility({ ...base, index: { points: 70, max: 100 } });
    expect(result.eligible).toBe(false);
    expect(result.reasons.at(-1)?.message).toBe('Bộ chỉ số: 70/100 điểm = 70,0%, chưa vượt 70% tổng điểm');
  });

  it('70,01% is eligible', () => {
    expect(recognitionEligibility({ ...base, index: { points: 70.01, max: 100 } }).eligible).toBe(true);
  });

  it('69,996% is not, and shows enough decimals not to read as 70%', () => {
    const result = recognitionEligibility({ ...base, index: { points: 699.96, max: 1000 } });
    expect(result.eligible).toBe(false);
    expect(result.reasons.at(-1)?.message).toContain('69,996%');
  });
});

describe('index threshold, published figure', () => {
  const published = (percent: number) => ({
    ...base,
    index: { points: percent, max: null, published: { points: percent, percent, decision: '567/QĐ-UBND' } },
  });
  it('70% published is not eligible', () => {
    expect(recognitionEligibility(published(70)).eligible).toBe(false);
  });
  it('70,01% published is eligible', () => {
    expect(recognitionEligibility(published(70.01)).eligible).toBe(true);
  });
});

describe('criteria: met and exceeded count, everything else does not', () => {
  it.each([
    ['met', true],
    ['exceeded', true],
    ['not_met', false],
    ['not_assessed', false],
  ] as const)('%s → %s', (verdict, eligible) => {
    const result = recognitionEligibility({
      assignedCriteria: ['1.1'],
      finalResults: { '1.1': verdict },
      notApplicable: new Set(),
      index: { points: 80, max: 100 },
    });
    expect(result.eligible).toBe(eligible);
  });
});
