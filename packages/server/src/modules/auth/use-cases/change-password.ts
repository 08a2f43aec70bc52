import { and, eq, ne } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { sessions, users } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { clearLoginFailures, isLoginThrottled, recordLoginFailure } from '../login-throttle.ts';
import { hashPassword, verifyPassword } from '../passwords.ts';

const TOO_MANY_WRONG_PASSWORDS =
  'Bạn đã nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại.';

/**
 * Changes the actor's own password; other sessions of the user are closed. Wrong current passwords are
 * throttled like failed logins (same budget, per account and address): a stolen session must not become
 * an unlimited oracle for the password.
 */
export async function changePassword(
  ctx: Ctx,
  options: { actor: Actor; sessionId: string; address: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, options.actor.id));
  if (!user) throw AppError.notFound();
  const guess = { username: user.username, address: options.address };
  if (await isLoginThrottled(ctx.db, ctx, guess))
    throw new AppError('TOO_MANY_ATTEMPTS', TOO_MANY_WRONG_PASSWORDS);
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    await recordLoginFailure(ctx.db, ctx, guess);
    throw AppError.validation({ currentPassword: 'Mật khẩu hiện tại không đúng.' });
  }
  if (options.currentPassword === options.newPassword) {
    throw AppError.validation({ newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
  }
  const passwordHash = await hashPassword(options.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, options.sessionId)));
    await clearLoginFailures(tx, guess);
    await recordAudit(tx, ctx, {
      actorUserId: user.id,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
