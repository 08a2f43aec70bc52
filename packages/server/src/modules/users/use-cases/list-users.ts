import type { User } from '@xaso/domain/contracts/users';
import { searchKey } from '@xaso/domain/text';
import type { Actor, Ctx } from '../../../context.ts';
import { loadUsers } from '../load-users.ts';
import { userPolicy } from '../policy.ts';

/** Users the actor manages, optionally filtered by a diacritic-insensitive search on username or name. */
export async function listUsers(
  ctx: Ctx,
  options: { actor: Actor; q?: string | undefined },
): Promise<User[]> {
  userPolicy.assertCanManageSomeone(options.actor);
  const key = options.q ? searchKey(options.q) : '';
  const all = await loadUsers(ctx.db);
  return all
    .filter((u) => userPolicy.canSee(options.actor, u.rolePaths))
    .filter((u) => !key || searchKey(`${u.user.username} ${u.user.displayName}`).includes(key))
    .map((u) => u.user);
}
