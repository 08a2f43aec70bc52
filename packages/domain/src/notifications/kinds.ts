import { formatDayVi } from '../text.ts';

/**
 * What the in-app bell (and e-mail, when SMTP is configured) tells people about. The server stores one row
 * per person and kind of event; the title is made here, once, so the bell and the e-mail say the same thing.
 *
 * `plan_submitted` is not in issue 12's list; it is here because the committee head is the one person who
 * must act on a submitted plan, and nothing else would tell them. `comment_added` is not in it either: a
 * question on the thread would otherwise wait until someone happened to open the request.
 */
export const NOTIFICATION_KINDS = [
  'request_received',
  'request_answered',
  'request_closed',
  'comment_added',
  'plan_submitted',
  'plan_approved',
  'plan_returned',
  'criterion_assigned',
  'deadline_soon',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Names of the kinds, for a filter in the list. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  request_received: 'Đề nghị hỗ trợ mới',
  request_answered: 'Đề nghị được trả lời',
  request_closed: 'Đề nghị đã đóng',
  comment_added: 'Góp ý về đề nghị',
  plan_submitted: 'Phương án chờ duyệt',
  plan_approved: 'Phương án được duyệt',
  plan_returned: 'Phương án bị trả lại',
  criterion_assigned: 'Được phân công tiêu chí',
  deadline_soon: 'Sắp đến hạn',
};

type AboutRequest = { communeName: string; criterionCode: string };

/** What each kind's title needs. */
export type NotificationParams = {
  request_received: AboutRequest;
  request_answered: AboutRequest;
  request_closed: AboutRequest;
  /** Who wrote on the request's thread (their display name). */
  comment_added: AboutRequest & { authorName: string };
  plan_submitted: AboutRequest;
  plan_approved: AboutRequest;
  plan_returned: AboutRequest;
  /** The criteria one save assigned to the member: one notice per member and save, however many criteria. */
  criterion_assigned: { criteria: { code: string; name: string }[]; year: number };
  deadline_soon: { what: string; day: string; daysLeft: number };
};

const TITLES: { [K in NotificationKind]: (p: NotificationParams[K]) => string } = {
  request_received: (p) => `${p.communeName} đề nghị hỗ trợ tiêu chí ${p.criterionCode}`,
  request_answered: (p) => `Đề nghị hỗ trợ tiêu chí ${p.criterionCode} của ${p.communeName} đã được trả lời`,
  request_closed: (p) => `Đề nghị hỗ trợ tiêu chí ${p.criterionCode} của ${p.communeName} đã đóng`,
  comment_added: (p) =>
    `${p.authorName} góp ý về đề nghị hỗ trợ tiêu chí ${p.criterionCode} của ${p.communeName}`,
  plan_submitted: (p) =>
    `Phương án hỗ trợ tiêu chí ${p.criterionCode} cho ${p.communeName} chờ Trưởng BCĐ duyệt`,
  plan_approved: (p) => `Phương án hỗ trợ tiêu chí ${p.criterionCode} cho ${p.communeName} đã được duyệt`,
  plan_returned: (p) => `Phương án hỗ trợ tiêu chí ${p.criterionCode} cho ${p.communeName} bị trả lại`,
  criterion_assigned: (p) => assignedTitle(p.criteria, p.year),
  deadline_soon: (p) =>
    p.daysLeft === 0
      ? `Hôm nay (${formatDayVi(p.day)}) là hạn ${p.what}`
      : `Còn ${p.daysLeft} ngày đến hạn ${p.what} (${formatDayVi(p.day)})`,
};

/** The Vietnamese title of a notification ("Xã Bát Mọt đề nghị hỗ trợ tiêu chí 3.4"). */
export function notificationTitle<K extends NotificationKind>(
  kind: K,
  params: NotificationParams[K],
): string {
  return TITLES[kind](params);
}

/** A dated obligation someone is reminded of: a self-review due, a request needed by, a plan action due. */
export type Deadline = { id: string; day: string };

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (ISO days), negative when `to` is earlier. UTC days are all 24 h long. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

/**
 * The deadlines within `days` days from `today`, soonest first, each with the days left: today's deadline
 * (0 days left) and one exactly `days` ahead are in; one a day further, and any already past, are not.
 * Sending each once is the server's part (keyed by deadline id and person).
 */
export function deadlinesSoon<T extends Deadline>(
  deadlines: readonly T[],
  today: string,
  days = 7,
): (T & { daysLeft: number })[] {
  return deadlines
    .map((d) => ({ ...d, daysLeft: daysBetween(today, d.day) }))
    .filter((d) => d.daysLeft >= 0 && d.daysLeft <= days)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/** Codes listed in a title before "…": a bell's line, not the matrix. */
export const ASSIGNED_CODES_SHOWN = 5;

function assignedTitle(criteria: { code: string; name: string }[], year: number): string {
  const [only] = criteria;
  if (criteria.length === 1 && only) {
    return `Bạn được phân công phụ trách tiêu chí ${only.code} (${only.name}) năm ${year}`;
  }
  const codes = criteria.slice(0, ASSIGNED_CODES_SHOWN).map((c) => c.code);
  const more = criteria.length > ASSIGNED_CODES_SHOWN ? ', …' : '';
  return `Bạn được phân công phụ trách ${criteria.length} tiêu chí năm ${year}: ${codes.join(', ')}${more}`;
}
