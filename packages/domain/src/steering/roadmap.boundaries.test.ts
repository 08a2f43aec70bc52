import { describe, expect, it } from 'vitest';
import { communesForYear, isRoadmapYear, type RoadmapEntry } from './roadmap.ts';

// Every comparison of the roadmap rules, with a case on each side of its boundary.

describe('isRoadmapYear: 2020 to 2100, both included', () => {
  it.each([
    [2019, false],
    [2020, true],
    [2100, true],
    [2101, false],
    [2024.5, false],
    [Number.NaN, false],
  ])('%s → %s', (year, ok) => {
    expect(isRoadmapYear(year)).toBe(ok);
  });
});

describe('communesForYear around the cycle’s year', () => {
  const at = (year: number): RoadmapEntry[] => [{ areaUnitId: 'a', communeUnitId: 'c', year }];
  const none = new Map<string, number>();
  const recognised = (year: number) => new Map([['c', year]]);

  it('a commune scheduled the year before is carried over; the year after is not offered', () => {
    expect(communesForYear(at(2023), 2024, none).carriedOver).toEqual([
      { communeUnitId: 'c', scheduledYear: 2023 },
    ]);
    expect(communesForYear(at(2025), 2024, none)).toEqual({
      proposed: [],
      carriedOver: [],
      alreadyRecognised: [],
    });
  });

  it('recognised the cycle’s year: not proposed; recognised the year after: still proposed', () => {
    expect(communesForYear(at(2024), 2024, recognised(2024))).toEqual({
      proposed: [],
      carriedOver: [],
      alreadyRecognised: [{ communeUnitId: 'c', recognisedYear: 2024 }],
    });
    expect(communesForYear(at(2024), 2024, recognised(2025)).proposed).toEqual(['c']);
  });

  it('carried over while not recognised by the cycle’s year; dropped once recognised that year', () => {
    expect(communesForYear(at(2023), 2024, recognised(2025)).carriedOver).toHaveLength(1);
    expect(communesForYear(at(2023), 2024, recognised(2024)).carriedOver).toEqual([]);
  });
});
