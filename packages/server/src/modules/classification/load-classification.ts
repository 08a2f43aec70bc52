import { CAPABILITIES } from '@xaso/domain/contracts/assessments';
import type { ClassificationResponse } from '@xaso/domain/contracts/steering';
import {
  type ClassificationItem,
  type ClassificationRow,
  classificationRows,
  summariseClassification,
} from '@xaso/domain/steering/classification';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { assessmentResults, assessments } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { loadVersionByRowId } from '../cycles/framework-versions.ts';
import { type LoadedCycle, loadCycles } from '../cycles/load-cycles.ts';
import { type CycleCriterion, criteriaOfFramework } from '../responsibilities/cycle-criteria.ts';
import { steeringCyclePolicy } from '../responsibilities/policy.ts';

export type Classification = {
  loaded: LoadedCycle;
  communes: ClassificationResponse['communes'];
  criteria: CycleCriterion[];
  /** Every commune × criterion, filters aside. */
  rows: ClassificationRow[];
  summary: ClassificationResponse['summary'];
};

const capabilityOf = (value: string | null) =>
  (CAPABILITIES as readonly string[]).includes(value ?? '')
    ? (value as ClassificationItem['capability'])
    : null;

/**
 * The communes' self-review of the cycle (seed 002, Điều 2.2): for each commune assigned to the cycle and each
 * criterion that applies this cycle, the commune's judgement (independent / needs support) and its planned
 * completion, as its workspace holds them now. A commune that has not submitted is shown too, flagged
 * `submitted: false`, so the office sees who is still working; a criterion not judged yet is `unset`.
 * Communes that registered criteria early (Điều 3) are not in the table: they complete only those criteria.
 */
export async function loadClassification(db: Db, actor: Actor, cycleId: string): Promise<Classification> {
  const [loaded] = await loadCycles(db, [cycleId]);
  if (!loaded) throw AppError.notFound();
  steeringCyclePolicy.assertCan(actor, loaded, 'classification:read');
  const excluded = new Set(loaded.cycle.exclusions.map((e) => e.itemCode));
  const criteria = criteriaOfFramework(
    (await loadVersionByRowId(db, loaded.row.criteriaFrameworkVersionId)).framework,
  ).filter((c) => !excluded.has(c.code));
  const assigned = loaded.cycle.communes.filter((c) => c.assigned);
  const [statuses, results] = await Promise.all([
    db
      .select({ communeId: assessments.communeId, status: assessments.status })
      .from(assessments)
      .where(eq(assessments.cycleId, cycleId)),
    db
      .select({
        communeId: assessments.communeId,
        code: assessmentResults.itemCode,
        capability: assessmentResults.capability,
        plannedCompletion: assessmentResults.plannedCompletion,
      })
      .from(assessmentResults)
      .innerJoin(assessments, eq(assessments.id, assessmentResults.assessmentId))
      .where(and(eq(assessments.cycleId, cycleId), eq(assessmentResults.itemKind, 'criterion'))),
  ]);
  const submitted = new Set(statuses.filter((s) => s.status === 'submitted').map((s) => s.communeId));
  const rows = classificationRows(
    { communes: assigned.map((c) => c.id), criteria: criteria.map((c) => c.code) },
    results.map((r) => ({
      communeUnitId: r.communeId,
      criterionCode: r.code,
      capability: capabilityOf(r.capability),
      plannedCompletion: r.plannedCompletion,
    })),
  );
  return {
    loaded,
    communes: assigned.map((c) => ({ id: c.id, name: c.name, submitted: submitted.has(c.id) })),
    criteria,
    rows,
    summary: summariseClassification(rows),
  };
}
