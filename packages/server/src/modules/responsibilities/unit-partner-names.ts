import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { orgUnits, partners } from '../../db/schema.ts';

/**
 * The names of the org units and partners a matrix or a support plan names, by id (two queries at most, none
 * for an empty list); an id not found is simply absent.
 */
export async function loadUnitAndPartnerNames(
  db: Db,
  unitIds: readonly string[],
  partnerIds: readonly string[],
): Promise<{ units: Map<string, string>; partners: Map<string, string> }> {
  const units = [...new Set(unitIds)];
  const orgs = [...new Set(partnerIds)];
  const [u, p] = await Promise.all([
    units.length
      ? db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, units))
      : [],
    orgs.length
      ? db.select({ id: partners.id, name: partners.name }).from(partners).where(inArray(partners.id, orgs))
      : [],
  ]);
  const map = (list: { id: string; name: string }[]) => new Map(list.map((x) => [x.id, x.name]));
  return { units: map(u), partners: map(p) };
}
