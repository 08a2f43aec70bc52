import { formatDayVi } from '../text.ts';
/**
 * The self-assessment of one commune in one cycle. A commune officer edits while it is a draft; the commune
 * head submits it, and may withdraw it to correct it until the deadline. After the deadline nothing changes
 * unless the office reopens it until a new date.
 */
export const ASSESSMENT_STATUSES = ['draft', 'submitted'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: 'Đang nhập',
  submitted: 'Đã gửi',
};

export type AssessmentTransition = 'submit' | 'withdraw' | 'reopen';

export type WorkflowState = {
  status: AssessmentStatus;
  /** Last day (ISO, Vietnam time) the commune may change or submit: the cycle's self-assessment deadline. */
  deadline: string;
  /** A later last day granted by the office when it reopened the assessment. */
  reopenedUntil: string | null;
  /** The office closed the cycle: nothing changes any more, whatever the dates (domain/cycle/lifecycle.ts). */
  cycleClosed?: boolean;
};

export type TransitionResult =
  | { ok: true; state: WorkflowState }
  | { ok: false; reason: 'wrong_status' | 'deadline_passed' | 'bad_date' | 'cycle_closed'; message: string };

/** The last day on which the commune may still act: the deadline or, when reopened, the later of the two. */
export function lastDay(state: WorkflowState): string {
  return state.reopenedUntil && state.reopenedUntil > state.deadline ? state.reopenedUntil : state.deadline;
}

/** Whether `today` (ISO day in Vietnam time) is still within the window. The deadline day itself counts. */
export function isOpen(state: WorkflowState, today: string): boolean {
  return !state.cycleClosed && today <= lastDay(state);
}

/** Whether results and evidence links may be changed. */
export function canEdit(state: WorkflowState, today: string): boolean {
  return state.status === 'draft' && isOpen(state, today);
}

/**
 * Applies a transition. `reopen` (by the office) is allowed in any status and at any time, and needs a new
 * last day that is today or later; it turns a submitted assessment back into a draft.
 */
export function transition(
  state: WorkflowState,
  action: AssessmentTransition,
  today: string,
  reopenUntil?: string,
): TransitionResult {
  const closed = {
    ok: false as const,
    reason: 'deadline_passed' as const,
    message: `Đã quá hạn ${formatDayVi(lastDay(state))}. Liên hệ cơ quan thường trực để được mở lại.`,
  };
  if (state.cycleClosed) {
    return { ok: false, reason: 'cycle_closed', message: 'Kỳ đánh giá đã đóng: không thay đổi được nữa.' };
  }
  switch (action) {
    case 'submit':
      if (state.status !== 'draft')
        return { ok: false, reason: 'wrong_status', message: 'Bản tự đánh giá đã được gửi.' };
      if (!isOpen(state, today)) return closed;
      return { ok: true, state: { ...state, status: 'submitted' } };
    case 'withdraw':
      if (state.status !== 'submitted') {
        return { ok: false, reason: 'wrong_status', message: 'Chỉ rút lại được bản đã gửi.' };
      }
      if (!isOpen(state, today)) return closed;
      return { ok: true, state: { ...state, status: 'draft' } };
    case 'reopen':
      if (!reopenUntil || reopenUntil < today) {
        return { ok: false, reason: 'bad_date', message: 'Hạn mở lại phải từ hôm nay trở đi.' };
      }
      return { ok: true, state: { ...state, status: 'draft', reopenedUntil: reopenUntil } };
  }
}
