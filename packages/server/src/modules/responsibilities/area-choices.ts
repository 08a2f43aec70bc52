import type { Named } from '@xaso/domain/steering/responsibility';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { orgUnits, partners, userRoles, users } from '../../db/schema.ts';
import { validOnSql } from '../org-units/queries.ts';

export type Person = { id: string; displayName: string };

/** What the matrix's pickers offer in an area, and what `validateMatrix` checks ids against. */
export type AreaChoices = { departments: Named[]; partners: Named[]; members: Person[] };

/**
 * The area's departments in force (org units of type department under it), its partners, and the people who
 * may answer for a criterion: active users holding the steering member or head role on the area or a unit
 * inside it.
 */
export async function loadAreaChoices(
  db: Db,
  area: { id: string; path: string },
  day: string,
): Promise<AreaChoices> {
  const [departments, partnerRows, members] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.name })
      .from(orgUnits)
      .where(and(eq(orgUnits.type, 'department'), like(orgUnits.path, `${area.path}%`), validOnSql(day)))
      .orderBy(asc(orgUnits.name)),
    loadPartners(db, area.id),
    db
      .selectDistinct({ id: users.id, displayName: users.displayName })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .innerJoin(orgUnits, eq(orgUnits.id, userRoles.orgUnitId))
      .where(
        and(
          inArray(userRoles.role, ['steering_member', 'steering_head']),
          like(orgUnits.path, `${area.path}%`),
          eq(users.active, true),
        ),
      )
      .orderBy(asc(users.displayName)),
  ]);
  const collator = new Intl.Collator('vi');
  return {
    departments: departments.sort((a, b) => collator.compare(a.name, b.name)),
    partners: partnerRows,
    members: members.sort((a, b) => collator.compare(a.displayName, b.displayName)),
  };
}

export async function loadPartners(db: Db, areaId: string): Promise<Named[]> {
  const rows = await db
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(eq(partners.areaId, areaId));
  const collator = new Intl.Collator('vi');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
