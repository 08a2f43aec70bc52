import type { LoginRequest } from '@xaso/domain/contracts/auth';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import { users } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { clearLoginFailures, isLoginThrottled, recordLoginFailure } from '../login-throttle.ts';
import { dummyPasswordHash, verifyPassword } from '../passwords.ts';
import { createSession } from '../sessions.ts';

/** Checks the credentials (rate-limited per account and address, and per address) and opens a session. */
export async function logIn(
  ctx: Ctx,
  options: { credentials: LoginRequest; address: string; sessionTtlHours: number },
): Promise<{ token: string; csrfToken: string; expiresAt: Date; userId: string }> {
  const username = options.credentials.username.trim().toLowerCase();
  const guess = { username, address: options.address };
  if (await isLoginThrottled(ctx.db, ctx, guess)) throw new AppError('TOO_MANY_ATTEMPTS');

  const [user] = await ctx.db.select().from(users).where(eq(users.username, username));
  const ok = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    options.credentials.password,
  );
  if (!user || !ok) {
    await recordLoginFailure(ctx.db, ctx, guess);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.active) throw new AppError('ACCOUNT_DISABLED');

  return ctx.db.transaction(async (tx) => {
    await clearLoginFailures(tx, guess);
    const session = await createSession(tx, ctx, user.id, options.sessionTtlHours);
    await recordAudit(tx, ctx, {
      actorUserId: user.id,
      action: 'session.login',
      entityType: 'user',
      entityId: user.id,
      after: { address: options.address },
    });
    return { ...session, userId: user.id };
  });
}
