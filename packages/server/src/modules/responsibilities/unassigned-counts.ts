import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { responsibilities, responsibilityVersions } from '../../db/schema.ts';
import { loadVersionByRowId } from '../cycles/framework-versions.ts';
import { criteriaOfFramework } from './cycle-criteria.ts';

/**
 * For the cycle page's flag: how many criteria of each cycle have no responsible member in its current matrix,
 * not counting criteria excluded this cycle. A cycle opened before matrices existed has none: all its
 * criteria count. Two queries for any number of cycles (the framework versions are cached).
 */
export async function unassignedCounts(
  db: Db,
  cycles: readonly { id: string; criteriaFrameworkVersionId: string; excluded: readonly string[] }[],
): Promise<Map<string, number>> {
  if (cycles.length === 0) return new Map();
  const versions = await db
    .select({
      id: responsibilityVersions.id,
      cycleId: responsibilityVersions.cycleId,
      number: responsibilityVersions.number,
    })
    .from(responsibilityVersions)
    .where(
      inArray(
        responsibilityVersions.cycleId,
        cycles.map((c) => c.id),
      ),
    );
  const current = new Map<string, { id: string; number: number }>();
  for (const v of versions) if ((current.get(v.cycleId)?.number ?? 0) < v.number) current.set(v.cycleId, v);
  const open = current.size
    ? await db
        .select({ versionId: responsibilities.versionId, code: responsibilities.criterionCode })
        .from(responsibilities)
        .where(
          and(
            inArray(
              responsibilities.versionId,
              [...current.values()].map((v) => v.id),
            ),
            isNull(responsibilities.responsibleMemberId),
          ),
        )
    : [];
  const counts = new Map<string, number>();
  for (const cycle of cycles) {
    const excluded = new Set(cycle.excluded);
    const version = current.get(cycle.id);
    const codes = version
      ? open.filter((r) => r.versionId === version.id).map((r) => r.code)
      : criteriaOfFramework((await loadVersionByRowId(db, cycle.criteriaFrameworkVersionId)).framework).map(
          (c) => c.code,
        );
    counts.set(cycle.id, codes.filter((code) => !excluded.has(code)).length);
  }
  return counts;
}
