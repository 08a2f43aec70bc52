import type { Action } from '@xaso/domain/roles';
import type { CommuneRef } from '@xaso/domain/steering/commune-match';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { orgUnits } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { isInScope, scopeFor } from '../auth/scope.ts';
import { validOnSql } from '../org-units/queries.ts';

/**
 * An area (địa bàn) of the steering committee: a district, or since the 2025 reform a province whose communes
 * hang directly under it. Its communes are its commune children in force.
 */
export type Area = { id: string; name: string; path: string };

/** The area, or null when the id names no district or province. */
export async function loadArea(db: Db, areaId: string): Promise<Area | null> {
  const [unit] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, areaId), inArray(orgUnits.type, ['district', 'province'])));
  return unit ?? null;
}

/** A commune of the area; `inForce` false for one merged away since that a record still names. */
export type AreaCommune = CommuneRef & { inForce: boolean };

/** The area's communes in force on `day`, plus any of `alsoIds` (communes merged away since, still named). */
export async function loadCommunes(
  db: Db,
  area: Area,
  day: string,
  alsoIds: readonly string[] = [],
): Promise<AreaCommune[]> {
  const inForce = and(eq(orgUnits.parentId, area.id), validOnSql(day))!;
  return db
    .select({
      id: orgUnits.id,
      name: orgUnits.name,
      gsoCode: orgUnits.gsoCode,
      inForce: sql<boolean>`coalesce(${inForce}, false)`,
    })
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.type, 'commune'),
        alsoIds.length > 0 ? or(inForce, inArray(orgUnits.id, [...alsoIds])) : inForce,
      ),
    )
    .orderBy(asc(orgUnits.name));
}

/**
 * Who sees an area's steering records (roadmap, matrix, partners): whoever reads cycles over the whole area
 * (its office, its steering committee, the province). Someone working inside it (a commune) is refused with
 * "forbidden"; anyone else gets "not found", as for a record that does not exist.
 */
export const areaPolicy = {
  assertCan(actor: Actor, areaPath: string, action: Action): void {
    if (!isInScope(scopeFor(actor, 'cycle:read'), areaPath)) {
      const inside = actor.roles.some((r) => r.orgUnitPath.startsWith(areaPath));
      throw inside ? new AppError('FORBIDDEN') : AppError.notFound();
    }
    if (!isInScope(scopeFor(actor, action), areaPath)) throw new AppError('FORBIDDEN');
  },
};

/** Loads the area for a route: "not found" when it is none or lies outside what the actor may see. */
export async function areaFor(db: Db, actor: Actor, areaId: string, action: Action): Promise<Area> {
  const area = await loadArea(db, areaId);
  if (!area) throw AppError.notFound();
  areaPolicy.assertCan(actor, area.path, action);
  return area;
}
