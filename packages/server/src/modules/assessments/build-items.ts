import { type StoredResult, toItemResult, type WorkspaceItem } from '@xaso/domain/contracts/assessments';
import type { NormalisedFramework, NormalisedItem } from '@xaso/domain/framework/normalise';
import { evaluateCriterion } from '@xaso/domain/scoring/evaluate-criterion';
import { scoreIndicator } from '@xaso/domain/scoring/score-indicator';
import type { ItemResult } from '@xaso/domain/scoring/types';
import { formatDayVi } from '@xaso/domain/text';
import type { assessmentResults, evidence } from '../../db/schema.ts';

export type ResultRow = typeof assessmentResults.$inferSelect & { updatedByName: string | null };
type EvidenceRow = typeof evidence.$inferSelect;
export type LinkRow = { itemKind: string; itemCode: string; evidence: EvidenceRow };

export type ItemContext = {
  year: number;
  exclusions: ReadonlyMap<string, string>;
  results: ReadonlyMap<string, ResultRow>;
  links: readonly LinkRow[];
};

export const itemKey = (kind: string, code: string) => `${kind}:${code}`;

/** The stored result in the scoring engine's terms (the mapping the web page uses too). */
export function rowToItemResult(
  kind: WorkspaceItem['kind'],
  row: ResultRow | undefined,
  exclusion: string | undefined,
): ItemResult | undefined {
  return toItemResult(row ? toStoredResult(row) : null, kind, exclusion !== undefined && exclusion !== '');
}

/** One workspace row: the item, this year's target, the stored result, its evaluation and its evidence. */
/** A stored result as the API presents it: the value unwrapped, the editor by name. */
export function toStoredResult(row: ResultRow): StoredResult {
  return {
    numerator: row.numerator,
    denominator: row.denominator,
    value: (row.value as { v?: boolean | number | string | null } | null)?.v ?? null,
    typedPercent: row.typedPercent,
    selfPoints: row.selfPoints,
    selfPointsReason: row.selfPointsReason,
    selfJudgement: row.selfJudgement as StoredResult['selfJudgement'],
    selfJudgementReason: row.selfJudgementReason,
    status: row.status as StoredResult['status'],
    capability: row.capability as 'independent' | 'needs_support' | null,
    plannedCompletion: row.plannedCompletion,
    notes: row.notes,
    difficulties: row.difficulties,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedByName,
  };
}

export function buildItem(
  kind: WorkspaceItem['kind'],
  group: { code: string; name: string },
  item: NormalisedItem,
  context: ItemContext,
): WorkspaceItem {
  const key = itemKey(kind, item.code);
  const row = context.results.get(key);
  const exclusion = kind === 'criterion' ? context.exclusions.get(item.code) : undefined;
  const input = rowToItemResult(kind, row, exclusion);
  const evaluation =
    kind === 'criterion'
      ? { ...evaluateCriterion(item, context.year, input), points: null }
      : (({ status, points, explanation, warnings, errors }) => ({
          verdict: status,
          points,
          explanation,
          warnings,
          errors,
        }))(scoreIndicator(item, input));
  const linked = context.links
    .filter((l) => l.itemKind === kind && l.itemCode === item.code)
    .map((l) => l.evidence);
  return {
    kind,
    groupCode: group.code,
    groupName: group.name,
    code: item.code,
    name: item.name,
    unit: item.unit,
    measure: item.measure,
    target: item.targets[String(context.year)] ?? null,
    maxPoints: item.maxPoints,
    rule: item.rule,
    exclusionReason: exclusion ?? null,
    result: row ? toStoredResult(row) : null,
    evaluation: {
      verdict: evaluation.verdict,
      points: evaluation.points,
      explanation: evaluation.explanation,
      warnings: evaluation.warnings,
      errors: evaluation.errors,
    },
    evidence: linked.map((e) => ({
      id: e.id,
      fileName: e.fileName,
      docNumber: e.docNumber,
      docDate: e.docDate,
      summary: e.summary,
    })),
    evidenceWarnings: linked
      .filter((e) => e.docDate && Number(e.docDate.slice(0, 4)) !== context.year)
      .map(
        (e) =>
          `Minh chứng ${e.docNumber ?? e.fileName} ngày ${formatDayVi(e.docDate!)} nằm ngoài năm ${context.year}.`,
      ),
  };
}

/** All rows of the workspace: the criteria set's items, then the index's. */
export function buildItems(
  criteria: NormalisedFramework,
  index: NormalisedFramework | null,
  context: ItemContext,
  registered: readonly string[] | null,
): WorkspaceItem[] {
  const rows: WorkspaceItem[] = [];
  for (const g of criteria.groups)
    for (const item of g.items)
      if (inWorkspace(registered, 'criterion', item.code))
        rows.push(buildItem('criterion', g, item, context));
  for (const g of index?.groups ?? [])
    for (const item of g.items)
      if (inWorkspace(registered, 'indicator', item.code))
        rows.push(buildItem('indicator', g, item, context));
  return rows;
}

/**
 * Whether an item belongs to the commune's workspace: every item for an assigned commune; for one that
 * registered early (`registered` not null), only its registered criteria and no index indicators.
 */
export function inWorkspace(registered: readonly string[] | null, kind: WorkspaceItem['kind'], code: string) {
  return registered === null || (kind === 'criterion' && registered.includes(code));
}
