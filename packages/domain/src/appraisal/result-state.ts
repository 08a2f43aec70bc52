/**
 * The state of one result: one criterion of one commune in one cycle, from the commune's self-assessment to
 * the province's recognition (seed 002, Điều 2, steps 4–7; seed 000). One table holds every transition with who
 * may make it and why it is refused; the server only asks.
 *
 *   self ─submit→ submitted ─confirm→ confirmed ─settle→ final ─send→ sent ─recognise→ recognised
 *                 submitted ─return→ returned ─resubmit→ submitted
 *
 * - `agree` / `disagree` (the commune's answer to a difference, Thống nhất / Không thống nhất) and
 *   `verify_accept` (the province's verification found the dossier in order) are recorded in the history and
 *   leave the state as it is; `settle` may be repeated until the office sends, to correct its own settlement.
 * - `verify_return`: the province sends the dossier back to the district office, which settles again.
 * - `unlock` undoes the step of the actor below, by the actor above, with a reason (`UNLOCKS`).
 */
export const RESULT_STATES = [
  'self',
  'submitted',
  'returned',
  'confirmed',
  'final',
  'sent',
  'recognised',
] as const;
export type ResultState = (typeof RESULT_STATES)[number];

export const RESULT_STATE_LABELS: Record<ResultState, string> = {
  self: 'Xã đang tự đánh giá',
  submitted: 'Xã đã gửi, chờ BCĐ đánh giá',
  returned: 'Yêu cầu bổ sung',
  confirmed: 'BCĐ đã đánh giá',
  final: 'Đã chốt kết quả cuối cùng',
  sent: 'Đã gửi tỉnh thẩm tra',
  recognised: 'Đã được công nhận',
};

export const RESULT_EVENTS = [
  'submit',
  'return',
  'resubmit',
  'confirm',
  'agree',
  'disagree',
  'settle',
  'send',
  'verify_accept',
  'verify_return',
  'recognise',
  'unlock',
] as const;
export type ResultEvent = (typeof RESULT_EVENTS)[number];

export const RESULT_EVENT_LABELS: Record<ResultEvent, string> = {
  submit: 'Gửi kết quả tự đánh giá',
  return: 'Yêu cầu bổ sung',
  resubmit: 'Gửi lại sau khi bổ sung',
  confirm: 'BCĐ xác nhận đánh giá',
  agree: 'Thống nhất với đánh giá của BCĐ',
  disagree: 'Không thống nhất với đánh giá của BCĐ',
  settle: 'Chốt kết quả cuối cùng',
  send: 'Gửi hồ sơ lên tỉnh',
  verify_accept: 'Tỉnh thẩm tra: hồ sơ đạt',
  verify_return: 'Tỉnh trả lại hồ sơ',
  recognise: 'Công nhận',
  unlock: 'Mở khóa',
};

/**
 * In which capacity someone acts on one result: the commune's officer or head; the steering member the
 * cycle's matrix makes responsible for the criterion; the district's standing office; the province's office.
 */
export const RESULT_ACTORS = ['commune', 'member', 'office', 'province'] as const;
export type ResultActor = (typeof RESULT_ACTORS)[number];

export const RESULT_ACTOR_LABELS: Record<ResultActor, string> = {
  commune: 'UBND xã',
  member: 'Thành viên BCĐ phụ trách',
  office: 'Cơ quan thường trực',
  province: 'Sở phụ trách CĐS',
};

type Transition = {
  from: readonly ResultState[];
  /** `null`: the event is recorded and the state stays. */
  to: ResultState | null;
  by: ResultActor;
  refusedActor: string;
  refusedFrom: string;
  /** The event needs a written reason or explanation (giải trình, lý do). */
  needsReason?: true;
};

/** Every event but `unlock`, whose rule depends on the state (`UNLOCKS`). */
export const RESULT_TRANSITIONS: Record<Exclude<ResultEvent, 'unlock'>, Transition> = {
  submit: {
    from: ['self'],
    to: 'submitted',
    by: 'commune',
    refusedActor: 'Chỉ UBND xã mới gửi được kết quả tự đánh giá của xã.',
    refusedFrom: 'Kết quả đã được gửi.',
  },
  return: {
    from: ['submitted'],
    to: 'returned',
    by: 'member',
    refusedActor: 'Chỉ thành viên BCĐ phụ trách tiêu chí này mới yêu cầu bổ sung được.',
    refusedFrom: 'Chỉ yêu cầu bổ sung được kết quả xã đã gửi và đang chờ BCĐ đánh giá.',
    needsReason: true,
  },
  resubmit: {
    from: ['returned'],
    to: 'submitted',
    by: 'commune',
    refusedActor: 'Chỉ UBND xã mới gửi lại được kết quả của xã.',
    refusedFrom: 'Chỉ gửi lại được kết quả đang được yêu cầu bổ sung.',
  },
  confirm: {
    from: ['submitted'],
    to: 'confirmed',
    by: 'member',
    refusedActor: 'Chỉ thành viên BCĐ phụ trách tiêu chí này mới xác nhận được đánh giá.',
    refusedFrom: 'Chỉ đánh giá được kết quả xã đã gửi và đang chờ BCĐ đánh giá.',
  },
  agree: {
    from: ['confirmed'],
    to: null,
    by: 'commune',
    refusedActor: 'Chỉ UBND xã mới trả lời được đánh giá của BCĐ.',
    refusedFrom: 'Chỉ trả lời được đánh giá BCĐ đã xác nhận và chưa được chốt.',
  },
  disagree: {
    from: ['confirmed'],
    to: null,
    by: 'commune',
    refusedActor: 'Chỉ UBND xã mới trả lời được đánh giá của BCĐ.',
    refusedFrom: 'Chỉ trả lời được đánh giá BCĐ đã xác nhận và chưa được chốt.',
    needsReason: true,
  },
  settle: {
    from: ['confirmed', 'final'],
    to: 'final',
    by: 'office',
    refusedActor: 'Chỉ cơ quan thường trực mới chốt được kết quả cuối cùng.',
    refusedFrom: 'Chỉ chốt được kết quả BCĐ đã đánh giá.',
  },
  send: {
    from: ['final'],
    to: 'sent',
    by: 'office',
    refusedActor: 'Chỉ cơ quan thường trực mới gửi được hồ sơ lên tỉnh.',
    refusedFrom: 'Chỉ gửi được kết quả đã chốt và chưa gửi.',
  },
  verify_accept: {
    from: ['sent'],
    to: null,
    by: 'province',
    refusedActor: 'Chỉ Sở phụ trách CĐS mới thẩm tra được hồ sơ.',
    refusedFrom: 'Chỉ thẩm tra được hồ sơ huyện đã gửi.',
  },
  verify_return: {
    from: ['sent'],
    to: 'final',
    by: 'province',
    refusedActor: 'Chỉ Sở phụ trách CĐS mới trả lại được hồ sơ.',
    refusedFrom: 'Chỉ trả lại được hồ sơ huyện đã gửi.',
    needsReason: true,
  },
  recognise: {
    from: ['sent'],
    to: 'recognised',
    by: 'province',
    refusedActor: 'Chỉ Sở phụ trách CĐS mới ghi nhận được quyết định công nhận.',
    refusedFrom: 'Chỉ công nhận được hồ sơ huyện đã gửi.',
  },
};

/**
 * What `unlock` undoes, from each state that has something to undo: the actor above the one whose step it was.
 * The member's confirmation is reopened by the office; the district's sending by the province. Nobody in the
 * product stands above the province, so its own recognition is reopened by the province itself (to correct a
 * recorded decision), still with a reason. A settled result (`final`) is not locked: the office settles again.
 */
export const UNLOCKS: Partial<Record<ResultState, { by: ResultActor; to: ResultState }>> = {
  confirmed: { by: 'office', to: 'submitted' },
  sent: { by: 'province', to: 'final' },
  recognised: { by: 'province', to: 'sent' },
};

export const RESULT_MESSAGES = {
  reasonRequired: 'Cần ghi rõ lý do.',
  explanationRequired: 'Cần ghi giải trình khi không thống nhất.',
  sent: 'Huyện đã gửi hồ sơ lên tỉnh: kết quả và đánh giá của BCĐ đã khóa.',
  recognised: 'Tỉnh đã có quyết định công nhận: mọi kết quả của xã năm này đã khóa.',
  notLocked: 'Kết quả chưa bị khóa nên không cần mở khóa.',
  unlockBy: (actor: ResultActor) => `Chỉ ${RESULT_ACTOR_LABELS[actor]} mới mở khóa được kết quả này.`,
};

/**
 * Locked: no one may change the result's content, only the events the table allows from it. After the district
 * has sent the commune its results and the committee's assessment are locked; after the province's decision,
 * everything of the commune-year.
 */
export function isLocked(state: ResultState): boolean {
  return state === 'sent' || state === 'recognised';
}

/** Who may change the result's content (figures, evidence, the committee's assessment) in a state; null: no one. */
export function editorOf(state: ResultState): ResultActor | null {
  switch (state) {
    case 'self':
    case 'returned':
      return 'commune';
    case 'submitted':
      return 'member';
    case 'confirmed':
    case 'final':
      return 'office';
    default:
      return null;
  }
}

export type ResultRefusal = {
  ok: false;
  /** `not_allowed` is a 403 for the server; the others a 409 (or 400 for a missing reason). */
  reason: 'not_allowed' | 'wrong_state' | 'locked' | 'not_locked' | 'reason_required';
  message: string;
};

export type ResultTransition = { ok: true; state: ResultState } | ResultRefusal;

/**
 * The state after `event` by `actor`, or why not. `reason` is the written reason (lý do) the events marked
 * `needsReason` and every unlock require; blank text does not count.
 */
export function nextResultState(
  state: ResultState,
  event: ResultEvent,
  actor: ResultActor,
  reason?: string,
): ResultTransition {
  const hasReason = (reason ?? '').trim() !== '';
  if (event === 'unlock') {
    const unlock = UNLOCKS[state];
    if (unlock === undefined) return { ok: false, reason: 'not_locked', message: RESULT_MESSAGES.notLocked };
    if (actor !== unlock.by)
      return { ok: false, reason: 'not_allowed', message: RESULT_MESSAGES.unlockBy(unlock.by) };
    if (!hasReason) return { ok: false, reason: 'reason_required', message: RESULT_MESSAGES.reasonRequired };
    return { ok: true, state: unlock.to };
  }
  const rule = RESULT_TRANSITIONS[event];
  if (actor !== rule.by) return { ok: false, reason: 'not_allowed', message: rule.refusedActor };
  if (!rule.from.includes(state)) {
    if (state === 'sent' || state === 'recognised')
      return { ok: false, reason: 'locked', message: RESULT_MESSAGES[state] };
    return { ok: false, reason: 'wrong_state', message: rule.refusedFrom };
  }
  if (rule.needsReason && !hasReason) {
    const message =
      event === 'disagree' ? RESULT_MESSAGES.explanationRequired : RESULT_MESSAGES.reasonRequired;
    return { ok: false, reason: 'reason_required', message };
  }
  return { ok: true, state: rule.to ?? state };
}

/**
 * Whether a result is late for the confirmation deadline (seed 002, Điều 2.4: by 10 December): still with the
 * commune or the member after that day. `today` and `deadline` are ISO days (Vietnam time); the day itself counts.
 */
export function isLateForConfirmation(state: ResultState, deadline: string, today: string): boolean {
  return today > deadline && (state === 'self' || state === 'submitted' || state === 'returned');
}
