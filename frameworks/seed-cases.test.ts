import { describe, expect, it } from 'vitest';
import { criteriaOf, indicatorsOf } from '../packages/domain/src/framework/normalise.ts';
import type { Target } from '../packages/domain/src/framework/schema.ts';
import { eligibility } from '../packages/domain/src/scoring/eligibility.ts';
import { evaluateCriterion } from '../packages/domain/src/scoring/evaluate-criterion.ts';
import { scoreIndicator } from '../packages/domain/src/scoring/score-indicator.ts';
import type { ItemResult } from '../packages/domain/src/scoring/types.ts';
import { loadFramework } from './load.ts';
import { SEED_001 } from './seed-001-hoang-cat-2024.ts';

function load(file: string) {
  const result = loadFramework(file);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
  return result.framework;
}

const expectedTarget = (printed: string | number): Partial<Target> =>
  typeof printed === 'number' ? { comparator: '>=', value: printed } : { value: printed };

describe('QĐ 1829 against seed 001 (Hoằng Cát, 2024)', () => {
  const criteria = criteriaOf(load('thanh-hoa/qd-1829-2023.yaml'));

  it('has the 37 criteria of seed 001', () => {
    expect(criteria.map((c) => c.code)).toEqual(Object.keys(SEED_001));
  });

  it.each(Object.entries(SEED_001))(
    '%s: the 2024 target equals the "Chỉ tiêu cụ thể" column',
    (code, [printed]) => {
      const criterion = criteria.find((c) => c.code === code);
      expect(criterion?.targets['2024']).toMatchObject(expectedTarget(printed));
    },
  );

  /** Turns a printed "Mức độ hoàn thành" into a result of the criterion's measure. */
  function resultFor(code: string, printed: string | number): ItemResult {
    const criterion = criteria.find((c) => c.code === code)!;
    const m = criterion.measure;
    if (m.kind === 'ratio') return { typedPercent: printed as number };
    if (m.kind === 'yes_no') return { value: printed === 100 };
    if (m.kind === 'level') return { value: printed === 100 ? m.levels.at(-1)! : m.levels[0]! };
    return { value: printed };
  }

  it("evaluates the commune's 2024 results and explains why it is not yet eligible", () => {
    const verdicts = criteria.map((c) => evaluateCriterion(c, 2024, resultFor(c.code, SEED_001[c.code]![1])));
    const notMet = verdicts.filter((v) => v.verdict === 'not_met').map((v) => v.code);
    expect(notMet).toEqual([
      '2.1',
      '2.4',
      '2.5',
      '2.6',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '3.6',
      '3.9',
      '3.10',
      '3.12',
      '4.7',
    ]);
    expect(verdicts.find((v) => v.code === '1.6')?.explanation).toBe(
      '92,1% (nhập tay) ≥ 75% → Vượt chỉ tiêu',
    );
    expect(verdicts.find((v) => v.code === '3.11')?.explanation).toBe('32% (nhập tay) ≥ 30% → Đạt');
    expect(verdicts.find((v) => v.code === '3.5')?.explanation).toBe('99,7% (nhập tay) < 100% → Chưa đạt');
    const result = eligibility({ criteria: verdicts, index: { points: 800, maxPoints: 1000 } });
    expect(result.eligible).toBe(false);
    expect(result.reasons).toHaveLength(14);
  });
});

describe('QĐ 3853 (commune index) against the raw figures of seed 003 (Quảng Bình, 2022)', () => {
  const indicators = indicatorsOf(load('thanh-hoa/qd-3853-2022-commune.yaml'));
  const score = (code: string, inputs: ItemResult) =>
    scoreIndicator(indicators.find((i) => i.code === code)!, inputs);

  it.each<[string, ItemResult, number | null, number]>([
    ['8.1', { numerator: 1068, denominator: 6633, selfPoints: 1.6 }, 1.61, 0],
    ['7.4', { numerator: 7, denominator: 19, selfPoints: 3.68 }, 3.68, 0],
    ['7.6', { numerator: 2, denominator: 19, selfPoints: 4.2 }, 4.21, 0],
    ['6.11', { numerator: 1470, denominator: 1473, typedPercent: 99.7, selfPoints: 9.97 }, 9.98, 0],
    ['6.2', { numerator: 26, denominator: 55, typedPercent: 52.7, selfPoints: 10.54 }, 9.45, 2],
    ['6.3', { numerator: 26, denominator: 55, typedPercent: 52.7, selfPoints: 15.81 }, 14.18, 2],
    ['6.8', { numerator: 15470, denominator: 15473, typedPercent: 95, selfPoints: 19.7 }, null, 2],
    ['1.1', { value: true, selfPoints: 20 }, 20, 0],
  ])('%s', (code, inputs, points, warningCount) => {
    const result = score(code, inputs);
    expect(result.points).toBe(points);
    expect(result.warnings).toHaveLength(warningCount);
  });
});
