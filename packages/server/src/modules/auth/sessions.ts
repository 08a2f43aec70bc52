import { createHash, randomBytes } from 'node:crypto';
import { roleSchema } from '@xaso/domain/roles';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Actor, Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/prepared.ts';
import { orgUnits, sessions, userRoles, users } from '../../db/schema.ts';

export const SESSION_COOKIE = 'xaso_session';

function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  tx: Db,
  ctx: Pick<Ctx, 'now'>,
  userId: string,
  ttlHours: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000);
  // Expired sessions of anyone are swept here rather than by a timer: no background process to run.
  await tx.delete(sessions).where(lt(sessions.expiresAt, now));
  await tx.insert(sessions).values({ id: tokenId(token), userId, csrfToken, createdAt: now, expiresAt });
  return { token, csrfToken, expiresAt };
}

export type LoadedSession = { actor: Actor; displayName: string; csrfToken: string; sessionId: string };

/** The session of a cookie token, with the user and its roles; null when unknown, expired or the user is inactive. */
export async function loadSession(
  db: Db,
  ctx: Pick<Ctx, 'now'>,
  token: string,
): Promise<LoadedSession | null> {
  const id = tokenId(token);
  const rows = await prepared(db, 'load_session', (d) =>
    d
      .select({
        csrfToken: sessions.csrfToken,
        userId: users.id,
        username: users.username,
        displayName: users.displayName,
        role: userRoles.role,
        orgUnitId: userRoles.orgUnitId,
        orgUnitPath: orgUnits.path,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(userRoles, eq(userRoles.userId, users.id))
      .leftJoin(orgUnits, eq(orgUnits.id, userRoles.orgUnitId))
      .where(
        and(
          eq(sessions.id, sql.placeholder('id')),
          gt(sessions.expiresAt, sql.placeholder('now')),
          eq(users.active, true),
        ),
      )
      .prepare('load_session'),
  ).execute({ id, now: ctx.now() });
  const first = rows[0];
  if (!first) return null;
  const roles = rows.flatMap((r) =>
    r.role && r.orgUnitId && r.orgUnitPath
      ? [{ role: roleSchema.parse(r.role), orgUnitId: r.orgUnitId, orgUnitPath: r.orgUnitPath }]
      : [],
  );
  return {
    actor: { id: first.userId, username: first.username, displayName: first.displayName, roles },
    displayName: first.displayName,
    csrfToken: first.csrfToken,
    sessionId: id,
  };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, tokenId(token)));
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
