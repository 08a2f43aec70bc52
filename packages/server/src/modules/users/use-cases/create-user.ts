import type { CreateUserRequest, User } from '@xaso/domain/contracts/users';
import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { userRoles, users } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { loadUser } from '../load-users.ts';
import { userPolicy } from '../policy.ts';

/** Creates an account with its roles; every role must lie in the creator's scope. */
export async function createUser(
  ctx: Ctx,
  options: { actor: Actor; request: CreateUserRequest },
): Promise<User> {
  const { actor, request } = options;
  userPolicy.assertCanManageSomeone(actor);
  await userPolicy.assertCanGrant(ctx, actor, request.roles);
  const username = request.username.toLowerCase();
  const passwordHash = await hashPassword(request.password);
  const email = request.email ?? null;
  const id = await ctx.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) throw AppError.validation({ username: 'Tên đăng nhập đã được dùng. Vui lòng chọn tên khác.' });
    const [created] = await tx
      .insert(users)
      .values({ username, displayName: request.displayName, passwordHash, email })
      .returning({ id: users.id });
    const userId = created!.id;
    const grants = dedupe(request.roles);
    if (grants.length) await tx.insert(userRoles).values(grants.map((g) => ({ userId, ...g })));
    await recordAudit(tx, ctx, {
      actorUserId: actor.id,
      action: 'user.created',
      entityType: 'user',
      entityId: userId,
      after: { username, displayName: request.displayName, email, roles: grants },
    });
    return userId;
  });
  return (await loadUser(ctx.db, id))!.user;
}

export function dedupe<T extends { role: string; orgUnitId: string }>(grants: T[]): T[] {
  const seen = new Set<string>();
  return grants.filter((g) => {
    const key = `${g.role}@${g.orgUnitId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
