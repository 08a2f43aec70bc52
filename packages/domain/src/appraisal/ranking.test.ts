import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankByGroup, rankUnits, withRankChange } from './ranking.ts';

describe('rankUnits', () => {
  it('ranks ties equally and skips: 1, 2, 2, 4', () => {
    const ranked = rankUnits([
      { unitId: 'a', points: 80 },
      { unitId: 'b', points: 91.5 },
      { unitId: 'c', points: 85 },
      { unitId: 'd', points: 85 },
    ]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 2],
      ['a', 4],
    ]);
  });

  it('a three-way tie at the top: 1, 1, 1, 4', () => {
    const ranked = rankUnits(['a', 'b', 'c', 'd'].map((unitId, i) => ({ unitId, points: i < 3 ? 70 : 60 })));
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1, 4]);
  });

  it('units without a total are listed last, unranked', () => {
    const ranked = rankUnits([
      { unitId: 'x', points: null },
      { unitId: 'y', points: 50 },
      { unitId: 'z', points: Number.NaN },
    ]);
    expect(ranked).toEqual([
      { unitId: 'y', points: 50, rank: 1 },
      { unitId: 'x', points: null, rank: null },
      { unitId: 'z', points: null, rank: null },
    ]);
  });

  it('equal points keep the order given', () => {
    const ids = ['d', 'a', 'c', 'b', 'e'];
    const ranked = rankUnits(ids.map((unitId) => ({ unitId, points: unitId === 'e' ? 9 : 5 })));
    expect(ranked.map((r) => r.unitId)).toEqual(['e', 'd', 'a', 'c', 'b']);
  });

  it('nothing to rank gives an empty list', () => {
    expect(rankUnits([])).toEqual([]);
  });

  it('ranks are consistent with points for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 12 }), (points) => {
        const ranked = rankUnits(points.map((p, i) => ({ unitId: `u${i}`, points: p })));
        expect(ranked).toHaveLength(points.length);
        for (const r of ranked) {
          // A unit's rank is one more than the number of units strictly ahead of it.
          const ahead = points.filter((p) => p > (r.points ?? 0)).length;
          expect(r.rank).toBe(ahead + 1);
        }
      }),
    );
  });
});

describe('rankByGroup', () => {
  it('ranks each group on its own', () => {
    const byGroup = rankByGroup([
      { unitId: 'a', groups: { '1': 30, '2': 10 } },
      { unitId: 'b', groups: { '1': 20, '2': 10 } },
      { unitId: 'c', groups: { '1': 20 } },
    ]);
    expect(byGroup['1']?.map((r) => [r.unitId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
    ]);
    expect(byGroup['2']?.map((r) => [r.unitId, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', null],
    ]);
  });
});

describe('withRankChange', () => {
  it('places gained are positive, lost negative; a new entrant has no change figure', () => {
    const current = rankUnits([
      { unitId: 'a', points: 90 },
      { unitId: 'b', points: 80 },
      { unitId: 'new', points: 70 },
      { unitId: 'none', points: null },
    ]);
    const changes = withRankChange(current, [
      { unitId: 'a', rank: 3 },
      { unitId: 'b', rank: 1 },
      { unitId: 'none', rank: 2 },
    ]);
    expect(changes.map((c) => [c.unitId, c.previousRank, c.change])).toEqual([
      ['a', 3, 2],
      ['b', 1, -1],
      ['new', null, null],
      ['none', 2, null],
    ]);
  });

  it('an unchanged rank is a change of 0, not "no figure"', () => {
    const [only] = withRankChange([{ unitId: 'a', points: 1, rank: 1 }], [{ unitId: 'a', rank: 1 }]);
    expect(only?.change).toBe(0);
  });
});
