import type { CAPABILITIES } from '../contracts/assessments.ts';
import type { NotificationKind } from '../notifications/kinds.ts';
import { type RoleAt, roleAllows } from '../roles.ts';

/**
 * A support request (kiến nghị, đề xuất hỗ trợ; seed 002, Điều 2): a commune asks the steering member
 * responsible for a criterion for help with it, with a copy to the standing office. The member answers and, the
 * criterion being one the commune cannot complete alone, writes a support plan for the committee head
 * (Trưởng BCĐ), who approves it or returns it for rework. The commune closes the request once satisfied; the
 * office may close it too (the commune left the roadmap, the year is over).
 *
 * One table below holds every transition with who may make it and why it is refused; the server only asks.
 */
export const SUPPORT_STATUSES = [
  'sent',
  'answered',
  'plan_submitted',
  'plan_approved',
  'plan_returned',
  'closed',
] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export const SUPPORT_STATUS_LABELS: Record<SupportStatus, string> = {
  sent: 'Đã gửi',
  answered: 'Đã trả lời',
  plan_submitted: 'Đã trình phương án',
  plan_approved: 'Phương án được duyệt',
  plan_returned: 'Phương án bị trả lại',
  closed: 'Đã đóng',
};

/** The statuses in which the request is still being worked on. */
export const OPEN_SUPPORT_STATUSES: readonly SupportStatus[] = SUPPORT_STATUSES.filter((s) => s !== 'closed');

export const SUPPORT_EVENTS = ['answer', 'submit_plan', 'approve_plan', 'return_plan', 'close'] as const;
export type SupportEvent = (typeof SUPPORT_EVENTS)[number];

/** Sending is the event that creates the request; it appears first in every history. */
export type SupportHistoryEvent = 'send' | SupportEvent;

export const SUPPORT_EVENT_LABELS: Record<SupportHistoryEvent, string> = {
  send: 'Gửi đề nghị',
  answer: 'Trả lời',
  submit_plan: 'Trình phương án hỗ trợ',
  approve_plan: 'Duyệt phương án',
  return_plan: 'Trả lại phương án',
  close: 'Đóng đề nghị',
};

/**
 * In which capacity someone acts on one request:
 * - `commune`: an officer or the head of the request's commune;
 * - `member`: the responsible member of the criterion in the cycle's matrix **now** (a reassignment hands the
 *   request over; the history keeps who did what before);
 * - `head`: the committee head of the cycle's area;
 * - `office`: the standing office of the area (or the province office above it).
 */
export const ACTOR_KINDS = ['commune', 'member', 'head', 'office'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  commune: 'UBND xã',
  member: 'Thành viên BCĐ phụ trách',
  head: 'Trưởng BCĐ',
  office: 'Cơ quan thường trực',
};

export type Capability = (typeof CAPABILITIES)[number];

type Transition = {
  from: readonly SupportStatus[];
  to: SupportStatus;
  /** Who may, in the order the history names them when someone acts in two capacities. */
  by: readonly ActorKind[];
  /** Why not, for someone in none of those capacities. */
  refusedActor: string;
  /** Why not, from a status outside `from` (closed excepted: it has its own message). */
  refusedFrom: string;
  /** Only for a criterion the commune classified as needing support (seed 002, Điều 2, 3.2). */
  needsSupport?: true;
};

const MEMBER_ONLY = 'Chỉ thành viên BCĐ được phân công phụ trách tiêu chí này mới';

/** The table of transitions: one row per event, with who may and why not. */
export const SUPPORT_TRANSITIONS: Record<SupportEvent, Transition> = {
  answer: {
    from: ['sent'],
    to: 'answered',
    by: ['member'],
    refusedActor: `${MEMBER_ONLY} trả lời được đề nghị.`,
    refusedFrom: 'Đề nghị đã được trả lời; trao đổi thêm bằng ý kiến trong đề nghị.',
  },
  submit_plan: {
    from: ['sent', 'answered', 'plan_returned'],
    to: 'plan_submitted',
    by: ['member'],
    refusedActor: `${MEMBER_ONLY} trình được phương án hỗ trợ.`,
    refusedFrom: 'Phương án hỗ trợ đã được trình hoặc đã được duyệt.',
    needsSupport: true,
  },
  approve_plan: {
    from: ['plan_submitted'],
    to: 'plan_approved',
    by: ['head'],
    refusedActor: 'Chỉ Trưởng BCĐ mới duyệt được phương án hỗ trợ.',
    refusedFrom: 'Không có phương án hỗ trợ nào đang chờ duyệt.',
  },
  return_plan: {
    from: ['plan_submitted'],
    to: 'plan_returned',
    by: ['head'],
    refusedActor: 'Chỉ Trưởng BCĐ mới trả lại được phương án hỗ trợ.',
    refusedFrom: 'Không có phương án hỗ trợ nào đang chờ duyệt.',
  },
  close: {
    from: OPEN_SUPPORT_STATUSES,
    to: 'closed',
    by: ['commune', 'office'],
    refusedActor: 'Chỉ xã gửi đề nghị hoặc cơ quan thường trực mới đóng được đề nghị.',
    refusedFrom: '',
  },
};

export const SUPPORT_MESSAGES = {
  closed: 'Đề nghị đã đóng nên không thay đổi được nữa.',
  notNeedsSupport:
    'Xã đánh giá tiêu chí này tự hoàn thành được: phương án hỗ trợ chỉ lập cho tiêu chí xã cần hỗ trợ.',
  sendNotCommune: 'Chỉ cán bộ, lãnh đạo UBND xã mới gửi được đề nghị hỗ trợ cho xã mình.',
  sendNotNeedsSupport: (code: string) =>
    `Xã chưa đánh giá tiêu chí ${code} là cần hỗ trợ. Hãy chọn “Cần hỗ trợ” cho tiêu chí này trong bản tự rà soát rồi gửi đề nghị.`,
  sendNoMember: (code: string) =>
    `Tiêu chí ${code} chưa có thành viên BCĐ phụ trách. Vui lòng liên hệ cơ quan thường trực để được phân công.`,
  sendAlreadyOpen: (code: string) =>
    `Xã đã có đề nghị hỗ trợ tiêu chí ${code} đang được xử lý; hãy trao đổi thêm trong đề nghị đó.`,
  sendPastDay: 'Ngày cần được hỗ trợ phải từ hôm nay trở đi.',
  commentClosed: 'Đề nghị đã đóng nên không thêm ý kiến được.',
  commentNotParty:
    'Chỉ xã gửi đề nghị, thành viên BCĐ phụ trách, Trưởng BCĐ và cơ quan thường trực trao đổi được.',
};

export type SupportRefusal = {
  ok: false;
  /** `not_allowed` is a 403 for the server; the others are a 409 (the request is not in a state for it). */
  reason:
    | 'not_allowed'
    | 'closed'
    | 'wrong_status'
    | 'not_needs_support'
    | 'no_member'
    | 'already_open'
    | 'bad_date';
  message: string;
};

export type SupportTransitionResult = { ok: true; status: SupportStatus; as: ActorKind } | SupportRefusal;

/**
 * The status after `event`, done by someone acting in the capacities `actors` (`actorKindsFor`), or why not.
 * `capability` is the commune's current classification of the criterion; only `submit_plan` reads it.
 * The answer names the capacity the event was done in (`as`), for the history.
 */
export function nextStatus(
  current: SupportStatus,
  event: SupportEvent,
  actors: readonly ActorKind[],
  capability: Capability | null = null,
): SupportTransitionResult {
  const rule = SUPPORT_TRANSITIONS[event];
  if (current === 'closed') return { ok: false, reason: 'closed', message: SUPPORT_MESSAGES.closed };
  const as = rule.by.find((kind) => actors.includes(kind));
  if (as === undefined) return { ok: false, reason: 'not_allowed', message: rule.refusedActor };
  if (!rule.from.includes(current)) return { ok: false, reason: 'wrong_status', message: rule.refusedFrom };
  if (rule.needsSupport && capability !== 'needs_support')
    return { ok: false, reason: 'not_needs_support', message: SUPPORT_MESSAGES.notNeedsSupport };
  return { ok: true, status: rule.to, as };
}

/** One line of a request's history: every status change, with who and when. */
export type SupportHistoryEntry = {
  event: SupportHistoryEvent;
  from: SupportStatus | null;
  to: SupportStatus;
  actorId: string;
  actorKind: ActorKind;
  /** ISO timestamp, passed in (the domain has no clock). */
  at: string;
};

/**
 * Applies an event to a request's status and gives the history line to store with it, in the same
 * transaction.
 */
export function applySupportEvent(
  current: SupportStatus,
  event: SupportEvent,
  actor: { id: string; kinds: readonly ActorKind[] },
  capability: Capability | null,
  at: string,
): { ok: true; status: SupportStatus; entry: SupportHistoryEntry } | SupportRefusal {
  const result = nextStatus(current, event, actor.kinds, capability);
  if (!result.ok) return result;
  return {
    ok: true,
    status: result.status,
    entry: { event, from: current, to: result.status, actorId: actor.id, actorKind: result.as, at },
  };
}

/**
 * Whether a commune may send a request for a criterion now. A request is for a criterion the commune marked
 * as needing support in its self-review (seed 002: "đối với các tiêu chí … khó hoàn thành … UBND xã gửi kiến
 * nghị"), that has a responsible member to send it to, and that has no open request already. The day it is
 * needed by is today or later. The first history line is `{ event: 'send', from: null, to: 'sent' }`.
 */
export function maySendRequest(options: {
  actors: readonly ActorKind[];
  criterionCode: string;
  capability: Capability | null;
  responsibleMemberId: string | null;
  hasOpenRequest: boolean;
  neededBy: string;
  today: string;
}): { ok: true } | SupportRefusal {
  const o = options;
  if (!o.actors.includes('commune'))
    return { ok: false, reason: 'not_allowed', message: SUPPORT_MESSAGES.sendNotCommune };
  if (o.capability !== 'needs_support')
    return {
      ok: false,
      reason: 'not_needs_support',
      message: SUPPORT_MESSAGES.sendNotNeedsSupport(o.criterionCode),
    };
  if (o.responsibleMemberId === null)
    return { ok: false, reason: 'no_member', message: SUPPORT_MESSAGES.sendNoMember(o.criterionCode) };
  if (o.hasOpenRequest)
    return { ok: false, reason: 'already_open', message: SUPPORT_MESSAGES.sendAlreadyOpen(o.criterionCode) };
  if (o.neededBy < o.today) return { ok: false, reason: 'bad_date', message: SUPPORT_MESSAGES.sendPastDay };
  return { ok: true };
}

/** Whether someone may add a comment to the request's thread: any party to it, until it is closed. */
export function mayComment(
  status: SupportStatus,
  actors: readonly ActorKind[],
): { ok: true } | SupportRefusal {
  if (actors.length === 0)
    return { ok: false, reason: 'not_allowed', message: SUPPORT_MESSAGES.commentNotParty };
  if (status === 'closed') return { ok: false, reason: 'closed', message: SUPPORT_MESSAGES.commentClosed };
  return { ok: true };
}

/** Where a request stands, as the server resolves it: the units by materialised path, the matrix's member now. */
export type SupportContext = {
  communeUnitPath: string;
  /** The cycle's area (its scope): the district, or the province after 2025. */
  areaUnitPath: string;
  responsibleMemberId: string | null;
};

/** Who is looking: the user and the roles they hold. */
export type Viewer = { userId: string; roles: readonly RoleAt[] };

/**
 * The capacities in which a viewer takes part in a request. Roles count by what they allow (`roles.ts`), so
 * the table of roles stays the one place that says which role does what:
 * - `commune`: a role allowing `support:request` attached to the request's commune;
 * - `member`: the matrix names the viewer, who still holds a role allowing `support:answer` somewhere
 *   (a member whose steering role was revoked loses the request even before the matrix is corrected);
 * - `head`: a role allowing `supportPlan:approve` attached to the area itself — the head of that committee,
 *   not one above it;
 * - `office`: a role allowing `responsibility:manage` on the area or a unit above it.
 */
export function actorKindsFor(context: SupportContext, viewer: Viewer): ActorKind[] {
  const holds = (action: Parameters<typeof roleAllows>[1], where: (path: string) => boolean) =>
    viewer.roles.some((r) => roleAllows(r.role, action) && where(r.orgUnitPath));
  const kinds: ActorKind[] = [];
  // Commune roles attach to communes only (ROLE_UNIT_TYPES): the commune's own unit.
  if (holds('support:request', (p) => p === context.communeUnitPath)) kinds.push('commune');
  if (viewer.userId === context.responsibleMemberId && holds('support:answer', () => true))
    kinds.push('member');
  if (holds('supportPlan:approve', (p) => p === context.areaUnitPath)) kinds.push('head');
  if (holds('responsibility:manage', (p) => context.areaUnitPath.startsWith(p))) kinds.push('office');
  return kinds;
}

/**
 * Whether a viewer may see a request at all: the commune that sent it, the criterion's responsible member, the
 * area's head and office; nobody else (another commune, another member, a member of another area). The server
 * answers "not found" to anyone else.
 */
export function mayViewRequest(context: SupportContext, viewer: Viewer): boolean {
  return actorKindsFor(context, viewer).length > 0;
}

/**
 * Overdue: still open after the day it was needed by. Due today is not overdue; closed never is. Open covers
 * every status but `closed`: an answer or an approved plan is not yet the help received, which the commune
 * says by closing (`awaiting` tells whose move it is).
 */
export function isOverdue(request: { status: SupportStatus; neededBy: string }, today: string): boolean {
  return request.status !== 'closed' && today > request.neededBy;
}

/** Whose move it is: the member to answer or rework the plan, the head to decide, the commune to close. */
export function awaiting(status: SupportStatus): ActorKind | null {
  const next: Record<SupportStatus, ActorKind | null> = {
    sent: 'member',
    answered: 'commune',
    plan_submitted: 'head',
    plan_approved: 'commune',
    plan_returned: 'member',
    closed: null,
  };
  return next[status];
}

/** A request as a list shows it. */
export type SupportRequestSummary = {
  id: string;
  status: SupportStatus;
  neededBy: string;
  /** ISO timestamp of sending. */
  sentAt: string;
  /** The criterion's responsible member now, from the cycle's matrix. */
  responsibleMemberId: string | null;
};

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A member's page: the requests for the criteria the matrix assigns to them, across communes, oldest first,
 * overdue marked. Closed ones only when asked for.
 */
export function memberInbox<T extends SupportRequestSummary>(
  requests: readonly T[],
  memberId: string,
  today: string,
  options: { includeClosed?: boolean } = {},
): (T & { overdue: boolean })[] {
  return requests
    .filter((r) => r.responsibleMemberId === memberId && (options.includeClosed || r.status !== 'closed'))
    .sort((a, b) => compare(a.sentAt, b.sentAt) || compare(a.id, b.id))
    .map((r) => ({ ...r, overdue: isOverdue(r, today) }));
}

/**
 * Who is told of each event, by capacity (the server finds the people, and never tells the actor of their own
 * act). The office gets a copy of every request (seed 002: "đồng thời gửi 01 bản … về BCĐ").
 */
export const SUPPORT_NOTICES: Record<
  SupportHistoryEvent,
  { kind: NotificationKind; to: readonly ActorKind[] }
> = {
  send: { kind: 'request_received', to: ['member', 'office'] },
  answer: { kind: 'request_answered', to: ['commune'] },
  submit_plan: { kind: 'plan_submitted', to: ['head'] },
  approve_plan: { kind: 'plan_approved', to: ['member', 'commune'] },
  return_plan: { kind: 'plan_returned', to: ['member'] },
  close: { kind: 'request_closed', to: ['commune', 'member', 'office'] },
};
