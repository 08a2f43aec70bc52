import type { NormalisedFramework, NormalisedItem } from './normalise.ts';

/** How an item of the right-hand framework relates to the left-hand one (left = older, right = newer). */
export type ComparisonStatus = 'added' | 'removed' | 'changed' | 'same';

/**
 * The parts of an item that make a difference to whoever is assessed against it. Provenance is left out on
 * purpose: a better-documented source is not a change to the framework.
 */
export const COMPARED_FIELDS = [
  'group',
  'name',
  'unit',
  'measure',
  'targets',
  'dependency',
  'maxPoints',
  'rule',
  'guidance',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ComparisonRow {
  code: string;
  status: ComparisonStatus;
  left: NormalisedItem | null;
  right: NormalisedItem | null;
  /** Group names on each side, null where the item is absent. */
  leftGroup: string | null;
  rightGroup: string | null;
  /** Fields that differ, in `COMPARED_FIELDS` order; empty unless `changed`. */
  changes: ComparedField[];
  /** The compared years (see `yearPairs`) whose targets differ; empty unless `targets` changed. */
  changedYears: YearPair[];
}

/** A year of the left framework and the year of the right one its targets are compared with. */
export interface YearPair {
  left: number;
  right: number;
}

export interface FrameworkComparison {
  rows: ComparisonRow[];
  /** Which targets are compared with which; empty when either side has no years. */
  yearPairs: YearPair[];
  counts: Record<ComparisonStatus, number>;
}

/**
 * Compares two normalised frameworks item by item, matching items by code (the way officials refer to them).
 * Rows come in natural code order ("1.2" before "1.10"). Names are compared after collapsing whitespace and
 * Unicode normalisation, so re-typing an annex does not show as a change.
 *
 * Targets are compared for the years both frameworks cover. A year only one side covers is a difference of the
 * frameworks, not of each item; when the two share no year (the 2022 criteria against the 2023–2025 ones), the
 * left's last year is compared with the right's first, which is what a commune moving from one to the other
 * needs to know.
 */
export function compareFrameworks(
  left: NormalisedFramework,
  right: NormalisedFramework,
): FrameworkComparison {
  const leftItems = indexItems(left);
  const rightItems = indexItems(right);
  const codes = [...new Set([...leftItems.keys(), ...rightItems.keys()])].sort(compareItemCodes);
  const yearPairs = pairYears(left.years, right.years);
  const counts: Record<ComparisonStatus, number> = { added: 0, removed: 0, changed: 0, same: 0 };

  const rows = codes.map((code): ComparisonRow => {
    const l = leftItems.get(code) ?? null;
    const r = rightItems.get(code) ?? null;
    const base = {
      code,
      left: l?.item ?? null,
      right: r?.item ?? null,
      leftGroup: l?.group ?? null,
      rightGroup: r?.group ?? null,
    };
    let row: ComparisonRow;
    if (!l) row = { ...base, status: 'added', changes: [], changedYears: [] };
    else if (!r) row = { ...base, status: 'removed', changes: [], changedYears: [] };
    else {
      const changedYears = yearPairs.filter(
        (pair) =>
          !same(l.item.targets[String(pair.left)] ?? null, r.item.targets[String(pair.right)] ?? null),
      );
      const changes = COMPARED_FIELDS.filter((field) =>
        field === 'targets' ? changedYears.length > 0 : !same(fieldValue(l, field), fieldValue(r, field)),
      );
      row = { ...base, status: changes.length > 0 ? 'changed' : 'same', changes, changedYears };
    }
    counts[row.status] += 1;
    return row;
  });
  return { rows, yearPairs, counts };
}

function pairYears(left: readonly number[], right: readonly number[]): YearPair[] {
  const common = left.filter((year) => right.includes(year)).sort((a, b) => a - b);
  if (common.length > 0) return common.map((year) => ({ left: year, right: year }));
  const last = Math.max(...left);
  const first = Math.min(...right);
  return Number.isFinite(last) && Number.isFinite(first) ? [{ left: last, right: first }] : [];
}

interface Located {
  item: NormalisedItem;
  group: string;
}

function indexItems(framework: NormalisedFramework): Map<string, Located> {
  const items = new Map<string, Located>();
  for (const group of framework.groups) {
    for (const item of group.items) items.set(item.code, { item, group: group.name });
  }
  return items;
}

function fieldValue(located: Located, field: Exclude<ComparedField, 'targets'>): unknown {
  if (field === 'group') return text(located.group);
  if (field === 'name') return text(located.item.name);
  if (field === 'unit') return located.item.unit === null ? null : text(located.item.unit);
  return located.item[field];
}

function text(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Structural equality of plain data (what a parsed YAML/JSON file holds), ignoring key order. */
function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Natural order of item codes: "1.2" < "1.10" < "2.1"; "7.6" < "7.6b" < "7.7". */
export function compareItemCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number.parseInt(x, 10);
    const ny = Number.parseInt(y, 10);
    if (nx !== ny) return nx - ny;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
