import type { RoleGrant } from '@xaso/domain/contracts/users';
import { ORG_UNIT_TYPE_LABELS, type OrgUnitType } from '@xaso/domain/org-unit';
import { mayGrant, mayManageUser, ROLE_LABELS, ROLE_UNIT_TYPES, type RoleAt } from '@xaso/domain/roles';
import { inArray } from 'drizzle-orm';
import type { Actor, Ctx } from '../../context.ts';
import { orgUnits } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { isInScope, scopeFor } from '../auth/scope.ts';
import type { LoadedUser } from './load-users.ts';

/**
 * Users are managed by admins and offices within the subtrees of their `user:manage` roles. A user is
 * visible when one of its roles lies inside that scope (a user with no role, to admins only); a visible user
 * can be acted on only when the manager could have granted **every** role the user holds (`mayManageUser`),
 * and a role is granted only by someone allowed to grant it there (`mayGrant`), on a unit of a kind the role
 * fits (`ROLE_UNIT_TYPES`).
 */
export const userPolicy = {
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

  /** A visible user holding a role the actor could not grant (e.g. a province or admin role) is off limits. */
  assertCanManage(actor: Actor, target: LoadedUser): void {
    const held: RoleAt[] = target.user.roles.map((r, i) => ({
      role: r.role,
      orgUnitPath: target.rolePaths[i]!,
    }));
    if (!mayManageUser(actor.roles, held))
      throw new AppError(
        'FORBIDDEN',
        'Tài khoản này có vai trò ngoài phạm vi bạn được cấp, nên bạn không thể thay đổi. Vui lòng liên hệ cấp trên hoặc quản trị hệ thống.',
      );
  },

  /** Checks each grant: its unit in the actor's reach, the role one the actor may grant and fit for the unit. */
  async assertCanGrant(ctx: Ctx, actor: Actor, grants: RoleGrant[]): Promise<void> {
    const scope = scopeFor(actor, 'user:manage');
    const ids = [...new Set(grants.map((g) => g.orgUnitId))];
    const units = ids.length
      ? await ctx.db
          .select({ id: orgUnits.id, path: orgUnits.path, type: orgUnits.type })
          .from(orgUnits)
          .where(inArray(orgUnits.id, ids))
      : [];
    const byId = new Map(units.map((u) => [u.id, u]));
    const fields: Record<string, string> = {};
    grants.forEach((g, i) => {
      const unit = byId.get(g.orgUnitId);
      if (!unit || !isInScope(scope, unit.path))
        fields[`roles.${i}.orgUnitId`] = 'Đơn vị không thuộc phạm vi bạn quản lý.';
      else if (!mayGrant(actor.roles, g.role, unit.path))
        fields[`roles.${i}.role`] =
          g.role === 'admin'
            ? 'Chỉ quản trị hệ thống mới được cấp quyền quản trị.'
            : `Bạn không được cấp vai trò “${ROLE_LABELS[g.role]}”: vai trò này có quyền mà tài khoản của bạn không có.`;
      else if (!ROLE_UNIT_TYPES[g.role].includes(unit.type as OrgUnitType))
        fields[`roles.${i}.role`] =
          `Vai trò “${ROLE_LABELS[g.role]}” chỉ gán cho đơn vị cấp ${ROLE_UNIT_TYPES[g.role]
            .map((t) => ORG_UNIT_TYPE_LABELS[t])
            .join(', ')}.`;
    });
    if (Object.keys(fields).length) throw AppError.validation(fields);
  },
};
