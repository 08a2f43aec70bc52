import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notifications, users } from '../../db/schema.ts';

/** Attempts before an e-mail is given up ('failed'); the waits between them, after each failure. */
export const MAX_MAIL_ATTEMPTS = 5;
const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000];
/**
 * How long a claimed e-mail is reserved for the process that claimed it. A process that dies while sending
 * leaves the row due again after this, so another (or the restarted one) retries it; the SMTP timeouts
 * (`mail-transport.ts`) are well under it, so a slow send is never taken twice.
 */
export const CLAIM_MS = 10 * 60_000;
/** Mail still unsent after this is dropped: a reminder or a notice that late misleads more than it helps. */
const MAX_AGE_MS = 3 * 86_400_000;

export type MailJob = {
  id: string;
  title: string;
  link: string | null;
  attempts: number;
  to: { email: string | null; displayName: string; active: boolean };
};

/**
 * Takes up to `limit` due e-mails for this process: each row is reserved (due again only after CLAIM_MS) and
 * its attempt counted in the same statement. `for update skip locked` lets several server processes on one
 * PostgreSQL sweep at once without taking the same row; PGlite, one connection, accepts and honours it too.
 */
export async function claimDueMail(db: Db, now: Date, limit: number): Promise<MailJob[]> {
  const result = await db.execute(sql`
    update ${notifications}
    set email_attempts = email_attempts + 1,
        email_next_attempt_at = ${new Date(now.getTime() + CLAIM_MS).toISOString()}::timestamptz
    where id in (
      select id from ${notifications}
      where email_status = 'pending' and email_next_attempt_at <= ${now.toISOString()}::timestamptz
      order by email_next_attempt_at, id
      limit ${limit}
      for update skip locked)
    returning id, user_id, title, link, email_attempts`);
  const rows = (
    result as unknown as {
      rows: Array<{
        id: string;
        user_id: string;
        title: string;
        link: string | null;
        email_attempts: number;
      }>;
    }
  ).rows;
  if (rows.length === 0) return [];
  const people = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, active: users.active })
    .from(users)
    .where(
      inArray(
        users.id,
        rows.map((r) => r.user_id),
      ),
    );
  return rows.map((r) => {
    const person = people.find((p) => p.id === r.user_id);
    return {
      id: r.id,
      title: r.title,
      link: r.link,
      attempts: Number(r.email_attempts),
      to: {
        email: person?.email ?? null,
        displayName: person?.displayName ?? '',
        active: person?.active ?? false,
      },
    };
  });
}

export async function markSent(db: Db, id: string): Promise<void> {
  await db
    .update(notifications)
    .set({ emailStatus: 'sent', emailNextAttemptAt: null, emailError: null })
    .where(eq(notifications.id, id));
}

/**
 * Records a failed attempt: due again after the backoff, or given up after the last attempt (or at once when
 * retrying cannot help, e.g. the person no longer has an address). `error` is a short text for the office to
 * read, never a stack.
 */
export async function markFailed(
  db: Db,
  job: Pick<MailJob, 'id' | 'attempts'>,
  error: string,
  now: Date,
  options: { final?: boolean } = {},
): Promise<'retry' | 'failed'> {
  const final = options.final || job.attempts >= MAX_MAIL_ATTEMPTS;
  const wait = BACKOFF_MS[Math.min(job.attempts, BACKOFF_MS.length) - 1]!;
  await db
    .update(notifications)
    .set({
      emailStatus: final ? 'failed' : 'pending',
      emailNextAttemptAt: final ? null : new Date(now.getTime() + wait),
      emailError: error.slice(0, 500),
    })
    .where(eq(notifications.id, job.id));
  return final ? 'failed' : 'retry';
}

/** Gives up e-mails pending for longer than MAX_AGE_MS (the mail server was down for days, or SMTP off). */
export async function dropStaleMail(db: Db, now: Date): Promise<number> {
  const dropped = await db
    .update(notifications)
    .set({
      emailStatus: 'failed',
      emailNextAttemptAt: null,
      emailError: 'Không gửi được trong 3 ngày nên đã bỏ qua.',
    })
    .where(
      and(
        eq(notifications.emailStatus, 'pending'),
        lt(notifications.createdAt, new Date(now.getTime() - MAX_AGE_MS)),
      ),
    )
    .returning({ id: notifications.id });
  return dropped.length;
}
