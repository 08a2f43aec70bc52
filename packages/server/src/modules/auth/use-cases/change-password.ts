import { and, eq, ne } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { sessions, users } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { hashPassword, verifyPassword } from '../passwords.ts';

/** Changes the actor's own password; other sessions of the user are closed. */
export async function changePassword(
  ctx: Ctx,
  options: { actor: Actor; sessionId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, options.actor.id));
  if (!user) throw AppError.notFound();
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    throw AppError.validation({ currentPassword: 'Mật khẩu hiện tại không đúng.' });
  }
  if (options.currentPassword === options.newPassword) {
    throw AppError.validation({ newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
  }
  const passwordHash = await hashPassword(options.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, options.sessionId)));
    await recordAudit(tx, ctx, {
      actorUserId: user.id,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
