import type { NormalisedFramework } from '../framework/normalise.ts';
import { evaluateCriterion } from './evaluate-criterion.ts';
import { scoreIndicator } from './score-indicator.ts';
import { type IndexTotals, totalScores } from './totals.ts';
import type { ItemResult, Verdict } from './types.ts';

export interface ItemOutcome {
  code: string;
  /** Criteria: the verdict. Indicators: `scored`, `not_assessed` or `not_applicable`. */
  verdict: Verdict | 'scored';
  points: number | null;
  explanation: string;
  warnings: string[];
  errors: string[];
}

export interface FrameworkOutcome {
  frameworkId: string;
  year: number;
  items: ItemOutcome[];
  /** Index frameworks only; null for criteria sets. */
  totals: IndexTotals | null;
  /** Result codes that match no item of the framework (probably a typo). */
  unknownCodes: string[];
}

/**
 * Evaluates a whole set of results against one framework for one year: every criterion gets a verdict, every
 * indicator its points, and an index gets group and overall totals. Eligibility combines a criteria outcome
 * with an index total; see `eligibility`.
 */
export function evaluateFramework(
  framework: NormalisedFramework,
  year: number,
  results: Readonly<Record<string, ItemResult | undefined>>,
): FrameworkOutcome {
  const items = framework.groups.flatMap((g) => g.items);
  const known = new Set(items.map((i) => i.code));
  const unknownCodes = Object.keys(results).filter((code) => !known.has(code));
  if (framework.kind === 'criteria') {
    return {
      frameworkId: framework.id,
      year,
      unknownCodes,
      totals: null,
      items: items.map((item) => ({ ...evaluateCriterion(item, year, results[item.code]), points: null })),
    };
  }
  const scores = Object.fromEntries(
    items.map((item) => [item.code, scoreIndicator(item, results[item.code])]),
  );
  return {
    frameworkId: framework.id,
    year,
    unknownCodes,
    totals: totalScores(framework.groups, scores),
    items: Object.values(scores).map((s) => ({
      code: s.code,
      verdict: s.status,
      points: s.points,
      explanation: s.explanation,
      warnings: s.warnings,
      errors: s.errors,
    })),
  };
}
