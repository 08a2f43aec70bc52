import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../framework/schema.ts';
import { evaluateCriterion } from './evaluate-criterion.ts';
import { formatFigureVi, formatPointsVi } from './format.ts';
import { scoreIndicator } from './score-indicator.ts';
import type { IndicatorDef } from './types.ts';

const ratio = { kind: 'ratio', numeratorLabel: 'tử', denominatorLabel: 'mẫu' } as const;
const figures = fc
  .integer({ min: 1, max: 1_000_000 })
  .chain((denominator) =>
    fc.record({ numerator: fc.integer({ min: 0, max: denominator }), denominator: fc.constant(denominator) }),
  );
const maxPoints = fc.integer({ min: 1, max: 100 }).chain((n) => fc.constantFrom(n, n / 2, n / 4));
const rules: fc.Arbitrary<Rule> = fc.oneof(
  fc.constant<Rule>({ kind: 'proportional' }),
  fc.record({
    kind: fc.constant('threshold' as const),
    rate: fc.integer({ min: 0, max: 100 }),
    comparator: fc.constantFrom('>=' as const, '>' as const),
  }),
);
const indicator = (rule: Rule, max: number): IndicatorDef => ({
  code: '7.4',
  measure: ratio,
  maxPoints: max,
  rule,
});

describe('scoring properties', () => {
  it('points stay within [0, maximum] for any valid figures and any typed values', () => {
    fc.assert(
      fc.property(
        figures,
        maxPoints,
        rules,
        fc.option(fc.double({ min: -50, max: 150, noNaN: true }), { nil: undefined }),
        (f, max, rule, typed) => {
          const score = scoreIndicator(indicator(rule, max), { ...f, selfPoints: typed });
          expect(score.points).not.toBeNull();
          expect(score.points!).toBeGreaterThanOrEqual(0);
          expect(score.points!).toBeLessThanOrEqual(max);
        },
      ),
    );
  });

  it('manual points outside the bounds are refused, never clamped silently', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (p) => {
        const score = scoreIndicator(
          {
            code: '6.4',
            measure: { kind: 'text' },
            maxPoints: 10,
            rule: { kind: 'manual', min: 0, max: 10 },
          },
          { selfPoints: p },
        );
        if (p < 0 || p > 10) expect(score.points).toBeNull();
        else expect(score.points!).toBeLessThanOrEqual(10);
      }),
    );
  });

  it('proportional points never decrease when the numerator grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), maxPoints, fc.nat(), fc.nat(), (d, max, a, b) => {
        const [low, high] = [a % (d + 1), b % (d + 1)].sort((x, y) => x - y) as [number, number];
        const item = indicator({ kind: 'proportional' }, max);
        const lowPoints = scoreIndicator(item, { numerator: low, denominator: d }).points!;
        const highPoints = scoreIndicator(item, { numerator: high, denominator: d }).points!;
        expect(highPoints).toBeGreaterThanOrEqual(lowPoints);
      }),
    );
  });

  it('the explanation restates the numbers used', () => {
    fc.assert(
      fc.property(figures, maxPoints, (f, max) => {
        const score = scoreIndicator(indicator({ kind: 'proportional' }, max), f);
        expect(score.explanation).toContain(
          `${formatFigureVi(f.numerator)}/${formatFigureVi(f.denominator)}`,
        );
        expect(score.explanation).toContain(`× ${formatPointsVi(max)}`);
        expect(score.explanation).toContain(`${formatPointsVi(score.points!)} điểm`);
        const evaluation = evaluateCriterion(
          { code: '3.4', measure: ratio, targets: { '2024': { comparator: '>=', value: 70 } } },
          2024,
          f,
        );
        expect(evaluation.explanation).toContain(
          `${formatFigureVi(f.numerator)}/${formatFigureVi(f.denominator)}`,
        );
        expect(evaluation.explanation).toContain('70%');
      }),
    );
  });

  it('bad figures give errors, never exceptions', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -10, max: 10 }));
    fc.assert(
      fc.property(anyNumber, anyNumber, (numerator, denominator) => {
        const score = scoreIndicator(indicator({ kind: 'proportional' }, 10), { numerator, denominator });
        const valid =
          Number.isFinite(numerator) &&
          Number.isFinite(denominator) &&
          numerator >= 0 &&
          denominator > 0 &&
          numerator <= denominator;
        expect(score.errors.length === 0).toBe(valid);
      }),
    );
  });
});
