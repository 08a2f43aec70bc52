import type { User } from '@xaso/domain/contracts/users';
import { orgUnitTypeSchema } from '@xaso/domain/org-unit';
import { roleSchema } from '@xaso/domain/roles';
import { asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { orgUnits, userRoles, users } from '../../db/schema.ts';

export type LoadedUser = { user: User; rolePaths: string[] };

/** Users with their roles (and the roles' units), presented for the API. */
export async function loadUsers(db: Db, where?: SQL): Promise<LoadedUser[]> {
  const rows = await db
    .select({
      user: users,
      role: userRoles.role,
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      unitType: orgUnits.type,
      unitPath: orgUnits.path,
    })
    .from(users)
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .leftJoin(orgUnits, eq(orgUnits.id, userRoles.orgUnitId))
    .where(where)
    .orderBy(asc(users.username));
  const byId = new Map<string, LoadedUser>();
  for (const r of rows) {
    let entry = byId.get(r.user.id);
    if (!entry) {
      entry = {
        user: {
          id: r.user.id,
          username: r.user.username,
          displayName: r.user.displayName,
          email: r.user.email,
          active: r.user.active,
          roles: [],
          createdAt: r.user.createdAt.toISOString(),
        },
        rolePaths: [],
      };
      byId.set(r.user.id, entry);
    }
    if (r.role && r.unitId && r.unitName && r.unitType && r.unitPath) {
      entry.user.roles.push({
        role: roleSchema.parse(r.role),
        orgUnit: { id: r.unitId, name: r.unitName, type: orgUnitTypeSchema.parse(r.unitType) },
      });
      entry.rolePaths.push(r.unitPath);
    }
  }
  return [...byId.values()];
}

export async function loadUser(db: Db, id: string): Promise<LoadedUser | undefined> {
  return (await loadUsers(db, eq(users.id, id)))[0];
}
