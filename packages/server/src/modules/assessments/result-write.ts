import { type SQL, sql } from 'drizzle-orm';
import type { assessmentResults } from '../../db/schema.ts';

type ResultRow = typeof assessmentResults.$inferSelect;

/**
 * The statement writing one result, as plain SQL with `returning`, to embed in `writeWithAudit`. Written by
 * hand because it is the hottest write: Drizzle's builder spent more CPU building this statement than
 * PostgreSQL spent running it (`npm run bench:save`). The columns are those of `assessmentResults` in
 * db/schema.ts; the server tests read every field back after saving.
 * An update touches the row only at the version the editor started from; an insert touches nothing when a
 * row exists already. Either way "nothing touched" means someone else saved first.
 */
export function resultWriteSql(after: ResultRow, expectedVersion: number): SQL {
  const fields = sql`numerator = ${after.numerator}, denominator = ${after.denominator},
    value = ${JSON.stringify(after.value)}::jsonb, typed_percent = ${after.typedPercent},
    self_points = ${after.selfPoints}, self_points_reason = ${after.selfPointsReason},
    self_judgement = ${after.selfJudgement}, self_judgement_reason = ${after.selfJudgementReason},
    status = ${after.status}, capability = ${after.capability},
    planned_completion = ${after.plannedCompletion}, notes = ${after.notes}, difficulties = ${after.difficulties},
    version = ${after.version}, updated_at = ${after.updatedAt.toISOString()}::timestamptz,
    updated_by = ${after.updatedBy}::uuid`;
  if (expectedVersion > 0) {
    return sql`update assessment_results set ${fields}
      where id = ${after.id}::uuid and version = ${expectedVersion} returning id`;
  }
  return sql`insert into assessment_results (id, assessment_id, item_kind, item_code, numerator, denominator,
      value, typed_percent, self_points, self_points_reason, self_judgement, self_judgement_reason, status,
      capability, planned_completion, notes, difficulties, version, updated_at, updated_by)
    values (${after.id}::uuid, ${after.assessmentId}::uuid, ${after.itemKind}, ${after.itemCode},
      ${after.numerator}, ${after.denominator}, ${JSON.stringify(after.value)}::jsonb, ${after.typedPercent},
      ${after.selfPoints}, ${after.selfPointsReason}, ${after.selfJudgement}, ${after.selfJudgementReason},
      ${after.status}, ${after.capability}, ${after.plannedCompletion}, ${after.notes},
      ${after.difficulties}, ${after.version}, ${after.updatedAt.toISOString()}::timestamptz,
      ${after.updatedBy}::uuid)
    on conflict do nothing returning id`;
}
