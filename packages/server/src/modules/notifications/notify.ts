import {
  type NotificationKind,
  type NotificationParams,
  notificationTitle,
} from '@xaso/domain/notifications/kinds';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notifications, users } from '../../db/schema.ts';
import { emailDelivery } from './email-delivery.ts';

export type NotifyInput<K extends NotificationKind> = {
  /** Who is told; duplicates are told once. The caller leaves out whoever did the act. */
  userIds: readonly string[];
  kind: K;
  params: NotificationParams[K];
  /** The page inside the app it opens ("/support-requests/…"), or none. */
  link: string | null;
  /**
   * Makes the notice idempotent per person: a second call with the same key adds nothing for someone who
   * has it already (the daily reminders run again after a restart).
   */
  dedupeKey?: string;
};

/**
 * Tells people of something: one notifications row each, titled by `notificationTitle`. Pass the transaction
 * of the change, so the notice exists exactly when the change does. When this process sends e-mail and the
 * person has an address (and an active account), the row is also the e-mail job (`emailStatus` 'pending',
 * due now): the mail worker sends it later, never inside the request.
 */
export async function notify<K extends NotificationKind>(
  tx: Db,
  input: NotifyInput<K>,
  now: Date,
): Promise<void> {
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return;
  const title = notificationTitle(input.kind, input.params);
  const people = await tx
    .select({ id: users.id, email: users.email, active: users.active })
    .from(users)
    .where(inArray(users.id, ids));
  if (people.length === 0) return;
  const mail = emailDelivery.enabled;
  await tx
    .insert(notifications)
    .values(
      people.map((p) => {
        const email = mail && p.active && p.email !== null && p.email !== '';
        return {
          userId: p.id,
          kind: input.kind,
          title,
          link: input.link,
          createdAt: now,
          emailStatus: email ? 'pending' : null,
          emailNextAttemptAt: email ? now : null,
          dedupeKey: input.dedupeKey ?? null,
        };
      }),
    )
    .onConflictDoNothing();
}
