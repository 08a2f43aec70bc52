import { isIPv6 } from 'node:net';
import { and, count, eq, gt } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { loginAttempts } from '../../db/schema.ts';

/**
 * Wrong passwords are counted in the database, not in memory, so the limits hold across several server
 * processes behind a load balancer. A wrong password on the login form and a wrong current password on the
 * change-password form are the same guess and draw on the same budget.
 *
 * The budget is per account *and* address: failures from an attacker's address throttle the attacker
 * only, so nobody can lock an owner out of their account by failing its login from elsewhere. An address
 * also has a ceiling over all accounts, against one address trying many accounts.
 */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export type PasswordGuess = { username: string; address: string };

/**
 * The address as the throttle counts it. One IPv6 host is usually given a whole /64 (2^64 addresses), so
 * counting single IPv6 addresses would let it rotate past every limit: an IPv6 address counts as its /64.
 * An IPv4 address written as IPv6 (::ffff:192.0.2.1) counts as the IPv4 one.
 */
export function throttledAddress(address: string): string {
  if (!isIPv6(address)) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export async function isLoginThrottled(
  db: Db,
  ctx: Pick<Ctx, 'now'>,
  guess: PasswordGuess,
): Promise<boolean> {
  const since = new Date(ctx.now().getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const recentFrom = and(
    eq(loginAttempts.address, throttledAddress(guess.address)),
    gt(loginAttempts.at, since),
  );
  const [byPair] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(recentFrom, eq(loginAttempts.username, guess.username)));
  if ((byPair?.n ?? 0) >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS) return true;
  const [byAddress] = await db.select({ n: count() }).from(loginAttempts).where(recentFrom);
  return (byAddress?.n ?? 0) >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordLoginFailure(db: Db, ctx: Pick<Ctx, 'now'>, guess: PasswordGuess): Promise<void> {
  await db
    .insert(loginAttempts)
    .values({ username: guess.username, address: throttledAddress(guess.address), at: ctx.now() });
}

/**
 * The right password forgives the account's earlier failures from that address only: forgiving them
 * everywhere would let an attacker elsewhere start again each time the owner logs in. The address's
 * failures on other accounts still count towards its ceiling.
 */
export async function clearLoginFailures(db: Db, guess: PasswordGuess): Promise<void> {
  await db
    .delete(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, guess.username),
        eq(loginAttempts.address, throttledAddress(guess.address)),
      ),
    );
}
