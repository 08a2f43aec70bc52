import { emptyRow, type ResponsibilityRow } from '@xaso/domain/steering/responsibility';
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/app-error.ts';
import { loadVersionByRowId } from '../cycles/framework-versions.ts';
import { type LoadedCycle, loadCycles } from '../cycles/load-cycles.ts';
import { type CycleCriterion, criteriaOfFramework } from './cycle-criteria.ts';
import { loadMatrix, type StoredMatrix } from './matrix-store.ts';
import { steeringCyclePolicy } from './policy.ts';

export type MatrixContext = {
  loaded: LoadedCycle;
  area: { id: string; name: string; path: string };
  criteria: CycleCriterion[];
  excluded: Set<string>;
  stored: StoredMatrix | null;
  /** One row per criterion of the set, in its order: the stored row, or an empty one. */
  rows: ResponsibilityRow[];
};

/** The cycle, checked for `action`, with its criteria and its current matrix. */
export async function loadMatrixContext(
  db: Db,
  actor: Actor,
  cycleId: string,
  action: 'cycle:read' | 'responsibility:manage',
): Promise<MatrixContext> {
  const [loaded] = await loadCycles(db, [cycleId]);
  if (!loaded) throw AppError.notFound();
  steeringCyclePolicy.assertCan(actor, loaded, action);
  const criteria = criteriaOfFramework(
    (await loadVersionByRowId(db, loaded.row.criteriaFrameworkVersionId)).framework,
  );
  const stored = await loadMatrix(db, cycleId);
  const byCode = new Map(stored?.rows.map((r) => [r.criterionCode, r]));
  return {
    loaded,
    area: { id: loaded.cycle.scope.id, name: loaded.cycle.scope.name, path: loaded.scopePath },
    criteria,
    excluded: new Set(loaded.cycle.exclusions.map((e) => e.itemCode)),
    stored,
    rows: criteria.map((c) => byCode.get(c.code) ?? emptyRow(c.code)),
  };
}
