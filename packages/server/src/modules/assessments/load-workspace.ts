import { canEdit, lastDay } from '@xaso/domain/assessment/workflow';
import type { Workspace, WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/prepared.ts';
import {
  assessmentResults,
  assessments,
  cycleExclusions,
  cycles,
  evidence,
  evidenceLinks,
  orgUnits,
  users,
} from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { loadVersionByRowId } from '../cycles/framework-versions.ts';
import type { LoadedCycle } from '../cycles/load-cycles.ts';
import { vietnamDay } from '../org-units/queries.ts';
import { buildItem, buildItems, inWorkspace, itemKey, type LinkRow, type ResultRow } from './build-items.ts';

export type AssessmentRow = typeof assessments.$inferSelect;
/** What the workspace needs of a cycle: its row and the criteria not applicable this cycle. */
export type CycleCore = {
  row: typeof cycles.$inferSelect;
  exclusions: Array<{ itemCode: string; reason: string }>;
};

export function cycleCore(loaded: LoadedCycle): CycleCore {
  return { row: loaded.row, exclusions: loaded.cycle.exclusions };
}

/**
 * The assessment with its commune and cycle, for policy checks before anything else is loaded. One query: this
 * is on the path of every save, so it does not load the cycle's presentation.
 */
export async function loadAssessment(db: Db, assessmentId: string) {
  const [row] = await prepared(db, 'load_assessment', (d) =>
    d
      .select({
        assessment: assessments,
        // Only what policy and presentation need: every column costs mapping time on each save.
        commune: { id: orgUnits.id, name: orgUnits.name, path: orgUnits.path, parentId: orgUnits.parentId },
        cycleRow: cycles,
        exclusions: sql<CycleCore['exclusions']>`coalesce((
          select json_agg(json_build_object('itemCode', ${cycleExclusions.itemCode}, 'reason', ${cycleExclusions.reason}))
          from ${cycleExclusions} where ${cycleExclusions.cycleId} = ${cycles.id}), '[]'::json)`,
      })
      .from(assessments)
      .innerJoin(orgUnits, eq(orgUnits.id, assessments.communeId))
      .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
      .where(eq(assessments.id, sql.placeholder('id')))
      .prepare('load_assessment'),
  ).execute({ id: assessmentId });
  if (!row) throw AppError.notFound();
  return {
    assessment: row.assessment,
    commune: row.commune,
    cycle: { row: row.cycleRow, exclusions: row.exclusions },
  };
}

export function workflowState(assessment: AssessmentRow, cycle: CycleCore) {
  return {
    status: assessment.status as 'draft' | 'submitted',
    deadline: cycle.row.selfAssessmentDue,
    reopenedUntil: assessment.reopenedUntil,
    cycleClosed: cycle.row.status === 'closed',
  };
}

/** Everything the commune's workspace shows, evaluated with the scoring engine. */
export async function buildWorkspace(
  ctx: Ctx,
  loaded: { assessment: AssessmentRow; commune: { id: string; name: string }; cycle: CycleCore },
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
  const items = buildItems(
    criteria.framework,
    index?.framework ?? null,
    {
      year: cycle.row.year,
      exclusions: new Map(cycle.exclusions.map((e) => [e.itemCode, e.reason])),
      results: new Map(
        resultRows.map((r) => [
          itemKey(r.result.itemKind, r.result.itemCode),
          { ...r.result, updatedByName: r.updatedByName },
        ]),
      ),
      links: linkRows,
    },
    assessment.registeredItems,
  );
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
      registeredItems: assessment.registeredItems,
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

export type ItemRows = { result: ResultRow | null; links: LinkRow[] };

/** The stored result of one item (null when none was saved yet) and its evidence links: two queries sent together. */
export async function readItemRows(
  db: Db,
  assessmentId: string,
  kind: WorkspaceItem['kind'],
  code: string,
): Promise<ItemRows> {
  const params = { assessmentId, kind, code };
  const [resultRows, links] = await Promise.all([
    prepared(db, 'read_item_result', (d) =>
      d
        .select({ result: assessmentResults, updatedByName: users.displayName })
        .from(assessmentResults)
        .leftJoin(users, eq(users.id, assessmentResults.updatedBy))
        .where(
          and(
            eq(assessmentResults.assessmentId, sql.placeholder('assessmentId')),
            eq(assessmentResults.itemKind, sql.placeholder('kind')),
            eq(assessmentResults.itemCode, sql.placeholder('code')),
          ),
        )
        .prepare('read_item_result'),
    ).execute(params),
    prepared(db, 'read_item_links', (d) =>
      d
        .select({ itemKind: evidenceLinks.itemKind, itemCode: evidenceLinks.itemCode, evidence })
        .from(evidenceLinks)
        .innerJoin(evidence, eq(evidence.id, evidenceLinks.evidenceId))
        .where(
          and(
            eq(evidenceLinks.assessmentId, sql.placeholder('assessmentId')),
            eq(evidenceLinks.itemKind, sql.placeholder('kind')),
            eq(evidenceLinks.itemCode, sql.placeholder('code')),
          ),
        )
        .prepare('read_item_links'),
    ).execute(params),
  ]);
  const first = resultRows[0];
  return { result: first ? { ...first.result, updatedByName: first.updatedByName } : null, links };
}

/**
 * One row of the workspace (what a save answers with), from that item's rows: read here, or given by a caller
 * that already has them.
 */
export async function buildWorkspaceItem(
  ctx: Ctx,
  loaded: { assessment: AssessmentRow; cycle: CycleCore },
  kind: WorkspaceItem['kind'],
  code: string,
  known?: ItemRows,
): Promise<WorkspaceItem | null> {
  const { assessment, cycle } = loaded;
  const versionId =
    kind === 'criterion' ? cycle.row.criteriaFrameworkVersionId : cycle.row.indexFrameworkVersionId;
  if (!versionId) return null;
  const { framework } = await loadVersionByRowId(ctx.db, versionId);
  const group = framework.groups.find((g) => g.items.some((i) => i.code === code));
  const item = group?.items.find((i) => i.code === code);
  if (!group || !item || !inWorkspace(assessment.registeredItems, kind, code)) return null;
  const rows = known ?? (await readItemRows(ctx.db, assessment.id, kind, code));
  return buildItem(kind, group, item, {
    year: cycle.row.year,
    exclusions: new Map(cycle.exclusions.map((e) => [e.itemCode, e.reason])),
    results: new Map(rows.result ? [[itemKey(kind, code), rows.result]] : []),
    links: rows.links,
  });
}
