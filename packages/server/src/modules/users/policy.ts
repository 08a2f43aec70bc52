import type { RoleGrant } from '@xaso/domain/contracts/users';
import { inArray } from 'drizzle-orm';
import type { Actor, Ctx } from '../../context.ts';
import { orgUnits } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { isInScope, scopeFor } from '../auth/scope.ts';

/**
 * Users are managed by admins and offices within the subtrees of their `user:manage` roles. A user is
 * visible when one of its roles lies inside that scope; a user with no role is visible to admins only.
 * Granting `admin` needs `user:grantAdmin`.
 */
export const userPolicy = {
  manageScope: (actor: Actor) => scopeFor(actor, 'user:manage'),

  assertCanManageSomeone(actor: Actor): string[] {
    const scope = scopeFor(actor, 'user:manage');
    if (scope.length === 0) throw new AppError('FORBIDDEN');
    return scope;
  },

  canSee(actor: Actor, rolePaths: string[]): boolean {
    const scope = scopeFor(actor, 'user:manage');
    if (rolePaths.length === 0) return scopeFor(actor, 'user:grantAdmin').length > 0;
    return rolePaths.some((p) => isInScope(scope, p));
  },

  /** Checks each grant's unit lies in the actor's scope; returns the units' paths by id. */
  async assertCanGrant(ctx: Ctx, actor: Actor, grants: RoleGrant[]): Promise<Map<string, string>> {
    const scope = scopeFor(actor, 'user:manage');
    const ids = [...new Set(grants.map((g) => g.orgUnitId))];
    const units = ids.length
      ? await ctx.db
          .select({ id: orgUnits.id, path: orgUnits.path })
          .from(orgUnits)
          .where(inArray(orgUnits.id, ids))
      : [];
    const paths = new Map(units.map((u) => [u.id, u.path]));
    const fields: Record<string, string> = {};
    grants.forEach((g, i) => {
      const path = paths.get(g.orgUnitId);
      if (!path || !isInScope(scope, path))
        fields[`roles.${i}.orgUnitId`] = 'Đơn vị không thuộc phạm vi bạn quản lý.';
      else if (g.role === 'admin' && !isInScope(scopeFor(actor, 'user:grantAdmin'), path))
        fields[`roles.${i}.role`] = 'Chỉ quản trị hệ thống mới được cấp quyền quản trị.';
    });
    if (Object.keys(fields).length) throw AppError.validation(fields);
    return paths;
  },
};
