import type { RoleGrant, User } from '@xaso/domain/contracts/users';
import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { userRoles, users } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { deleteSessionsOfUser } from '../../auth/sessions.ts';
import { type LoadedUser, loadUser } from '../load-users.ts';
import { userPolicy } from '../policy.ts';
import { dedupe } from './create-user.ts';

/**
 * The target user: "not found" when it lies outside the actor's scope, "forbidden" when the actor sees it but
 * could not have granted one of its roles.
 */
async function loadManagedUser(ctx: Ctx, actor: Actor, userId: string): Promise<LoadedUser> {
  userPolicy.assertCanManageSomeone(actor);
  const target = await loadUser(ctx.db, userId);
  if (!target || !userPolicy.canSee(actor, target.rolePaths)) throw AppError.notFound();
  userPolicy.assertCanManage(actor, target);
  return target;
}

/** Sets a new password chosen by the manager and closes the user's sessions. */
export async function resetPassword(
  ctx: Ctx,
  options: { actor: Actor; userId: string; password: string },
): Promise<void> {
  const target = await loadManagedUser(ctx, options.actor, options.userId);
  const passwordHash = await hashPassword(options.password);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, target.user.id));
    await deleteSessionsOfUser(tx, target.user.id);
    await recordAudit(tx, ctx, {
      actorUserId: options.actor.id,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: target.user.id,
    });
  });
}

/**
 * Replaces the user's roles. Every role the user held was one the actor could grant (`loadManagedUser`), so
 * the new list replaces them all.
 */
export async function setRoles(
  ctx: Ctx,
  options: { actor: Actor; userId: string; roles: RoleGrant[] },
): Promise<User> {
  const { actor } = options;
  const target = await loadManagedUser(ctx, actor, options.userId);
  if (target.user.id === actor.id)
    throw new AppError('FORBIDDEN', 'Bạn không thể tự thay đổi quyền của chính mình.');
  await userPolicy.assertCanGrant(ctx, actor, options.roles);
  const current = await ctx.db
    .select({ role: userRoles.role, orgUnitId: userRoles.orgUnitId })
    .from(userRoles)
    .where(eq(userRoles.userId, target.user.id));
  const grants = dedupe(options.roles);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(userRoles).where(eq(userRoles.userId, target.user.id));
    if (grants.length) {
      await tx
        .insert(userRoles)
        .values(grants.map((g) => ({ userId: target.user.id, ...g })))
        .onConflictDoNothing();
    }
    await deleteSessionsOfUser(tx, target.user.id);
    await recordAudit(tx, ctx, {
      actorUserId: actor.id,
      action: 'user.roles_set',
      entityType: 'user',
      entityId: target.user.id,
      before: { roles: current.map(({ role, orgUnitId }) => ({ role, orgUnitId })) },
      after: { roles: grants },
    });
  });
  return (await loadUser(ctx.db, target.user.id))!.user;
}

/** Sets or removes the address e-mail notifications go to. */
export async function setEmail(
  ctx: Ctx,
  options: { actor: Actor; userId: string; email: string | null },
): Promise<User> {
  const target = await loadManagedUser(ctx, options.actor, options.userId);
  if (target.user.email !== options.email) {
    await ctx.db.transaction(async (tx) => {
      await tx.update(users).set({ email: options.email }).where(eq(users.id, target.user.id));
      await recordAudit(tx, ctx, {
        actorUserId: options.actor.id,
        action: 'user.email_set',
        entityType: 'user',
        entityId: target.user.id,
        before: { email: target.user.email },
        after: { email: options.email },
      });
    });
  }
  return (await loadUser(ctx.db, target.user.id))!.user;
}

/** Deactivating closes the user's sessions at once; nobody can deactivate themselves. */
export async function setActive(
  ctx: Ctx,
  options: { actor: Actor; userId: string; active: boolean },
): Promise<User> {
  const target = await loadManagedUser(ctx, options.actor, options.userId);
  if (target.user.id === options.actor.id)
    throw new AppError('FORBIDDEN', 'Bạn không thể tự khóa tài khoản của chính mình.');
  if (target.user.active !== options.active) {
    await ctx.db.transaction(async (tx) => {
      await tx.update(users).set({ active: options.active }).where(eq(users.id, target.user.id));
      if (!options.active) await deleteSessionsOfUser(tx, target.user.id);
      await recordAudit(tx, ctx, {
        actorUserId: options.actor.id,
        action: options.active ? 'user.activated' : 'user.deactivated',
        entityType: 'user',
        entityId: target.user.id,
        before: { active: target.user.active },
        after: { active: options.active },
      });
    });
  }
  return (await loadUser(ctx.db, target.user.id))!.user;
}
