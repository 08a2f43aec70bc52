import { CAPABILITY_LABELS } from '../contracts/assessments.ts';
import type { Capability } from './support-request.ts';

/**
 * The classification (seed 002, Điều 2.2): the standing office gathers the communes' self-review and sorts each
 * commune's criteria into those it completes alone (independent, "tiêu chí không phụ thuộc") and those it
 * needs support for (dependent, "tiêu chí phụ thuộc"), and reports to the committee head.
 *
 * Two meanings of "phụ thuộc" meet in seed 002: here (Điều 2) it is the **commune's** judgement, stored as the
 * result's `capability`; in Điều 3 it is the **criterion's** reliance on reporting-period statistics, the
 * framework's `dependency`. Support requests and plans follow the commune's judgement.
 */
export type ClassificationValue = Capability | 'unset';

export const CLASSIFICATION_VALUES = ['independent', 'needs_support', 'unset'] as const;

export const CLASSIFICATION_LABELS: Record<ClassificationValue, string> = {
  ...CAPABILITY_LABELS,
  unset: 'Chưa phân loại',
};

/** One commune's judgement of one criterion, as its self-review holds it. */
export type ClassificationItem = {
  communeUnitId: string;
  criterionCode: string;
  capability: Capability | null;
  /** "Quý III/2024", "Nhiệm vụ thường xuyên". */
  plannedCompletion?: string | null;
};

export type ClassificationCounts = {
  independent: number;
  needsSupport: number;
  unset: number;
  total: number;
};

export type ClassificationSummary = {
  byCommune: ({ communeUnitId: string } & ClassificationCounts)[];
  byCriterion: ({ criterionCode: string } & ClassificationCounts)[];
  totals: ClassificationCounts;
};

/** A cell of the commune × criterion table, as the list and the export show it. */
export type ClassificationRow = {
  communeUnitId: string;
  criterionCode: string;
  value: ClassificationValue;
  plannedCompletion: string | null;
};

const zero = (): ClassificationCounts => ({ independent: 0, needsSupport: 0, unset: 0, total: 0 });

function add(counts: ClassificationCounts, value: ClassificationValue): void {
  if (value === 'independent') counts.independent++;
  else if (value === 'needs_support') counts.needsSupport++;
  else counts.unset++;
  counts.total++;
}

/**
 * Every commune × criterion of the table, in the axes' order (communes, then criteria within a commune). A
 * pair with no item, or an item with no capability, is `unset`: a commune that has not classified a criterion
 * is shown as such, never left out. Items outside the axes (a criterion not applicable this cycle, a commune
 * not in it) are ignored. Pass the communes whose self-review the office should see (submitted ones, say).
 */
export function classificationRows(
  axes: { communes: readonly string[]; criteria: readonly string[] },
  items: readonly ClassificationItem[],
): ClassificationRow[] {
  const byCommune = new Map<string, Map<string, ClassificationItem>>();
  for (const item of items) {
    const criteria = byCommune.get(item.communeUnitId) ?? new Map<string, ClassificationItem>();
    byCommune.set(item.communeUnitId, criteria.set(item.criterionCode, item));
  }
  return axes.communes.flatMap((communeUnitId) =>
    axes.criteria.map((criterionCode) => {
      const item = byCommune.get(communeUnitId)?.get(criterionCode);
      return {
        communeUnitId,
        criterionCode,
        value: item?.capability ?? 'unset',
        plannedCompletion: item?.plannedCompletion ?? null,
      };
    }),
  );
}

/** Counts per commune, per criterion and in all: for each, how many independent, needing support, unset. */
export function summariseClassification(rows: readonly ClassificationRow[]): ClassificationSummary {
  const communes = new Map<string, ClassificationCounts>();
  const criteria = new Map<string, ClassificationCounts>();
  const totals = zero();
  for (const row of rows) {
    if (!communes.has(row.communeUnitId)) communes.set(row.communeUnitId, zero());
    if (!criteria.has(row.criterionCode)) criteria.set(row.criterionCode, zero());
    add(communes.get(row.communeUnitId)!, row.value);
    add(criteria.get(row.criterionCode)!, row.value);
    add(totals, row.value);
  }
  return {
    byCommune: [...communes].map(([communeUnitId, c]) => ({ communeUnitId, ...c })),
    byCriterion: [...criteria].map(([criterionCode, c]) => ({ criterionCode, ...c })),
    totals,
  };
}

/** A filter of the list; a field left out (or empty) does not filter. */
export type ClassificationFilter = {
  communeUnitIds?: readonly string[];
  criterionCodes?: readonly string[];
  values?: readonly ClassificationValue[];
};

/** The rows the office's filters keep ("every commune's criteria needing support in group 3"). */
export function filterClassification(
  rows: readonly ClassificationRow[],
  filter: ClassificationFilter,
): ClassificationRow[] {
  const keeps = <T>(list: readonly T[] | undefined, value: T) =>
    list === undefined || list.length === 0 || list.includes(value);
  return rows.filter(
    (r) =>
      keeps(filter.communeUnitIds, r.communeUnitId) &&
      keeps(filter.criterionCodes, r.criterionCode) &&
      keeps(filter.values, r.value),
  );
}
