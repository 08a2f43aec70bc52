import type { Measure, Rule, Target } from '../framework/schema.ts';

export const VERDICTS = ['met', 'not_met', 'exceeded', 'not_assessed', 'not_applicable'] as const;
/** Result of one criterion: Đạt / Chưa đạt / Vượt chỉ tiêu / Chưa đánh giá / Không áp dụng. */
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  exceeded: 'Vượt chỉ tiêu',
  not_assessed: 'Chưa đánh giá',
  not_applicable: 'Không áp dụng',
};

/**
 * What a commune reports for one item. Give raw figures whenever there are any: `typedPercent` and
 * `typedPoints` are what a document claims, kept only to be checked against the figures.
 */
export interface ItemResult {
  numerator?: number;
  denominator?: number;
  typedPercent?: number;
  typedPoints?: number;
  /** yes/no (`true`, or "Có"/"Không"), a count, a level from the item's list, or free text. */
  value?: boolean | number | string;
  /** Points set by the appraiser, for indicators scored `manual`. */
  points?: number;
  /** The appraiser's judgement, needed for qualitative (`*`) targets; otherwise checked against the figures. */
  judgement?: 'met' | 'not_met' | 'exceeded';
  /** Chưa đánh giá / Không áp dụng trong kỳ / Chưa thực hiện. */
  status?: 'not_assessed' | 'not_applicable' | 'not_started';
}

/** The parts of a criterion that evaluation needs (a `Criterion` or a normalised item both fit). */
export interface CriterionDef {
  code: string;
  measure: Measure;
  targets: Readonly<Record<string, Target | null | undefined>>;
}

/** The parts of an indicator that scoring needs (an `Indicator` or a normalised item both fit). */
export interface IndicatorDef {
  code: string;
  measure: Measure;
  maxPoints: number | null;
  rule: Rule | null;
}

export interface CriterionEvaluation {
  code: string;
  verdict: Verdict;
  /** Vietnamese, restating the numbers used: "4.445/5.293 = 84,0% ≥ 70% → Đạt". */
  explanation: string;
  warnings: string[];
  errors: string[];
}

export interface IndicatorScore {
  code: string;
  /** Rounded to 2 decimals, within [0, maxPoints]; null when it cannot be computed (see `errors`). */
  points: number | null;
  maxPoints: number | null;
  /** `not_applicable` indicators leave both the points and the maximum of the totals. */
  status: 'scored' | 'not_assessed' | 'not_applicable';
  /** Vietnamese working: "7/19 = 36,8% × 10 = 3,68 điểm". */
  explanation: string;
  warnings: string[];
  errors: string[];
}
