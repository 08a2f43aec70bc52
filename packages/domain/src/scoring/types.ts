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

/** The commune's own judgement of a criterion (tự đánh giá): Đạt / Chưa đạt. */
export const SELF_JUDGEMENTS = ['met', 'not_met'] as const;
export type SelfJudgement = (typeof SELF_JUDGEMENTS)[number];

/**
 * What a commune reports for one item. Give raw figures whenever there are any: `typedPercent` is what a
 * document claims, kept only to be checked against the figures.
 */
export interface ItemResult {
  numerator?: number;
  denominator?: number;
  typedPercent?: number;
  /**
   * Self-scored points (điểm tự chấm): the points the commune gives an indicator. For an indicator scored
   * `manual` they are its score (nothing can be computed); for any other rule they are checked against the
   * points computed from the figures, which win. The appraiser's points are a separate, later field.
   */
  selfPoints?: number;
  /** yes/no (`true`, or "Có"/"Không"), a count, a level from the item's list, or free text. */
  value?: boolean | number | string;
  /**
   * The commune's own judgement of a criterion: the verdict of a qualitative (`*`) target, and of a criterion
   * with no figures to compare; where figures decide, a judgement that disagrees is only a warning.
   */
  selfJudgement?: SelfJudgement;
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
