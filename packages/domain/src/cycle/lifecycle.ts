import type { Action } from '../roles.ts';
import { formatDayVi } from '../text.ts';

/**
 * The lifecycle of a cycle (kỳ đánh giá). The office opens it; while open it may edit it (deadlines, communes,
 * criteria not applicable) and reopen communes; it closes it when the year's work is done, after which nothing
 * changes anywhere (communes included). A cycle that holds no commune data (no saved result, no evidence link,
 * no generated document) may be deleted, open or closed: it was a mistake. One holding data never is: close it.
 */
export const CYCLE_STATUSES = ['open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export const CYCLE_STATUS_LABELS: Record<CycleStatus, string> = {
  open: 'Đang mở',
  closed: 'Đã đóng',
};

export type CycleAction = 'edit' | 'reopenCommunes' | 'close' | 'delete';

export type CycleState = {
  status: CycleStatus;
  /** Whether any commune of the cycle has a saved result, an evidence link or a generated document. */
  holdsData: boolean;
};

type Rule = {
  /** The statuses the action may start from; any other answers `refusedFrom`. */
  from: readonly CycleStatus[];
  /** The status after the action; `null` when the cycle is gone. */
  to: (from: CycleStatus) => CycleStatus | null;
  /** The right it takes (scoped to the cycle's area by the server). */
  right: Action;
  /** Why it is refused from another status. */
  refusedFrom: string;
  /** Refused while the cycle holds commune data, with this reason. */
  refusedWithData?: string;
};

/** The table of transitions: one row per action, with who may and why not. */
export const CYCLE_TRANSITIONS: Record<CycleAction, Rule> = {
  edit: {
    from: ['open'],
    to: () => 'open',
    right: 'cycle:manage',
    refusedFrom: 'Kỳ đánh giá đã đóng nên không sửa được nữa.',
  },
  reopenCommunes: {
    from: ['open'],
    to: () => 'open',
    right: 'cycle:manage',
    refusedFrom: 'Kỳ đánh giá đã đóng nên không mở lại cho xã được.',
  },
  close: {
    from: ['open'],
    to: () => 'closed',
    right: 'cycle:manage',
    refusedFrom: 'Kỳ đánh giá đã đóng rồi.',
  },
  delete: {
    from: ['open', 'closed'],
    to: () => null,
    right: 'cycle:manage',
    refusedFrom: '',
    refusedWithData:
      'Kỳ đánh giá đã có dữ liệu của xã (kết quả, minh chứng hoặc văn bản) nên không xóa được. Hãy đóng kỳ thay vì xóa.',
  },
};

export type CycleTransitionResult =
  | { ok: true; status: CycleStatus | null }
  | { ok: false; reason: 'wrong_status' | 'holds_data'; message: string };

/** Whether the action may happen to a cycle in this state, and the status it leaves. */
export function cycleTransition(state: CycleState, action: CycleAction): CycleTransitionResult {
  const rule = CYCLE_TRANSITIONS[action];
  if (!rule.from.includes(state.status)) {
    return { ok: false, reason: 'wrong_status', message: rule.refusedFrom };
  }
  if (rule.refusedWithData && state.holdsData) {
    return { ok: false, reason: 'holds_data', message: rule.refusedWithData };
  }
  return { ok: true, status: rule.to(state.status) };
}

export type CycleDeadlines = { selfAssessment: string; confirmation: string; dossier: string };

export const DEADLINE_LABELS: Record<keyof CycleDeadlines, string> = {
  selfAssessment: 'Hạn tự đánh giá',
  confirmation: 'Hạn xác nhận',
  dossier: 'Hạn hồ sơ',
};

/**
 * The deadlines already past on `today` (ISO day, Vietnam time): the deadline day itself still counts. A
 * warning, never a refusal: a past year's cycle is legitimate (recording what was done), but every commune of it
 * would open its workspace locked.
 */
export function pastDeadlines(deadlines: CycleDeadlines, today: string): Array<keyof CycleDeadlines> {
  return (Object.keys(DEADLINE_LABELS) as Array<keyof CycleDeadlines>).filter((k) => deadlines[k] < today);
}

/** The warning the cycle form shows, or null when no deadline is past. */
export function pastDeadlineWarning(deadlines: CycleDeadlines, today: string): string | null {
  const past = pastDeadlines(deadlines, today);
  if (past.length === 0) return null;
  const named = past
    .map((k) => `${DEADLINE_LABELS[k].toLowerCase()} ${formatDayVi(deadlines[k])}`)
    .join(', ');
  return past.includes('selfAssessment')
    ? `Đã qua ${named}: các xã sẽ không nhập được cho đến khi được mở lại. Sửa hạn, hoặc mở lại cho các xã sau khi tạo kỳ.`
    : `Đã qua ${named}.`;
}

/**
 * The name of a round compared as a person would: case, surrounding and repeated spaces ignored; no name is the
 * year's main round. Two cycles of the same area, year and criteria set must differ in it.
 */
export function roundKey(round: string | null | undefined): string {
  return (round ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}
