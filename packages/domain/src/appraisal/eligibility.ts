import { DEFAULT_ELIGIBILITY_THRESHOLD } from '../scoring/eligibility.ts';
import { formatPercentVi, formatPlainPercentVi, formatPointsVi } from '../scoring/format.ts';
import { VERDICT_LABELS, type Verdict } from '../scoring/types.ts';

export { DEFAULT_ELIGIBILITY_THRESHOLD };

/**
 * Recognition eligibility of one commune for one year (QĐ 1829/QĐ-UBND, Điều 2; seed 000, section 2), from the
 * final results the office settled, with every reason shown, met or not, so the screen and the dossier can
 * say why. Unlike `scoring/eligibility.ts` (which lists obstacles only, for the self-assessment screen), this
 * reads the final results and knows the index figure the district published when the maxima are unknown.
 */
export type PublishedIndex = {
  points: number;
  percent: number;
  /** The ranking decision that published it: "567/QĐ-UBND ngày 17/4/2023". */
  decision: string;
};

export type EligibilityInput = {
  /** The criteria assigned to the commune that year, in the framework's order. */
  assignedCriteria: readonly string[];
  /** Final result per criterion code (kết quả cuối cùng). A missing one is not met. */
  finalResults: Readonly<Record<string, Verdict | undefined>>;
  /** The criteria the cycle does not assess that year (2.5 in 2022): left out of "all met". */
  notApplicable: ReadonlySet<string>;
  /**
   * The appraised index total and the index's maximum; with the maximum unknown (`null`), the figure the office
   * recorded from its ranking decision. `null` when the commune has no index result at all.
   */
  index: { points: number; max: number | null; published?: PublishedIndex } | null;
  /** The index must be strictly above this percentage of its maximum (70 for QĐ 3853; per framework). */
  thresholdPercent?: number;
};

export type EligibilityReason = {
  kind: 'criterion' | 'criterion_excluded' | 'no_criteria' | 'index';
  /** The criterion's code, for the criterion kinds. */
  code?: string;
  ok: boolean;
  message: string;
};

export type RecognitionEligibility = { eligible: boolean; reasons: EligibilityReason[] };

const MET: readonly Verdict[] = ['met', 'exceeded'];

export function recognitionEligibility(input: EligibilityInput): RecognitionEligibility {
  const reasons: EligibilityReason[] = [];
  for (const code of input.assignedCriteria) {
    const verdict = input.finalResults[code];
    // Left out only as the cycle says, or when the framework has no target that year (Không áp dụng).
    if (input.notApplicable.has(code) || verdict === 'not_applicable') {
      reasons.push({
        kind: 'criterion_excluded',
        code,
        ok: true,
        message: `Tiêu chí ${code}: không đánh giá năm nay, không tính vào điều kiện`,
      });
      continue;
    }
    if (verdict === undefined) {
      reasons.push({
        kind: 'criterion',
        code,
        ok: false,
        message: `Tiêu chí ${code}: chưa có kết quả cuối cùng`,
      });
    } else {
      reasons.push({
        kind: 'criterion',
        code,
        ok: MET.includes(verdict),
        message: `Tiêu chí ${code}: ${VERDICT_LABELS[verdict]}`,
      });
    }
  }
  if (!reasons.some((r) => r.kind === 'criterion'))
    reasons.push({
      kind: 'no_criteria',
      ok: false,
      message: 'Không có tiêu chí nào được giao và đánh giá năm nay',
    });
  reasons.push(indexReason(input.index, input.thresholdPercent ?? DEFAULT_ELIGIBILITY_THRESHOLD));
  return { eligible: reasons.every((r) => r.ok), reasons };
}

function indexReason(index: EligibilityInput['index'], threshold: number): EligibilityReason {
  const reason = (ok: boolean, message: string): EligibilityReason => ({ kind: 'index', ok, message });
  const verdict = (percent: number) =>
    percent > threshold
      ? `trên ${formatPlainPercentVi(threshold)} tổng điểm`
      : `chưa vượt ${formatPlainPercentVi(threshold)} tổng điểm`;
  if (index === null) return reason(false, 'Chưa có kết quả bộ chỉ số');
  if (index.max !== null && index.max > 0) {
    // Unrounded: 69,96% is not above 70% even though it would show as "70,0%" (scoring/ROUNDING.md).
    const percent = (index.points / index.max) * 100;
    return reason(
      percent > threshold,
      `Bộ chỉ số: ${formatPointsVi(index.points)}/${formatPointsVi(index.max)} điểm = ${formatPercentVi(percent, threshold)}, ${verdict(percent)}`,
    );
  }
  const published = index.published;
  if (published === undefined)
    return reason(
      false,
      'Chưa biết tổng điểm tối đa của bộ chỉ số: cơ quan thường trực cần ghi kết quả đã công bố trong quyết định xếp hạng',
    );
  return reason(
    published.percent > threshold,
    `Bộ chỉ số theo Quyết định số ${published.decision}: ${formatPointsVi(published.points)} điểm, ${formatPlainPercentVi(published.percent)}, ${verdict(published.percent)} (kết quả đã công bố, chưa có điểm tối đa để tính lại)`,
  );
}
