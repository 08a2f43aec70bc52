import { evaluateCriterion } from '../scoring/evaluate-criterion.ts';
import { formatFigureVi } from '../scoring/format.ts';
import {
  type CriterionDef,
  type ItemResult,
  type SelfJudgement,
  VERDICT_LABELS,
  type Verdict,
} from '../scoring/types.ts';
import { yesNo } from '../scoring/yes-no.ts';

/**
 * The steering committee's assessment of one criterion for one commune (Đánh giá của BCĐ; seed 000, columns
 * B–G). The verdict is always computed by `scoring/evaluate-criterion.ts`, from the committee's figures where
 * it corrected the commune's and from the commune's elsewhere; nobody types a verdict over figures. The
 * committee's own judgement decides only what figures cannot: a qualitative (`*`) target, or a criterion
 * reported with a conclusion and no figures (most lines of seed 000: "Đạt").
 */
export type AppraisedFigures = {
  numerator?: number;
  denominator?: number;
  value?: boolean | number | string;
};

export type CommitteeInput = {
  criterion: CriterionDef;
  year: number;
  /** What the commune submitted. */
  self: ItemResult | undefined;
  /** Figures the committee found different (a corrected denominator…); the others stay the commune's. */
  appraised?: AppraisedFigures;
  /** The committee's Đạt / Chưa đạt where figures cannot decide. */
  judgement?: SelfJudgement;
  /** "Vượt chỉ tiêu" set by hand over a computed "Đạt", with the reason. */
  override?: { reason: string };
  /** The committee records "Không đánh giá năm nay". */
  notAssessed?: boolean;
  /** The cycle does not assess this criterion this year (2.5 in 2022): the only case `notAssessed` is allowed. */
  cycleExcludes: boolean;
};

export type CommitteeVerdict =
  | {
      ok: true;
      verdict: Verdict;
      /** The verdict the figures give, before any override. */
      computed: Verdict;
      /** Vietnamese working, the numbers used: "3.320/5.293 = 62,7% ≥ 60% → Đạt". */
      working: string;
      /** Whether any of the committee's own figures were used. */
      fromAppraisedFigures: boolean;
      warnings: string[];
    }
  /** Errors per input field (`notAssessed`, `judgement`, `override`, `figures`), Vietnamese, for the form. */
  | { ok: false; errors: Record<string, string> };

export const COMMITTEE_MESSAGES = {
  notAssessedNotAllowed:
    'Kỳ đánh giá năm nay có đánh giá tiêu chí này: chỉ ghi "Không đánh giá năm nay" cho tiêu chí kỳ đánh giá không đánh giá.',
  judgementRequired: 'Chỉ tiêu định tính: BCĐ cần đánh giá Đạt hoặc Chưa đạt.',
  overrideReason: 'Cần ghi lý do khi đánh giá "Vượt chỉ tiêu".',
  overrideOnlyOverMet: (computed: Verdict) =>
    `Chỉ đánh giá "Vượt chỉ tiêu" được khi kết quả tính ra là "Đạt" (đang là "${VERDICT_LABELS[computed]}").`,
};

export function committeeVerdict(input: CommitteeInput): CommitteeVerdict {
  const { criterion, year } = input;
  if (input.cycleExcludes) {
    return {
      ok: true,
      verdict: 'not_assessed',
      computed: 'not_assessed',
      working: `Không đánh giá năm ${year} (theo kỳ đánh giá)`,
      fromAppraisedFigures: false,
      warnings: [],
    };
  }
  if (input.notAssessed)
    return { ok: false, errors: { notAssessed: COMMITTEE_MESSAGES.notAssessedNotAllowed } };
  const target = criterion.targets[String(year)];
  if (target?.comparator === '*' && input.judgement === undefined)
    return { ok: false, errors: { judgement: COMMITTEE_MESSAGES.judgementRequired } };

  const appraised = definedFigures(input.appraised);
  const fromAppraisedFigures = Object.keys(appraised).length > 0;
  const self = input.self ?? {};
  const result: ItemResult = {
    numerator: self.numerator,
    denominator: self.denominator,
    value: self.value,
    // A typed percentage or a "not started" only stands while the committee has no figures of its own.
    ...(fromAppraisedFigures ? {} : { typedPercent: self.typedPercent, status: self.status }),
    ...appraised,
    selfJudgement: input.judgement,
  };
  const evaluation = evaluateCriterion(criterion, year, withoutUndefined(result));
  if (evaluation.errors.length > 0) return { ok: false, errors: { figures: evaluation.errors.join('; ') } };
  const computed = evaluation.verdict;
  // The scoring module words a judgement as the commune's own; here it is the committee's.
  const working = evaluation.explanation.replace(', xã tự đánh giá', ', BCĐ đánh giá');
  const warnings = evaluation.warnings.map((w) => w.replace(/^Xã tự đánh giá/, 'BCĐ đánh giá'));
  if (input.override === undefined)
    return { ok: true, verdict: computed, computed, working, fromAppraisedFigures, warnings };
  const reason = input.override.reason.trim();
  if (reason === '') return { ok: false, errors: { override: COMMITTEE_MESSAGES.overrideReason } };
  if (computed !== 'met' && computed !== 'exceeded')
    return { ok: false, errors: { override: COMMITTEE_MESSAGES.overrideOnlyOverMet(computed) } };
  return {
    ok: true,
    verdict: 'exceeded',
    computed,
    working: computed === 'met' ? `${working}; BCĐ đánh giá Vượt chỉ tiêu: ${reason}` : working,
    fromAppraisedFigures,
    warnings,
  };
}

function definedFigures(figures: AppraisedFigures | undefined): AppraisedFigures {
  return withoutUndefined({ ...figures });
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** One line of the office's list of differences between the commune and the committee. */
export type Difference = {
  field: 'verdict' | 'numerator' | 'denominator' | 'value';
  self: string;
  committee: string;
};

/**
 * What differs between the commune's self-assessment and the committee's, for the office's list and the
 * commune's answer (Thống nhất / Không thống nhất). "Vượt chỉ tiêu" against "Đạt" is not a difference: both
 * are met, and exceeded counts as met everywhere. A corrected figure is one even when the verdict stays.
 */
export function differences(
  self: { verdict: Verdict; result?: ItemResult },
  committee: { verdict: Verdict; appraised?: AppraisedFigures },
): Difference[] {
  const fold = (v: Verdict) => (v === 'exceeded' ? 'met' : v);
  const out: Difference[] = [];
  if (fold(self.verdict) !== fold(committee.verdict))
    out.push({
      field: 'verdict',
      self: VERDICT_LABELS[self.verdict],
      committee: VERDICT_LABELS[committee.verdict],
    });
  const appraised = committee.appraised ?? {};
  for (const field of ['numerator', 'denominator', 'value'] as const) {
    const theirs = appraised[field];
    if (theirs === undefined) continue;
    const ours = self.result?.[field];
    if (!sameValue(ours, theirs)) out.push({ field, self: show(ours), committee: show(theirs) });
  }
  return out;
}

/** Whether the commune has a difference to answer. */
export function differs(
  self: { verdict: Verdict; result?: ItemResult },
  committee: { verdict: Verdict; appraised?: AppraisedFigures },
): boolean {
  return differences(self, committee).length > 0;
}

function sameValue(a: AppraisedFigures['value'] | undefined, b: AppraisedFigures['value']): boolean {
  if (a === b) return true;
  // "Có" and true say the same thing.
  const ya = yesNo(a);
  return ya !== null && ya === yesNo(b);
}

function show(v: AppraisedFigures['value'] | undefined): string {
  if (v === undefined) return '(trống)';
  if (typeof v === 'number') return formatFigureVi(v);
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return v;
}
