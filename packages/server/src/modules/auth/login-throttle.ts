import { and, count, eq, gt } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { loginAttempts } from '../../db/schema.ts';

/**
 * Failed logins are counted in the database, not in memory, so the limit holds across several server
 * processes behind a load balancer.
 */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export async function isLoginThrottled(db: Db, ctx: Pick<Ctx, 'now'>, username: string, address: string) {
  const since = new Date(ctx.now().getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const [byAccount] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), gt(loginAttempts.at, since)));
  if ((byAccount?.n ?? 0) >= MAX_FAILURES_PER_ACCOUNT) return true;
  const [byAddress] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.address, address), gt(loginAttempts.at, since)));
  return (byAddress?.n ?? 0) >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordLoginFailure(db: Db, ctx: Pick<Ctx, 'now'>, username: string, address: string) {
  await db.insert(loginAttempts).values({ username, address, at: ctx.now() });
}

/** A successful login forgives the account's earlier failures (not the address's). */
export async function clearLoginFailures(db: Db, username: string) {
  await db.delete(loginAttempts).where(eq(loginAttempts.username, username));
}
