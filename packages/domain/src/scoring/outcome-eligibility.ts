import { type Eligibility, eligibility } from './eligibility.ts';
import type { FrameworkOutcome } from './evaluate-framework.ts';
import type { Verdict } from './types.ts';

/**
 * The part of recognition one framework can decide on its own: for a criteria set, whether every applicable
 * criterion is met; for an index, whether the total is above the threshold. Recognition needs both parts
 * (see `eligibility`); `score` and the evaluate API report the part of the framework they were given.
 */
export function outcomeEligibility(outcome: FrameworkOutcome, threshold?: number): Eligibility {
  if (outcome.totals === null) {
    const criteria = outcome.items.map((i) => ({ code: i.code, verdict: i.verdict as Verdict }));
    // The index part is satisfied by construction (1 of 1 point above 0%), leaving only the criteria part.
    return eligibility({ criteria, index: { points: 1, maxPoints: 1 }, threshold: 0 });
  }
  const { points, maxPoints } = outcome.totals.total;
  // Likewise one met criterion leaves only the index part.
  return eligibility({ criteria: [{ code: '', verdict: 'met' }], index: { points, maxPoints }, threshold });
}
