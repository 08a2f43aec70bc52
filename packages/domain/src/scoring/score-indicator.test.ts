import { describe, expect, it } from 'vitest';
import type { Measure, Rule } from '../framework/schema.ts';
import { scoreIndicator } from './score-indicator.ts';
import type { IndicatorDef, ItemResult } from './types.ts';

const ratio: Measure = { kind: 'ratio', numeratorLabel: 'tử', denominatorLabel: 'mẫu' };
const proportional = (code: string, maxPoints: number | null): IndicatorDef => ({
  code,
  measure: ratio,
  maxPoints,
  rule: { kind: 'proportional' },
});

describe('scoreIndicator: seed 003 (xã Quảng Bình, 2022) from the raw figures', () => {
  it.each<[string, number | null, ItemResult, number | null, string]>([
    [
      '8.1',
      10,
      { numerator: 1068, denominator: 6633, selfPoints: 1.6 },
      1.61,
      '1.068/6.633 = 16,1% × 10 = 1,61 điểm',
    ],
    ['7.4', 10, { numerator: 7, denominator: 19, selfPoints: 3.68 }, 3.68, '7/19 = 36,8% × 10 = 3,68 điểm'],
    ['7.6', 40, { numerator: 2, denominator: 19, selfPoints: 4.2 }, 4.21, '2/19 = 10,5% × 40 = 4,21 điểm'],
    [
      '6.11',
      10,
      { numerator: 1470, denominator: 1473, typedPercent: 99.7, selfPoints: 9.97 },
      9.98,
      '1.470/1.473 = 99,8% × 10 = 9,98 điểm',
    ],
    ['6.7', 20, { numerator: 13, denominator: 13 }, 20, '13/13 = 100,0% × 20 = 20 điểm'],
  ])('%s', (code, max, inputs, points, explanation) => {
    const score = scoreIndicator(proportional(code, max), inputs);
    expect(score).toMatchObject({ points, explanation, errors: [], warnings: [] });
  });

  it('6.2: typed 52,7% and 10,54 points for 26/55 produce two warnings naming both numbers', () => {
    const score = scoreIndicator(proportional('6.2', 20), {
      numerator: 26,
      denominator: 55,
      typedPercent: 52.7,
      selfPoints: 10.54,
    });
    expect(score.points).toBe(9.45);
    expect(score.explanation).toBe('26/55 = 47,3% × 20 = 9,45 điểm');
    expect(score.warnings).toEqual([
      'Tỷ lệ nhập tay 52,7% khác tỷ lệ tính từ số liệu gốc 26/55 = 47,3%',
      'Điểm tự chấm 10,54 khác điểm tính từ số liệu gốc 9,45',
    ]);
  });

  it('6.8: typed 95% for 15.470/15.473 warns, and an unknown maximum is an error, not a guess', () => {
    const score = scoreIndicator(proportional('6.8', null), {
      numerator: 15470,
      denominator: 15473,
      typedPercent: 95,
      selfPoints: 19.7,
    });
    expect(score.points).toBeNull();
    expect(score.warnings[0]).toBe(
      'Tỷ lệ nhập tay 95% khác tỷ lệ tính từ số liệu gốc 15.470/15.473 = 99,98%',
    );
    expect(score.warnings[1]).toContain('Chưa kiểm tra được điểm tự chấm 19,7');
    expect(score.errors).toEqual([
      'Chỉ số 6.8: chưa biết điểm tối đa (cần đối chiếu phụ lục của quyết định)',
    ]);
  });

  it('6.10: 4,7 points typed for 10/10 at a maximum of 10 is flagged', () => {
    const score = scoreIndicator(proportional('6.10', 10), {
      numerator: 10,
      denominator: 10,
      selfPoints: 4.7,
    });
    expect(score.points).toBe(10);
    expect(score.warnings).toEqual(['Điểm tự chấm 4,7 khác điểm tính từ số liệu gốc 10']);
  });
});

describe('scoreIndicator: rules', () => {
  const def = (rule: Rule, measure: Measure, maxPoints: number | null = 20): IndicatorDef => ({
    code: '1.1',
    measure,
    maxPoints,
    rule,
  });
  const levels: Measure = { kind: 'level', levels: ['Không', 'Phó chủ tịch', 'Chủ tịch'] };
  const tiered: Rule = {
    kind: 'tiered',
    tiers: [
      { level: 'Chủ tịch', points: 20 },
      { level: 'Phó chủ tịch', points: 10 },
      { level: 'Không', points: 0 },
    ],
  };

  it.each<[string, IndicatorDef, ItemResult, number | null, string]>([
    ['binary yes', def({ kind: 'binary' }, { kind: 'yes_no' }), { value: true }, 20, 'Có → 20 điểm'],
    ['binary no', def({ kind: 'binary' }, { kind: 'yes_no' }), { value: 'Không' }, 0, 'Không → 0 điểm'],
    [
      'tiered, deputy at half',
      def(tiered, levels),
      { value: 'Phó chủ tịch' },
      10,
      'Mức "Phó chủ tịch" → 10 điểm',
    ],
    [
      'threshold reached',
      def({ kind: 'threshold', rate: 80, comparator: '>=' }, ratio, 10),
      { numerator: 4445, denominator: 5293 },
      10,
      '4.445/5.293 = 84,0% ≥ 80% → 10 điểm',
    ],
    [
      'threshold missed',
      def({ kind: 'threshold', rate: 90, comparator: '>=' }, ratio, 10),
      { numerator: 4445, denominator: 5293 },
      0,
      '4.445/5.293 = 84,0% < 90% → 0 điểm',
    ],
    [
      'manual',
      def({ kind: 'manual', min: 0, max: 10 }, { kind: 'text' }, 10),
      { selfPoints: 9.9 },
      9.9,
      'Điểm tự chấm → 9,9 điểm',
    ],
    [
      'not started (7.3 in 2022)',
      def({ kind: 'proportional' }, ratio, 10),
      { status: 'not_started' },
      0,
      'Chưa thực hiện → 0 điểm',
    ],
    [
      'not assessed (8.3 in 2022)',
      def({ kind: 'proportional' }, ratio, 10),
      { status: 'not_assessed' },
      null,
      'Chưa đánh giá',
    ],
  ])('%s', (_name, item, inputs, points, explanation) => {
    const score = scoreIndicator(item, inputs);
    expect(score.points).toBe(points);
    expect(score.explanation).toBe(explanation);
  });

  it.each<[string, IndicatorDef, ItemResult, string]>([
    [
      'manual above its bound',
      def({ kind: 'manual', min: 0, max: 10 }, { kind: 'text' }, 10),
      { selfPoints: 12 },
      'điểm tự chấm 12 ngoài khoảng 0–10',
    ],
    [
      'manual below its bound',
      def({ kind: 'manual', min: 0, max: null }, { kind: 'text' }, null),
      { selfPoints: -1 },
      'điểm tự chấm -1 ngoài khoảng 0–?',
    ],
    [
      'manual without self-scored points (seed 003 entered without them: the 498 of issue 10)',
      def({ kind: 'manual', min: 0, max: null }, { kind: 'count' }, null),
      { value: 4 },
      'cần nhập điểm tự chấm (hoặc "Chưa thực hiện")',
    ],
    ['unknown level', def(tiered, levels), { value: 'Trưởng thôn' }, 'không có trong các mức chấm'],
    [
      'zero denominator (5.2: no incidents)',
      def({ kind: 'proportional' }, ratio),
      { numerator: 0, denominator: 0 },
      'Mẫu số bằng 0',
    ],
    [
      'numerator above denominator',
      def({ kind: 'proportional' }, ratio),
      { numerator: 20, denominator: 19 },
      'lớn hơn mẫu số',
    ],
  ])('returns an error for %s', (_name, item, inputs, message) => {
    const score = scoreIndicator(item, inputs);
    expect(score.points).toBeNull();
    expect(score.errors.join(' ')).toContain(message);
  });
});

describe('scoreIndicator: self-scored points of indicators scored by a person (seed 003)', () => {
  const manual = (code: string, max: number | null = null): IndicatorDef => ({
    code,
    measure: { kind: 'count' },
    maxPoints: max,
    rule: { kind: 'manual', min: 0, max },
  });

  it('1.5: 10 points for "từ 4 lần/tuần" with an unknown maximum count, with a warning that the top is unchecked', () => {
    const score = scoreIndicator(manual('1.5'), { value: 4, selfPoints: 10 });
    expect(score).toMatchObject({ points: 10, status: 'scored', errors: [] });
    expect(score.explanation).toBe('Điểm tự chấm → 10 điểm');
    expect(score.warnings).toEqual([
      'Chưa biết điểm tối đa: chưa kiểm tra được giới hạn trên của điểm tự chấm',
    ]);
  });

  it('the top of the range is inclusive and a point above it is refused', () => {
    expect(scoreIndicator(manual('8.4', 50), { selfPoints: 50 }).points).toBe(50);
    expect(scoreIndicator(manual('8.4', 50), { selfPoints: 50.01 }).points).toBeNull();
    expect(scoreIndicator(manual('8.4', 50), { selfPoints: 0 }).points).toBe(0);
  });

  it('"Chưa thực hiện" scores 0 without points (8.3 in 2022)', () => {
    const score = scoreIndicator(manual('8.3'), { status: 'not_started' });
    expect(score).toMatchObject({ points: 0, status: 'scored', explanation: 'Chưa thực hiện → 0 điểm' });
  });

  it('rounds self-scored points once to 2 decimals', () => {
    expect(scoreIndicator(manual('6.4', 10), { selfPoints: 9.905 }).points).toBe(9.91);
  });
});
