import { canEdit, lastDay } from '@xaso/domain/assessment/workflow';
import type { Workspace, WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { assessmentResults, assessments, evidence, evidenceLinks, orgUnits, users } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { loadVersionByRowId } from '../cycles/framework-versions.ts';
import { type LoadedCycle, loadCycles } from '../cycles/load-cycles.ts';
import { vietnamDay } from '../org-units/queries.ts';
import { buildItem, buildItems, itemKey } from './build-items.ts';

export type AssessmentRow = typeof assessments.$inferSelect;

/** The assessment with its cycle and commune, for policy checks before anything else is loaded. */
export async function loadAssessment(db: Db, assessmentId: string) {
  const [row] = await db
    .select({ assessment: assessments, commune: orgUnits })
    .from(assessments)
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.communeId))
    .where(eq(assessments.id, assessmentId));
  if (!row) throw AppError.notFound();
  const [cycle] = await loadCycles(db, [row.assessment.cycleId]);
  return { ...row, cycle: cycle! };
}

export function workflowState(assessment: AssessmentRow, cycle: LoadedCycle) {
  return {
    status: assessment.status as 'draft' | 'submitted',
    deadline: cycle.row.selfAssessmentDue,
    reopenedUntil: assessment.reopenedUntil,
  };
}

/** Everything the commune's workspace shows, evaluated with the scoring engine. */
export async function buildWorkspace(
  ctx: Ctx,
  loaded: { assessment: AssessmentRow; commune: typeof orgUnits.$inferSelect; cycle: LoadedCycle },
): Promise<Workspace> {
  const { assessment, commune, cycle } = loaded;
  const [criteria, index, resultRows, linkRows, submitter] = await Promise.all([
    loadVersionByRowId(ctx.db, cycle.row.criteriaFrameworkVersionId),
    cycle.row.indexFrameworkVersionId ? loadVersionByRowId(ctx.db, cycle.row.indexFrameworkVersionId) : null,
    ctx.db
      .select({ result: assessmentResults, updatedByName: users.displayName })
      .from(assessmentResults)
      .leftJoin(users, eq(users.id, assessmentResults.updatedBy))
      .where(eq(assessmentResults.assessmentId, assessment.id)),
    ctx.db
      .select({ itemKind: evidenceLinks.itemKind, itemCode: evidenceLinks.itemCode, evidence })
      .from(evidenceLinks)
      .innerJoin(evidence, eq(evidence.id, evidenceLinks.evidenceId))
      .where(eq(evidenceLinks.assessmentId, assessment.id)),
    assessment.submittedBy
      ? ctx.db
          .select({ name: users.displayName })
          .from(users)
          .where(and(eq(users.id, assessment.submittedBy)))
      : [],
  ]);
  const items = buildItems(criteria.framework, index?.framework ?? null, {
    year: cycle.row.year,
    exclusions: new Map(cycle.cycle.exclusions.map((e) => [e.itemCode, e.reason])),
    results: new Map(
      resultRows.map((r) => [
        itemKey(r.result.itemKind, r.result.itemCode),
        { ...r.result, updatedByName: r.updatedByName },
      ]),
    ),
    links: linkRows,
  });
  const criteriaItems = items.filter((i) => i.kind === 'criterion' && i.exclusionReason === null);
  const indicators = items.filter((i) => i.kind === 'indicator');
  const maxima = indicators.map((i) => i.maxPoints);
  const state = workflowState(assessment, cycle);
  return {
    assessment: {
      id: assessment.id,
      cycleId: cycle.row.id,
      year: cycle.row.year,
      commune: { id: commune.id, name: commune.name },
      status: state.status,
      submittedAt: assessment.submittedAt?.toISOString() ?? null,
      submittedBy: submitter[0]?.name ?? null,
      deadline: lastDay(state),
      reopenedUntil: assessment.reopenedUntil,
      editable: canEdit(state, vietnamDay(ctx.now())),
    },
    items,
    summary: {
      criteriaTotal: criteriaItems.length,
      criteriaMet: criteriaItems.filter(
        (i) => i.evaluation.verdict === 'met' || i.evaluation.verdict === 'exceeded',
      ).length,
      withoutEvidence: criteriaItems.filter((i) => i.evidence.length === 0).length,
      notEntered: items.filter((i) => i.result === null && i.exclusionReason === null).length,
      indexPoints: index
        ? Math.round(indicators.reduce((s, i) => s + (i.evaluation.points ?? 0), 0) * 100) / 100
        : null,
      indexMaxPoints: index && maxima.every((m) => m !== null) ? maxima.reduce((a, b) => a! + b!, 0) : null,
    },
  };
}

/** One row of the workspace, reading only that item's result and links (what a save answers with). */
export async function buildWorkspaceItem(
  ctx: Ctx,
  loaded: { assessment: AssessmentRow; cycle: LoadedCycle },
  kind: WorkspaceItem['kind'],
  code: string,
): Promise<WorkspaceItem | null> {
  const { assessment, cycle } = loaded;
  const versionId =
    kind === 'criterion' ? cycle.row.criteriaFrameworkVersionId : cycle.row.indexFrameworkVersionId;
  if (!versionId) return null;
  const { framework } = await loadVersionByRowId(ctx.db, versionId);
  const group = framework.groups.find((g) => g.items.some((i) => i.code === code));
  const item = group?.items.find((i) => i.code === code);
  if (!group || !item) return null;
  const [resultRows, linkRows] = await Promise.all([
    ctx.db
      .select({ result: assessmentResults, updatedByName: users.displayName })
      .from(assessmentResults)
      .leftJoin(users, eq(users.id, assessmentResults.updatedBy))
      .where(
        and(
          eq(assessmentResults.assessmentId, assessment.id),
          eq(assessmentResults.itemKind, kind),
          eq(assessmentResults.itemCode, code),
        ),
      ),
    ctx.db
      .select({ itemKind: evidenceLinks.itemKind, itemCode: evidenceLinks.itemCode, evidence })
      .from(evidenceLinks)
      .innerJoin(evidence, eq(evidence.id, evidenceLinks.evidenceId))
      .where(
        and(
          eq(evidenceLinks.assessmentId, assessment.id),
          eq(evidenceLinks.itemKind, kind),
          eq(evidenceLinks.itemCode, code),
        ),
      ),
  ]);
  return buildItem(kind, group, item, {
    year: cycle.row.year,
    exclusions: new Map(cycle.cycle.exclusions.map((e) => [e.itemCode, e.reason])),
    results: new Map(
      resultRows.map((r) => [itemKey(kind, code), { ...r.result, updatedByName: r.updatedByName }]),
    ),
    links: linkRows,
  });
}
