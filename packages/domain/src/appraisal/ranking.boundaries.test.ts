import { describe, expect, it } from 'vitest';
import { rankUnits } from './ranking.ts';

// Points are compared after rounding to 2 decimals: both sides of "the same points".
describe('rankUnits: equal points after rounding to 2 decimals', () => {
  it('85,254 and 85,2549 both show as 85,25 and share a rank', () => {
    const ranked = rankUnits([
      { unitId: 'a', points: 85.254 },
      { unitId: 'b', points: 85.2549 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
    expect(ranked.map((r) => r.points)).toEqual([85.25, 85.25]);
  });

  it('85,255 rounds up to 85,26 and is ahead of 85,254', () => {
    const ranked = rankUnits([
      { unitId: 'a', points: 85.254 },
      { unitId: 'b', points: 85.255 },
    ]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('0,1 + 0,2 ties with 0,3 (no binary remainder decides a rank)', () => {
    const ranked = rankUnits([
      { unitId: 'a', points: 0.1 + 0.2 },
      { unitId: 'b', points: 0.3 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('0 points is a total, ranked; null is not', () => {
    expect(
      rankUnits([
        { unitId: 'a', points: 0 },
        { unitId: 'b', points: null },
      ]).map((r) => r.rank),
    ).toEqual([1, null]);
  });
});
