import { describe, expect, it } from 'vitest';
import { compareFrameworks, compareItemCodes } from './compare.ts';
import type { NormalisedFramework, NormalisedItem } from './normalise.ts';

function item(code: string, overrides: Partial<NormalisedItem> = {}): NormalisedItem {
  return {
    code,
    name: `Tiêu chí ${code}`,
    unit: '%',
    measure: { kind: 'ratio', numeratorLabel: 'hồ sơ trực tuyến', denominatorLabel: 'hồ sơ' },
    targets: { '2024': { comparator: '>=', value: 75 } },
    dependency: 'independent',
    maxPoints: null,
    rule: null,
    guidance: null,
    provenance: { source: 'seed 001', status: 'confirmed' },
    ...overrides,
  };
}

function framework(items: NormalisedItem[], years = [2024], group = 'Chính quyền số'): NormalisedFramework {
  return {
    id: 'thu-nghiem',
    kind: 'criteria',
    title: 'Bộ tiêu chí thử nghiệm',
    legalBasis: { number: '1/QĐ-UBND', date: '2024-01-02', issuer: 'UBND tỉnh' },
    appliesTo: 'commune',
    years,
    groups: [{ code: '1', name: group, items }],
  };
}

describe('compareFrameworks', () => {
  it('marks items only on the right as added and only on the left as removed', () => {
    const result = compareFrameworks(
      framework([item('1.1'), item('1.2')]),
      framework([item('1.1'), item('1.3')]),
    );
    expect(result.rows.map((r) => [r.code, r.status])).toEqual([
      ['1.1', 'same'],
      ['1.2', 'removed'],
      ['1.3', 'added'],
    ]);
    expect(result.counts).toEqual({ added: 1, removed: 1, changed: 0, same: 1 });
    expect(result.rows[1]?.right).toBeNull();
    expect(result.rows[2]?.left).toBeNull();
  });

  it.each([
    ['name', { name: 'Tên khác' }],
    ['unit', { unit: 'Văn bản' }],
    ['measure', { measure: { kind: 'yes_no' } }],
    ['targets', { targets: { '2024': { comparator: '>=', value: 80 } } }],
    ['dependency', { dependency: 'dependent' }],
    ['maxPoints', { maxPoints: 10 }],
    ['rule', { rule: { kind: 'proportional' } }],
    ['guidance', { guidance: { evidence: 'Kế hoạch' } }],
  ] as const)('lists %s as the changed field', (field, change) => {
    const result = compareFrameworks(
      framework([item('1.1')]),
      framework([item('1.1', change as Partial<NormalisedItem>)]),
    );
    expect(result.rows[0]).toMatchObject({ status: 'changed', changes: [field] });
  });

  it('compares targets for the years both sides cover, and names those that changed', () => {
    const left = framework(
      [
        item('1.6', {
          targets: { '2023': { comparator: '>=', value: 70 }, '2024': { comparator: '>=', value: 75 } },
        }),
      ],
      [2023, 2024],
    );
    const right = framework(
      [
        item('1.6', {
          targets: { '2024': { comparator: '>=', value: 80 }, '2025': { comparator: '>=', value: 85 } },
        }),
      ],
      [2024, 2025],
    );
    const result = compareFrameworks(left, right);
    expect(result.yearPairs).toEqual([{ left: 2024, right: 2024 }]);
    expect(result.rows[0]).toMatchObject({ status: 'changed', changedYears: [{ left: 2024, right: 2024 }] });
  });

  it('a year covered by one side only is not a change of the item', () => {
    const left = framework([item('1.6', { targets: { '2024': { comparator: '>=', value: 75 } } })], [2024]);
    const right = framework(
      [item('1.6', { targets: { '2024': { comparator: '>=', value: 75 }, '2025': null } })],
      [2024, 2025],
    );
    expect(compareFrameworks(left, right).rows[0]?.status).toBe('same');
  });

  it("with no common year, compares the left's last year with the right's first", () => {
    const target = (value: number) => ({ comparator: '>=' as const, value });
    const left = framework(
      [item('1.2', { targets: { '2022': target(100) } }), item('1.3', { targets: { '2022': target(50) } })],
      [2022],
    );
    const right = framework(
      [
        item('1.2', { targets: { '2023': target(100), '2024': target(90) } }),
        item('1.3', { targets: { '2023': target(60), '2024': null } }),
      ],
      [2023, 2024],
    );
    const result = compareFrameworks(left, right);
    expect(result.yearPairs).toEqual([{ left: 2022, right: 2023 }]);
    expect(result.rows.map((r) => [r.code, r.status, r.changedYears])).toEqual([
      ['1.2', 'same', []],
      ['1.3', 'changed', [{ left: 2022, right: 2023 }]],
    ]);
  });

  it('ignores whitespace and Unicode form in names, key order in data, and provenance', () => {
    const decomposed = 'Chính quyền số'.normalize('NFD');
    const left = framework([item('1.1', { name: 'Hồ sơ  trực tuyến ' })]);
    const right = framework(
      [
        item('1.1', {
          name: 'Hồ sơ trực tuyến',
          measure: { denominatorLabel: 'hồ sơ', numeratorLabel: 'hồ sơ trực tuyến', kind: 'ratio' },
          provenance: { source: 'seed 002', status: 'inferred' },
        }),
      ],
      [2024],
      decomposed,
    );
    expect(compareFrameworks(left, right).rows[0]).toMatchObject({ status: 'same', changes: [] });
  });

  it('notices an item moved to another group', () => {
    const right = framework([item('1.1')], [2024], 'Kinh tế số');
    expect(compareFrameworks(framework([item('1.1')]), right).rows[0]?.changes).toEqual(['group']);
  });
});

describe('compareItemCodes', () => {
  it.each([
    ['1.2', '1.10', -1],
    ['1.10', '2.1', -1],
    ['7.6', '7.6b', -1],
    ['7.6b', '7.7', -1],
    ['1', '1.1', -1],
    ['3.4', '3.4', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareItemCodes(a, b))).toBe(sign);
    expect(Math.sign(compareItemCodes(b, a))).toBe(-sign || 0);
  });
});
