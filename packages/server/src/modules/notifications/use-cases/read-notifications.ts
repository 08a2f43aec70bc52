import type { Notification } from '@xaso/domain/contracts/steering';
import type { NotificationKind } from '@xaso/domain/notifications/kinds';
import { and, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { notifications } from '../../../db/schema.ts';

/** What the bell shows: the viewer's unread notifications, all of them, not one page. */
export async function unreadCount(ctx: Ctx, actor: Actor): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The viewer's own notifications, newest first; nobody lists anyone else's. */
export async function listNotifications(
  ctx: Ctx,
  actor: Actor,
  query: { unread?: '0' | '1' | undefined; limit: number; offset: number },
): Promise<{ items: Notification[]; total: number; unreadCount: number }> {
  const filters: SQL[] = [eq(notifications.userId, actor.id)];
  if (query.unread === '1') filters.push(isNull(notifications.readAt));
  const where = and(...filters);
  const [rows, [total], unread] = await Promise.all([
    ctx.db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.limit)
      .offset(query.offset),
    ctx.db.select({ n: count() }).from(notifications).where(where),
    unreadCount(ctx, actor),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      title: r.title,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
    total: total?.n ?? 0,
    unreadCount: unread,
  };
}

/**
 * Marks the viewer's notifications read: the ones named, or all. An id that is not the viewer's (someone
 * else's, or none at all) is ignored rather than refused: it changes nothing and says nothing about whether
 * it exists, and one stale id in a batch does not fail the rest. Reading twice keeps the first time.
 */
export async function markRead(
  ctx: Ctx,
  actor: Actor,
  which: { ids: string[] } | { all: true },
): Promise<number> {
  const filters: SQL[] = [eq(notifications.userId, actor.id), isNull(notifications.readAt)];
  if ('ids' in which) filters.push(inArray(notifications.id, which.ids));
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now() })
    .where(and(...filters));
  return unreadCount(ctx, actor);
}
