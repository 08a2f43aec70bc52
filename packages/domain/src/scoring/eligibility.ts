import { formatPercentVi, formatPlainPercentVi, formatPointsVi } from './format.ts';
import { VERDICT_LABELS, type Verdict } from './types.ts';

/** Thanh Hóa: the index score must be above 70% of the index's maximum (QĐ 1829/QĐ-UBND, Điều 2). */
export const DEFAULT_ELIGIBILITY_THRESHOLD = 70;

export interface EligibilityInput {
  /** The criteria assigned to the commune for the year, with their verdicts. */
  criteria: readonly { code: string; verdict: Verdict }[];
  /** The commune's index total; null when it has no index score yet. */
  index: { points: number; maxPoints: number | null } | null;
  /** Percentage of the maximum that the index score must be strictly above. */
  threshold?: number;
}

export interface Eligibility {
  eligible: boolean;
  /** Vietnamese; one line per obstacle. Empty when eligible. */
  reasons: string[];
}

/**
 * Eligibility for recognition as having completed DX for the year: every assigned criterion that applies is
 * met (or exceeded), and the index score is strictly above `threshold`% of the maximum. `not_applicable`
 * criteria are left out; `not_assessed` ones block, because "not assessed" is not "met". The comparison uses
 * the unrounded percentage: 69,96% is not above 70% even though it would display as "70,0%".
 */
export function eligibility(input: EligibilityInput): Eligibility {
  const threshold = input.threshold ?? DEFAULT_ELIGIBILITY_THRESHOLD;
  const reasons: string[] = [];
  const applicable = input.criteria.filter((c) => c.verdict !== 'not_applicable');
  if (applicable.length === 0) reasons.push('Chưa có tiêu chí nào được giao và áp dụng');
  for (const c of applicable) {
    if (c.verdict !== 'met' && c.verdict !== 'exceeded') {
      reasons.push(`Tiêu chí ${c.code}: ${VERDICT_LABELS[c.verdict]}`);
    }
  }
  const index = input.index;
  if (index === null) {
    reasons.push('Chưa có điểm bộ chỉ số');
  } else if (index.maxPoints === null || index.maxPoints <= 0) {
    reasons.push(
      `Chưa biết tổng điểm tối đa của bộ chỉ số: chưa so được ${formatPointsVi(index.points)} điểm với ngưỡng`,
    );
  } else {
    const percent = (index.points / index.maxPoints) * 100;
    if (!(percent > threshold)) {
      reasons.push(
        `Điểm bộ chỉ số ${formatPointsVi(index.points)}/${formatPointsVi(index.maxPoints)} = ${formatPercentVi(percent, threshold)}, chưa vượt ${formatPlainPercentVi(threshold)} tổng điểm`,
      );
    }
  }
  return { eligible: reasons.length === 0, reasons };
}
