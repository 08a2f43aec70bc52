/**
 * One vocabulary for where a commune stands in a cycle, used by the commune's workspace and the office's list
 * alike (issue 10: the commune read "Đang nhập" while the office read "Chưa bắt đầu" for the same commune).
 */

/** What the server knows of an assessment: no row yet (`not_started`), a draft, or submitted. */
export type AssessmentStatus = 'not_started' | 'draft' | 'submitted';
export type ProgressState = 'not_started' | 'in_progress' | 'submitted';

export const PROGRESS_LABELS: Record<ProgressState, string> = {
  not_started: 'Chưa bắt đầu',
  in_progress: 'Đang nhập',
  submitted: 'Đã gửi',
};

/**
 * A commune has started once it has entered something: opening the workspace (which makes the draft row) is
 * not starting. A submitted assessment is submitted whatever it holds.
 */
export function progressState(input: { status: AssessmentStatus; itemsEntered: number }): ProgressState {
  if (input.status === 'submitted') return 'submitted';
  return input.itemsEntered > 0 ? 'in_progress' : 'not_started';
}

/** "Đạt 3/37 tiêu chí"; null before anything is entered (never "Đạt 0/0"). */
export function criteriaProgressText(input: {
  state: ProgressState;
  criteriaMet: number;
  criteriaTotal: number;
}): string | null {
  if (input.state === 'not_started' || input.criteriaTotal === 0) return null;
  return `Đạt ${input.criteriaMet}/${input.criteriaTotal} tiêu chí`;
}

type CountedItem = {
  kind: 'criterion' | 'indicator';
  code: string;
  result: unknown | null;
  exclusionReason: string | null;
  evidence: readonly unknown[];
};

export type EntryCounts = {
  criteria: { total: number; notEntered: string[]; withoutEvidence: string[] };
  indicators: { total: number; notEntered: string[] };
};

/**
 * What is still missing, criteria and indicators counted apart (37 criteria and 56 indicators are not one
 * list of 93 items). Criteria the office made not applicable count nowhere: nothing is expected of them.
 */
export function entryCounts(items: readonly CountedItem[]): EntryCounts {
  const applicable = items.filter((i) => i.exclusionReason === null);
  const criteria = applicable.filter((i) => i.kind === 'criterion');
  const indicators = applicable.filter((i) => i.kind === 'indicator');
  const codes = (list: CountedItem[]) => list.map((i) => i.code);
  return {
    criteria: {
      total: criteria.length,
      notEntered: codes(criteria.filter((i) => i.result === null)),
      withoutEvidence: codes(criteria.filter((i) => i.evidence.length === 0)),
    },
    indicators: { total: indicators.length, notEntered: codes(indicators.filter((i) => i.result === null)) },
  };
}

/** The number of items with something entered (the office's list decides "started" from it). */
export function itemsEntered(items: readonly CountedItem[]): number {
  return items.filter((i) => i.result !== null).length;
}

/**
 * The deadline line of a workspace header. A reopened assessment's last day replaces the deadline; the
 * original is named only when it differs (the header said "Hạn 08/12/2026 · Được mở lại đến 08/12/2026").
 * Dates are passed already formatted.
 */
export function deadlineText(input: { deadline: string; reopenedUntil: string | null }): string {
  if (input.reopenedUntil === null) return `Hạn: ${input.deadline}`;
  if (input.reopenedUntil === input.deadline) return `Hạn: ${input.deadline} (đã mở lại)`;
  return `Được mở lại đến ${input.reopenedUntil} (hạn ban đầu ${input.deadline})`;
}
