import { VERDICT_LABELS, type Verdict } from '../scoring/types.ts';
import { RESULT_STATE_LABELS, type ResultState } from './result-state.ts';

/**
 * Results a commune completed early (seed 002, Điều 3: a commune not yet scheduled registers some independent
 * criteria) are carried forward to its scheduled year, so it does not do them twice. A result carries when:
 * - the office has settled it (`final`, or later): a result the member confirmed but the office has not
 *   settled may still change after the commune's answer, so it waits;
 * - it is met or exceeded (a result not met is nothing to carry: the criterion is done in the scheduled year);
 * - it is from an earlier year than the scheduled one;
 * - the new cycle's framework has a criterion with the same code (a renumbered or dropped criterion does not
 *   carry; the office re-registers it by hand).
 * It carries with its year ("Đạt năm 2023"); of two years for one criterion the later one carries.
 */
export type EarlyResult = { code: string; verdict: Verdict; year: number; state: ResultState };
export type CarriedResult = { code: string; verdict: Verdict; year: number };
export type NotCarried = { code: string; year: number; reason: string };

const SETTLED: readonly ResultState[] = ['final', 'sent', 'recognised'];

export function carryForward(
  results: readonly EarlyResult[],
  newFrameworkCodes: ReadonlySet<string>,
  scheduledYear: number,
): { carried: CarriedResult[]; notCarried: NotCarried[] } {
  const best = new Map<string, CarriedResult>();
  const notCarried: NotCarried[] = [];
  for (const r of results) {
    const refuse = (reason: string) => notCarried.push({ code: r.code, year: r.year, reason });
    if (r.year >= scheduledYear) refuse(`Kết quả năm ${r.year} không sớm hơn năm ${scheduledYear} được giao`);
    else if (!SETTLED.includes(r.state))
      refuse(`Kết quả năm ${r.year} chưa được cơ quan thường trực chốt (${RESULT_STATE_LABELS[r.state]})`);
    else if (r.verdict !== 'met' && r.verdict !== 'exceeded')
      refuse(`Kết quả năm ${r.year}: ${VERDICT_LABELS[r.verdict]}, không có gì để chuyển`);
    else if (!newFrameworkCodes.has(r.code))
      refuse(`Bộ tiêu chí năm ${scheduledYear} không có tiêu chí ${r.code}`);
    else {
      const earlier = best.get(r.code);
      if (earlier === undefined || earlier.year < r.year)
        best.set(r.code, { code: r.code, verdict: r.verdict, year: r.year });
    }
  }
  return { carried: [...best.values()], notCarried };
}
