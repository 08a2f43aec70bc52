import type { Cycle } from '@xaso/domain/contracts/cycles';
import { CYCLE_STATUSES } from '@xaso/domain/cycle/lifecycle';
import { orgUnitTypeSchema } from '@xaso/domain/org-unit';
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { cycleCommunes, cycleExclusions, cycles, frameworkVersions, orgUnits } from '../../db/schema.ts';
import { unassignedCounts } from '../responsibilities/unassigned-counts.ts';

export type LoadedCycle = {
  cycle: Cycle;
  scopePath: string;
  communePaths: string[];
  row: typeof cycles.$inferSelect;
};

const collator = new Intl.Collator('vi');
const cycleStatusSchema = z.enum(CYCLE_STATUSES);

/** Cycles with their area, frameworks, communes and exclusions, presented for the API. */
export async function loadCycles(db: Db, ids?: string[]): Promise<LoadedCycle[]> {
  const rows = await db
    .select()
    .from(cycles)
    .where(ids ? inArray(cycles.id, ids) : undefined)
    .orderBy(cycles.year);
  if (rows.length === 0) return [];
  const cycleIds = rows.map((r) => r.id);
  const [members, exclusions, versions] = await Promise.all([
    db
      .select({ cycleId: cycleCommunes.cycleId, assigned: cycleCommunes.assigned, unit: orgUnits })
      .from(cycleCommunes)
      .innerJoin(orgUnits, eq(orgUnits.id, cycleCommunes.communeId))
      .where(inArray(cycleCommunes.cycleId, cycleIds)),
    db.select().from(cycleExclusions).where(inArray(cycleExclusions.cycleId, cycleIds)),
    db
      .select({
        id: frameworkVersions.id,
        frameworkId: frameworkVersions.frameworkId,
        version: frameworkVersions.version,
        title: frameworkVersions.title,
      })
      .from(frameworkVersions)
      .where(
        inArray(
          frameworkVersions.id,
          rows.flatMap((r) =>
            r.indexFrameworkVersionId
              ? [r.criteriaFrameworkVersionId, r.indexFrameworkVersionId]
              : [r.criteriaFrameworkVersionId],
          ),
        ),
      ),
  ]);
  const unassigned = await unassignedCounts(
    db,
    rows.map((r) => ({
      id: r.id,
      criteriaFrameworkVersionId: r.criteriaFrameworkVersionId,
      excluded: exclusions.filter((e) => e.cycleId === r.id).map((e) => e.itemCode),
    })),
  );
  const scopes = await db
    .select()
    .from(orgUnits)
    .where(inArray(orgUnits.id, [...new Set(rows.map((r) => r.scopeId))]));
  const unitRef = (u: typeof orgUnits.$inferSelect) => ({
    id: u.id,
    name: u.name,
    type: orgUnitTypeSchema.parse(u.type),
  });
  const versionRef = (id: string | null) => {
    const v = versions.find((x) => x.id === id);
    return v ? { id: v.frameworkId, version: v.version, title: v.title } : null;
  };
  return rows.map((row) => {
    const scope = scopes.find((s) => s.id === row.scopeId)!;
    const communes = members
      .filter((m) => m.cycleId === row.id)
      .sort((a, b) => collator.compare(a.unit.name, b.unit.name));
    return {
      row,
      scopePath: scope.path,
      communePaths: communes.map((c) => c.unit.path),
      cycle: {
        id: row.id,
        year: row.year,
        round: row.round,
        status: cycleStatusSchema.parse(row.status),
        version: row.version,
        scope: unitRef(scope),
        criteriaFramework: versionRef(row.criteriaFrameworkVersionId)!,
        indexFramework: versionRef(row.indexFrameworkVersionId),
        deadlines: {
          selfAssessment: row.selfAssessmentDue,
          confirmation: row.confirmationDue,
          dossier: row.dossierDue,
        },
        communes: communes.map((c) => ({ ...unitRef(c.unit), assigned: c.assigned })),
        exclusions: exclusions
          .filter((e) => e.cycleId === row.id)
          .map((e) => ({ itemCode: e.itemCode, reason: e.reason })),
        unassignedCriteria: unassigned.get(row.id) ?? 0,
        createdAt: row.createdAt.toISOString(),
      },
    };
  });
}
