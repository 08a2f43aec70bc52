import type { CurrentUser } from '@xaso/domain/contracts/auth';
import { orgUnitTypeSchema } from '@xaso/domain/org-unit';
import { ACTIONS, anyRoleAllows } from '@xaso/domain/roles';
import { inArray } from 'drizzle-orm';
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { orgUnits } from '../../db/schema.ts';

export async function presentCurrentUser(db: Db, actor: Actor, displayName: string): Promise<CurrentUser> {
  const unitIds = [...new Set(actor.roles.map((r) => r.orgUnitId))];
  const units = unitIds.length
    ? await db
        .select({ id: orgUnits.id, name: orgUnits.name, type: orgUnits.type })
        .from(orgUnits)
        .where(inArray(orgUnits.id, unitIds))
    : [];
  const byId = new Map(units.map((u) => [u.id, { ...u, type: orgUnitTypeSchema.parse(u.type) }]));
  const roleNames = actor.roles.map((r) => r.role);
  return {
    id: actor.id,
    username: actor.username,
    displayName,
    roles: actor.roles.flatMap((r) => {
      const orgUnit = byId.get(r.orgUnitId);
      return orgUnit ? [{ role: r.role, orgUnit }] : [];
    }),
    actions: ACTIONS.filter((a) => anyRoleAllows(roleNames, a)),
  };
}
