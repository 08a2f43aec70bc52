import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_LABELS,
  type ClassificationItem,
  classificationRows,
  filterClassification,
  summariseClassification,
} from './classification.ts';

// Thường Xuân 2024, three of the year's five communes and four criteria.
const axes = { communes: ['ngocphung', 'xuanthang', 'xuanle'], criteria: ['1.1', '2.4', '3.4', '3.12'] };
const item = (
  communeUnitId: string,
  criterionCode: string,
  capability: ClassificationItem['capability'],
  plannedCompletion: string | null = null,
): ClassificationItem => ({ communeUnitId, criterionCode, capability, plannedCompletion });
const items = [
  item('ngocphung', '1.1', 'independent', 'Nhiệm vụ thường xuyên'),
  item('ngocphung', '2.4', 'needs_support', 'Quý III/2024'),
  item('ngocphung', '3.4', 'needs_support'),
  item('ngocphung', '3.12', 'independent'),
  item('xuanthang', '1.1', 'independent'),
  item('xuanthang', '3.4', null),
  // Not in the table: a criterion not applicable this cycle, a commune not in it.
  item('xuanthang', '2.5', 'needs_support'),
  item('batmot', '1.1', 'independent'),
];
// Computed in each test, not here: mutation testing switches a mutant on for the tests only.
const table = () => classificationRows(axes, items);

describe('classificationRows', () => {
  it('has every commune × criterion in the axes’ order, a missing or blank judgement as unset', () => {
    const rows = table();
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 5)).toEqual([
      {
        communeUnitId: 'ngocphung',
        criterionCode: '1.1',
        value: 'independent',
        plannedCompletion: 'Nhiệm vụ thường xuyên',
      },
      {
        communeUnitId: 'ngocphung',
        criterionCode: '2.4',
        value: 'needs_support',
        plannedCompletion: 'Quý III/2024',
      },
      { communeUnitId: 'ngocphung', criterionCode: '3.4', value: 'needs_support', plannedCompletion: null },
      { communeUnitId: 'ngocphung', criterionCode: '3.12', value: 'independent', plannedCompletion: null },
      { communeUnitId: 'xuanthang', criterionCode: '1.1', value: 'independent', plannedCompletion: null },
    ]);
    expect(rows.filter((r) => r.communeUnitId === 'xuanthang').map((r) => r.value)).toEqual([
      'independent',
      'unset',
      'unset',
      'unset',
    ]);
  });

  it('reads an item without a planned time as none', () => {
    expect(
      classificationRows({ communes: ['a'], criteria: ['1.1'] }, [
        { communeUnitId: 'a', criterionCode: '1.1', capability: 'independent' },
      ])[0]!.plannedCompletion,
    ).toBeNull();
  });
});

describe('summariseClassification', () => {
  const summary = () => summariseClassification(table());

  it('counts per commune', () => {
    const s = summary();
    expect(s.byCommune).toEqual([
      { communeUnitId: 'ngocphung', independent: 2, needsSupport: 2, unset: 0, total: 4 },
      { communeUnitId: 'xuanthang', independent: 1, needsSupport: 0, unset: 3, total: 4 },
      { communeUnitId: 'xuanle', independent: 0, needsSupport: 0, unset: 4, total: 4 },
    ]);
  });

  it('counts per criterion', () => {
    const s = summary();
    expect(s.byCriterion).toEqual([
      { criterionCode: '1.1', independent: 2, needsSupport: 0, unset: 1, total: 3 },
      { criterionCode: '2.4', independent: 0, needsSupport: 1, unset: 2, total: 3 },
      { criterionCode: '3.4', independent: 0, needsSupport: 1, unset: 2, total: 3 },
      { criterionCode: '3.12', independent: 1, needsSupport: 0, unset: 2, total: 3 },
    ]);
  });

  it('counts in all', () => {
    const s = summary();
    expect(s.totals).toEqual({ independent: 3, needsSupport: 2, unset: 7, total: 12 });
  });

  it('is empty for an empty table', () => {
    expect(summariseClassification([])).toEqual({
      byCommune: [],
      byCriterion: [],
      totals: { independent: 0, needsSupport: 0, unset: 0, total: 0 },
    });
  });
});

describe('filterClassification', () => {
  const pairs = (f: Parameters<typeof filterClassification>[1]) =>
    filterClassification(table(), f).map((r) => `${r.communeUnitId} ${r.criterionCode}`);

  it('keeps everything without a filter, or with empty lists', () => {
    const rows = table();
    expect(filterClassification(rows, {})).toEqual(rows);
    expect(filterClassification(rows, { communeUnitIds: [], criterionCodes: [], values: [] })).toEqual(rows);
  });

  it('filters by value, commune and criterion together', () => {
    expect(pairs({ values: ['needs_support'] })).toEqual(['ngocphung 2.4', 'ngocphung 3.4']);
    expect(pairs({ values: ['independent'], communeUnitIds: ['xuanthang'] })).toEqual(['xuanthang 1.1']);
    expect(pairs({ criterionCodes: ['3.4'], values: ['unset', 'needs_support'] })).toEqual([
      'ngocphung 3.4',
      'xuanthang 3.4',
      'xuanle 3.4',
    ]);
  });
});

describe('labels', () => {
  it('names the three values in Vietnamese', () => {
    expect(CLASSIFICATION_LABELS).toEqual({
      independent: 'Xã tự hoàn thành',
      needs_support: 'Cần hỗ trợ',
      unset: 'Chưa phân loại',
    });
  });
});

describe('classification properties', () => {
  const codes = fc.uniqueArray(fc.constantFrom('1.1', '1.2', '2.4', '3.4', '3.12', '4.1'), { maxLength: 6 });
  const communes = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 });
  const capability = fc.constantFrom('independent' as const, 'needs_support' as const, null);

  it('counts add up: independent + needs support + unset = total = communes × criteria, in every view', () => {
    fc.assert(
      fc.property(
        communes,
        codes,
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'x'), fc.constantFrom('1.1', '2.4', '9.9'), capability)),
        (cs, ks, raw) => {
          const r = classificationRows(
            { communes: cs, criteria: ks },
            raw.map(([c, k, v]) => item(c, k, v)),
          );
          const s = summariseClassification(r);
          const sum = (c: { independent: number; needsSupport: number; unset: number }) =>
            c.independent + c.needsSupport + c.unset;
          expect(s.totals.total).toBe(cs.length * ks.length);
          expect(sum(s.totals)).toBe(s.totals.total);
          for (const c of [...s.byCommune, ...s.byCriterion]) expect(sum(c)).toBe(c.total);
          expect(s.byCommune.reduce((n, c) => n + c.needsSupport, 0)).toBe(s.totals.needsSupport);
          expect(s.byCriterion.reduce((n, c) => n + c.independent, 0)).toBe(s.totals.independent);
          const values = ['independent', 'needs_support', 'unset'] as const;
          expect(values.reduce((n, v) => n + filterClassification(r, { values: [v] }).length, 0)).toBe(
            r.length,
          );
        },
      ),
    );
  });
});
