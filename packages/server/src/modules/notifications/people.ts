import { type Action, ROLES, roleAllows } from '@xaso/domain/roles';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { orgUnits, userRoles, users } from '../../db/schema.ts';

/**
 * Active users holding a role that allows `action` on a unit: the unit itself (`exact`), or the unit or any
 * unit inside it (`subtree`: an area's office may sit on one of its departments). Roles count by what they
 * allow (`roles.ts`), so who is told follows the one table of who may do what. Never the units above: a
 * province office is not told of every district's work.
 */
export async function usersWithRoleOn(
  db: Db,
  options: { action: Action; unitPath: string; reach: 'exact' | 'subtree' },
): Promise<string[]> {
  const roles = ROLES.filter((r) => roleAllows(r, options.action));
  const where =
    options.reach === 'exact'
      ? eq(orgUnits.path, options.unitPath)
      : like(orgUnits.path, `${options.unitPath}%`);
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, userRoles.orgUnitId))
    .where(and(inArray(userRoles.role, roles), where, eq(users.active, true)));
  return rows.map((r) => r.id);
}
