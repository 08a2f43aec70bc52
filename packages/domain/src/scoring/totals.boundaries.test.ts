import { describe, expect, it } from 'vitest';
import type { NormalisedFramework, NormalisedItem } from '../framework/normalise.ts';
import { evaluateFramework } from './evaluate-framework.ts';
import { totalScores } from './totals.ts';
import type { IndicatorScore } from './types.ts';

// Totals and whole-framework evaluation at their edges (issue 10, item 17): an unknown maximum anywhere, a
// group left with nothing to count, results for codes the framework does not have.

const score = (code: string, points: number | null, status: IndicatorScore['status'] = 'scored') => ({
  code,
  points,
  maxPoints: 10,
  status,
  explanation: '',
  warnings: [],
  errors: [],
});

describe('totalScores', () => {
  it('an unknown maximum after a known one leaves the group maximum unknown', () => {
    const totals = totalScores(
      [
        {
          code: '6',
          name: 'Nhóm 6',
          items: [
            { code: '6.1', maxPoints: null },
            { code: '6.2', maxPoints: 5 },
          ],
        },
      ],
      { '6.1': score('6.1', 2), '6.2': score('6.2', 3) },
    );
    expect(totals.groups[0]).toMatchObject({
      points: 5,
      maxPoints: null,
      percentOfMax: null,
      explanation: '5 điểm (chưa biết tổng điểm tối đa)',
    });
    expect(totals.total).toMatchObject({ points: 5, maxPoints: null, percentOfMax: null });
    expect(totals.warnings).toEqual([
      'Chưa biết điểm tối đa của một số chỉ số: chưa tính được tỷ lệ trên tổng điểm',
    ]);
  });

  it('one group with an unknown maximum leaves the overall maximum unknown, though another is known', () => {
    const totals = totalScores(
      [
        { code: '6', name: 'Nhóm 6', items: [{ code: '6.1', maxPoints: 10 }] },
        { code: '7', name: 'Nhóm 7', items: [{ code: '7.1', maxPoints: null }] },
      ],
      { '6.1': score('6.1', 4), '7.1': score('7.1', 1.5) },
    );
    expect(totals.groups.map((g) => g.maxPoints)).toEqual([10, null]);
    expect(totals.total).toEqual({
      points: 5.5,
      maxPoints: null,
      percentOfMax: null,
      explanation: '5,5 điểm (chưa biết tổng điểm tối đa)',
    });
  });

  it('a group whose every indicator does not apply has a maximum of 0 and 0%, not a division by zero', () => {
    const totals = totalScores(
      [
        { code: '6', name: 'Nhóm 6', items: [{ code: '6.1', maxPoints: 10 }] },
        { code: '7', name: 'Nhóm 7', items: [{ code: '7.1', maxPoints: 10 }] },
      ],
      { '6.1': score('6.1', null, 'not_applicable'), '7.1': score('7.1', 7) },
    );
    expect(totals.groups[0]).toMatchObject({ points: 0, maxPoints: 0, percentOfMax: 0 });
    expect(totals.total).toMatchObject({ points: 7, maxPoints: 10, percentOfMax: 70 });
    expect(totals.warnings).toEqual([]);
  });
});

const provenance = { source: 'thử nghiệm', status: 'inferred' as const };
const item = (code: string, fields: Partial<NormalisedItem>): NormalisedItem => ({
  code,
  name: `Mục ${code}`,
  unit: null,
  measure: { kind: 'yes_no' },
  targets: {},
  dependency: null,
  maxPoints: null,
  rule: null,
  guidance: null,
  provenance,
  ...fields,
});
const framework = (kind: 'criteria' | 'index', items: NormalisedItem[]): NormalisedFramework => ({
  id: `thu-nghiem-${kind}`,
  kind,
  title: 'Thử nghiệm',
  legalBasis: { number: '1/QĐ', date: '2024-01-02', issuer: 'UBND tỉnh' },
  appliesTo: 'commune',
  years: [2024],
  groups: [{ code: '1', name: 'Nhóm 1', items }],
});

describe('evaluateFramework', () => {
  it('a criteria set: a verdict per criterion, no points, no totals, and the codes it does not know', () => {
    const criteria = framework('criteria', [
      item('1.1', { targets: { '2024': { comparator: '=', value: 'Có' } }, dependency: 'independent' }),
      item('1.2', { targets: { '2024': null }, dependency: 'independent' }),
    ]);
    const outcome = evaluateFramework(criteria, 2024, { '1.1': { value: 'Có' }, '9.9': { value: 'Có' } });
    expect(outcome).toEqual({
      frameworkId: 'thu-nghiem-criteria',
      year: 2024,
      unknownCodes: ['9.9'],
      totals: null,
      items: [
        {
          code: '1.1',
          verdict: 'met',
          points: null,
          explanation: 'Có (cần: Có) → Đạt',
          warnings: [],
          errors: [],
        },
        {
          code: '1.2',
          verdict: 'not_applicable',
          points: null,
          explanation: 'Không có chỉ tiêu năm 2024 → Không áp dụng',
          warnings: [],
          errors: [],
        },
      ],
    });
  });

  it('an index: points per indicator, the totals, and the codes it does not know', () => {
    const index = framework('index', [
      item('1.1', { maxPoints: 10, rule: { kind: 'binary' } }),
      item('1.2', { maxPoints: 5, rule: { kind: 'binary' } }),
    ]);
    const outcome = evaluateFramework(index, 2024, { '1.1': { value: 'Có' }, '1.20': { value: 'Có' } });
    expect(outcome.unknownCodes).toEqual(['1.20']);
    expect(outcome.items).toEqual([
      { code: '1.1', verdict: 'scored', points: 10, explanation: 'Có → 10 điểm', warnings: [], errors: [] },
      {
        code: '1.2',
        verdict: 'not_assessed',
        points: null,
        explanation: 'Chưa có kết quả',
        warnings: [],
        errors: [],
      },
    ]);
    expect(outcome.totals?.total).toMatchObject({ points: 10, maxPoints: 15 });
    expect(outcome).toMatchObject({ frameworkId: 'thu-nghiem-index', year: 2024 });
  });
});
