import { describe, expect, it } from 'vitest';
import { formatFigureVi, formatPercentVi, formatPointsVi, roundHalfUp, typedAgrees } from './format.ts';

describe('Vietnamese number format', () => {
  it.each([
    [4445, '4.445'],
    [15470, '15.470'],
    [1234567, '1.234.567'],
    [1.8, '1,8'],
    [0, '0'],
  ])('figure %d → %s', (value, text) => expect(formatFigureVi(value)).toBe(text));

  it.each([
    [(4445 / 5293) * 100, undefined, '84,0%'],
    [(7 / 19) * 100, undefined, '36,8%'],
    [(1068 / 6633) * 100, undefined, '16,1%'],
    [62.8, undefined, '62,8%'],
    [(15470 / 15473) * 100, undefined, '99,98%'],
    [100, undefined, '100,0%'],
    [69.96, 70, '69,96%'],
    [0.001, undefined, '0,001%'],
  ])('percent %d → %s', (value, target, text) => expect(formatPercentVi(value, target)).toBe(text));

  it.each([
    [3.684, '3,68'],
    [1.61, '1,61'],
    [10, '10'],
    [9.5, '9,5'],
    [1234.5, '1.234,5'],
  ])('points %d → %s', (value, text) => expect(formatPointsVi(value)).toBe(text));
});

describe('roundHalfUp', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [3.684210526, 2, 3.68],
    [-1.005, 2, -1.01],
    [0.125, 2, 0.13],
    [9.4545, 2, 9.45],
  ])('%d at %d decimals → %d', (value, decimals, expected) =>
    expect(roundHalfUp(value, decimals)).toBe(expected),
  );
});

describe('typedAgrees', () => {
  it.each([
    [36.8, (7 / 19) * 100, true],
    [16.1, (1068 / 6633) * 100, true],
    [99.7, (1470 / 1473) * 100, true],
    [9.97, (1470 / 1473) * 10, true],
    [1.6, (1068 / 6633) * 10, true],
    [52.7, (26 / 55) * 100, false],
    [95, (15470 / 15473) * 100, false],
    [84.8, (4445 / 5293) * 100, false],
  ])('typed %d vs exact %d → %s', (typed, exact, agrees) => expect(typedAgrees(typed, exact)).toBe(agrees));
});
