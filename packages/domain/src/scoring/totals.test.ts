import { describe, expect, it } from 'vitest';
import { eligibility } from './eligibility.ts';
import { totalScores } from './totals.ts';
import type { IndicatorScore } from './types.ts';

const scored = (code: string, points: number | null, maxPoints: number | null): IndicatorScore => ({
  code,
  points,
  maxPoints,
  status: 'scored',
  explanation: '',
  warnings: [],
  errors: [],
});

describe('totalScores', () => {
  const groups = [
    {
      code: '7',
      name: 'Hoạt động kinh tế số',
      items: [
        { code: '7.4', maxPoints: 10 },
        { code: '7.6', maxPoints: 40 },
      ],
    },
    {
      code: '8',
      name: 'Hoạt động xã hội số',
      items: [
        { code: '8.1', maxPoints: 10 },
        { code: '8.3', maxPoints: 10 },
      ],
    },
  ];

  it('sums rounded points per group and overall, with the percentage of the maximum', () => {
    const totals = totalScores(groups, {
      '7.4': scored('7.4', 3.68, 10),
      '7.6': scored('7.6', 4.21, 40),
      '8.1': scored('8.1', 1.61, 10),
      '8.3': { ...scored('8.3', null, 10), status: 'not_applicable' },
    });
    expect(totals.groups.map((g) => [g.code, g.points, g.maxPoints])).toEqual([
      ['7', 7.89, 50],
      ['8', 1.61, 10],
    ]);
    expect(totals.total).toMatchObject({ points: 9.5, maxPoints: 60, explanation: '9,5/60 điểm = 15,8%' });
    expect(totals.warnings).toEqual([]);
  });

  it('cannot give a percentage when a maximum is unknown', () => {
    const totals = totalScores([{ code: '6', name: 'x', items: [{ code: '6.8', maxPoints: null }] }], {
      '6.8': scored('6.8', null, null),
    });
    expect(totals.total.percentOfMax).toBeNull();
    expect(totals.warnings[0]).toContain('Chưa biết điểm tối đa');
  });

  it('counts a missing result as 0 against its maximum, with a warning', () => {
    const totals = totalScores(groups, { '7.4': scored('7.4', 10, 10) });
    expect(totals.total).toMatchObject({ points: 10, maxPoints: 70 });
    expect(totals.warnings).toContain('Chỉ số 7.6 chưa có kết quả: tính 0 điểm');
  });
});

describe('eligibility', () => {
  it('is eligible when every applicable criterion is met and the index is above 70%', () => {
    expect(
      eligibility({
        criteria: [
          { code: '1.1', verdict: 'met' },
          { code: '3.2', verdict: 'exceeded' },
          { code: '2.5', verdict: 'not_applicable' },
        ],
        index: { points: 750, maxPoints: 1000 },
      }),
    ).toEqual({ eligible: true, reasons: [] });
  });

  it('lists every reason when not eligible', () => {
    const result = eligibility({
      criteria: [
        { code: '2.1', verdict: 'not_met' },
        { code: '3.9', verdict: 'not_assessed' },
        { code: '1.1', verdict: 'met' },
      ],
      index: { points: 699.6, maxPoints: 1000 },
    });
    expect(result).toEqual({
      eligible: false,
      reasons: [
        'Tiêu chí 2.1: Chưa đạt',
        'Tiêu chí 3.9: Chưa đánh giá',
        'Điểm bộ chỉ số 699,6/1.000 = 69,96%, chưa vượt 70% tổng điểm',
      ],
    });
  });

  it('needs strictly more than the threshold, which is configurable', () => {
    const criteria = [{ code: '1.1', verdict: 'met' as const }];
    expect(eligibility({ criteria, index: { points: 70, maxPoints: 100 } }).eligible).toBe(false);
    expect(eligibility({ criteria, index: { points: 70, maxPoints: 100 }, threshold: 65 }).eligible).toBe(
      true,
    );
  });

  it('says so when the index maximum is unknown', () => {
    const result = eligibility({
      criteria: [{ code: '1.1', verdict: 'met' }],
      index: { points: 500, maxPoints: null },
    });
    expect(result.eligible).toBe(false);
    expect(result.reasons[0]).toContain('Chưa biết tổng điểm tối đa');
  });
});
