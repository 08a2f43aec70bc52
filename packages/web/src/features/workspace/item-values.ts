import type { ResultInput, WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { CAPABILITY_LABELS, toItemResult } from '@xaso/domain/contracts/assessments';
import { evaluateCriterion } from '@xaso/domain/scoring/evaluate-criterion';
import { formatFigureVi, formatPointsVi } from '@xaso/domain/scoring/format';
import { scoreIndicator } from '@xaso/domain/scoring/score-indicator';
import { VERDICT_LABELS, type Verdict } from '@xaso/domain/scoring/types';
import { vi } from '../../i18n/vi.ts';
import { workspaceMessages } from './messages.ts';

/** What the item form holds: the editable part of a result. */
export type ItemValues = Omit<ResultInput, 'expectedVersion'>;
type Stored = NonNullable<WorkspaceItem['result']>;

export const EMPTY_VALUES: ItemValues = {
  numerator: null,
  denominator: null,
  value: null,
  typedPercent: null,
  selfPoints: null,
  selfPointsReason: null,
  selfJudgement: null,
  selfJudgementReason: null,
  status: null,
  capability: null,
  plannedCompletion: null,
  notes: null,
  difficulties: null,
};

export function valuesOf(result: Stored | null): ItemValues {
  if (!result) return { ...EMPTY_VALUES };
  return {
    numerator: result.numerator,
    denominator: result.denominator,
    value: result.value,
    typedPercent: result.typedPercent,
    selfPoints: result.selfPoints,
    selfPointsReason: result.selfPointsReason,
    selfJudgement: result.selfJudgement,
    selfJudgementReason: result.selfJudgementReason,
    status: result.status,
    capability: result.capability,
    plannedCompletion: result.plannedCompletion,
    notes: result.notes,
    difficulties: result.difficulties,
  };
}

/** Form fields hand back `undefined` and blank strings for "nothing entered": the contract says `null`. */
export function normalise(values: Partial<ItemValues>): ItemValues {
  const out = { ...EMPTY_VALUES };
  for (const key of Object.keys(EMPTY_VALUES) as (keyof ItemValues)[]) {
    const v = values[key];
    (out as Record<string, unknown>)[key] =
      v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v;
  }
  return out;
}

export function sameValues(a: ItemValues, b: ItemValues): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

export interface LiveEvaluation {
  verdict: Verdict | 'scored';
  points: number | null;
  maxPoints: number | null;
  explanation: string;
  warnings: string[];
  errors: string[];
}

/**
 * The verdict (criteria) or points (indicators) for what is typed right now, by the same domain functions the
 * server runs, so what the officer sees while typing is what will be stored.
 */
export function evaluateLive(item: WorkspaceItem, year: number, values: ItemValues): LiveEvaluation {
  // The mapping the server uses, so the verdict while typing is the one that will be stored.
  const result = toItemResult(values, item.kind, Boolean(item.exclusionReason));
  if (item.kind === 'criterion') {
    const e = evaluateCriterion(
      { code: item.code, measure: item.measure, targets: { [String(year)]: item.target } },
      year,
      result,
    );
    return { ...e, points: null, maxPoints: null };
  }
  const s = scoreIndicator(
    { code: item.code, measure: item.measure, maxPoints: item.maxPoints, rule: item.rule },
    result,
  );
  return {
    verdict: s.status === 'scored' ? 'scored' : s.status,
    points: s.points,
    maxPoints: s.maxPoints,
    explanation: s.explanation,
    warnings: s.warnings,
    errors: s.errors,
  };
}

/** A stored result in one line, for the conflict message: "92/100 · Xã tự hoàn thành · Quý III/2025". */
export function describeResult(item: WorkspaceItem, result: Stored): string {
  const parts: string[] = [];
  if (item.measure.kind === 'ratio') {
    if (result.numerator !== null || result.denominator !== null) {
      const fig = (n: number | null) => (n === null ? '…' : formatFigureVi(n));
      parts.push(`${fig(result.numerator)}/${fig(result.denominator)}`);
    }
  } else if (typeof result.value === 'boolean') {
    parts.push(result.value ? vi.common.yes : vi.common.no);
  } else if (typeof result.value === 'number') {
    parts.push(formatFigureVi(result.value));
  } else if (typeof result.value === 'string') {
    parts.push(result.value);
  }
  if (result.typedPercent !== null)
    parts.push(`${vi.workspace.typedPercent}: ${formatFigureVi(result.typedPercent)}`);
  if (result.status === 'not_started') parts.push(workspaceMessages.notStarted);
  if (result.selfPoints !== null)
    parts.push(`${workspaceMessages.selfPoints}: ${formatPointsVi(result.selfPoints)}`);
  if (result.selfJudgement !== null)
    parts.push(`${workspaceMessages.selfJudgement}: ${VERDICT_LABELS[result.selfJudgement]}`);
  if (result.capability) parts.push(CAPABILITY_LABELS[result.capability]);
  if (result.plannedCompletion) parts.push(result.plannedCompletion);
  if (result.notes) parts.push(result.notes);
  return parts.length > 0 ? parts.join(' · ') : vi.common.none;
}

export function itemKey(item: Pick<WorkspaceItem, 'kind' | 'code'>): string {
  return `${item.kind}:${item.code}`;
}
