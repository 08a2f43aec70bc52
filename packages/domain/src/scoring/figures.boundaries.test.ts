import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  formatFigureVi,
  formatNumberVi,
  formatPercentVi,
  roundHalfUp,
  typedAgrees,
} from './format.ts';
import { readRatio } from './ratio.ts';
import { yesNo } from './yes-no.ts';

// The rules under every verdict and score: reading a ratio, rounding, formatting, comparing a typed value, and
// reading a yes/no answer; each comparison with a case on each side of its boundary (issue 10, item 17).

describe('readRatio: which figures are usable', () => {
  const errorsOf = (input: Parameters<typeof readRatio>[0]) => {
    const r = readRatio(input);
    return r.ok ? [] : r.errors;
  };

  it.each([
    [-0.01, false],
    [0, true],
    [100, true],
    [100.01, false],
    [Number.NaN, false],
  ])('a typed percentage of %s alone is usable: %s', (typed, usable) => {
    const r = readRatio({ typedPercent: typed });
    expect(r.ok).toBe(usable);
    if (r.ok) {
      expect(r.reading).toEqual({ percent: typed, working: `${typed}% (nhập tay)`, fromRawFigures: false });
      expect(r.warnings).toEqual([
        `Chỉ có tỷ lệ nhập tay ${typed}%, chưa có tử số/mẫu số: cần bổ sung số liệu gốc`,
      ]);
    } else {
      expect(r.errors).toEqual([`Tỷ lệ nhập tay ${String(typed)}% không hợp lệ (phải từ 0 đến 100)`]);
      expect(r.warnings).toEqual([]);
    }
  });

  it('an invalid typed percentage beside good figures is an error too', () => {
    expect(errorsOf({ numerator: 1, denominator: 2, typedPercent: 101 })).toEqual([
      'Tỷ lệ nhập tay 101% không hợp lệ (phải từ 0 đến 100)',
    ]);
  });

  it('nothing at all, or one half, is missing figures', () => {
    expect(errorsOf({})).toEqual(['Thiếu tử số và mẫu số']);
    expect(errorsOf({ numerator: 1 })).toEqual(['Thiếu mẫu số']);
    expect(errorsOf({ denominator: 1 })).toEqual(['Thiếu tử số']);
    expect(errorsOf({ denominator: 1, typedPercent: 50 })).toEqual(['Thiếu tử số']);
  });

  it.each([
    ['numerator 0', { numerator: 0, denominator: 5 }, []],
    ['numerator equal to the denominator', { numerator: 5, denominator: 5 }, []],
    ['numerator one above', { numerator: 6, denominator: 5 }, ['Tử số 6 lớn hơn mẫu số 5']],
    ['negative numerator', { numerator: -1, denominator: 5 }, ['Tử số âm (-1)']],
    ['negative denominator', { numerator: 1, denominator: -5 }, ['Mẫu số âm (-5)']],
    ['zero denominator', { numerator: 0, denominator: 0 }, ['Mẫu số bằng 0: không tính được tỷ lệ']],
    [
      'zero denominator below a numerator',
      { numerator: 5, denominator: 0 },
      ['Mẫu số bằng 0: không tính được tỷ lệ', 'Tử số 5 lớn hơn mẫu số 0'],
    ],
    [
      'numerator not a number',
      { numerator: Number.POSITIVE_INFINITY, denominator: 5 },
      ['Tử số không phải là số'],
    ],
    ['denominator not a number', { numerator: 5, denominator: Number.NaN }, ['Mẫu số không phải là số']],
  ])('%s', (_case, input, errors) => {
    expect(errorsOf(input)).toEqual(errors);
  });

  it('a reading from figures keeps them, and says it came from them', () => {
    const r = readRatio({ numerator: 1, denominator: 4 });
    expect(r).toEqual({
      ok: true,
      warnings: [],
      reading: { percent: 25, working: '1/4 = 25,0%', fromRawFigures: true, numerator: 1, denominator: 4 },
    });
  });
});

describe('typedAgrees: less than one unit of the last written decimal', () => {
  it.each([
    [36.8, 36.84, true],
    [36.8, 36.7, false],
    [9.97, 9.9796, true],
    [52.7, 47.27, false],
    // 2,5 against 2,400000001: a difference of exactly one unit less the float allowance is already too far.
    [2.5, 2.400000001, false],
    [2.5, 2.4000001, true],
    [3, 3.99, true],
    [3, 4, false],
  ])('typed %s, exact %s → agrees: %s', (typed, exact, agrees) => {
    expect(typedAgrees(typed, exact)).toBe(agrees);
  });

  it('a number JavaScript writes in exponent form counts as 2 decimals', () => {
    expect(decimalsOf(1e-7)).toBe(2);
    expect(decimalsOf(1e21)).toBe(2);
    expect(decimalsOf(52.75)).toBe(2);
    expect(decimalsOf(3)).toBe(0);
  });
});

describe('roundHalfUp and formatting at their edges', () => {
  it('rounds half away from zero on the decimal digits, in exponent form too', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(5e-7, 6)).toBe(0.000001);
    expect(roundHalfUp(-0.001, 2)).toBe(0);
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
    expect(roundHalfUp(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfUp(Number.NaN, 2)).toBeNaN();
  });

  it('writes thousands with "." and decimals with ",", dropping zeros only at the end', () => {
    expect(formatNumberVi(1234)).toBe('1.234');
    expect(formatNumberVi(1234, 2)).toBe('1.234,00');
    expect(formatNumberVi(-1234.5, 1)).toBe('-1.234,5');
    expect(formatFigureVi(1.05)).toBe('1,05');
    expect(formatFigureVi(100)).toBe('100');
  });

  it('adds decimals only while one decimal would mislead, up to 4', () => {
    expect(formatPercentVi(0)).toBe('0,0%');
    expect(formatPercentVi(100)).toBe('100,0%');
    expect(formatPercentVi(0.001)).toBe('0,001%');
    expect(formatPercentVi(99.96)).toBe('99,96%');
    expect(formatPercentVi(99.999999)).toBe('100,0000%');
    expect(formatPercentVi(69.96, 70)).toBe('69,96%');
    expect(formatPercentVi(70, 70)).toBe('70,0%');
  });
});

describe('yesNo', () => {
  it.each([
    [true, true],
    [false, false],
    ['Có', true],
    [' CÓ ', true],
    ['co', true],
    ['Co', true],
    // "Có" typed with a combining accent (NFD) is the same answer.
    ['Co\u0301', true],
    ['Không', false],
    ['KHÔNG', false],
    ['khong', false],
    ['Khong\u0302'.normalize('NFD'), null],
    ['Không'.normalize('NFD'), false],
    ['', null],
    ['c', null],
    ['có lẽ', null],
    [1, null],
    [0, null],
    [undefined, null],
  ] as const)('%o → %s', (value, expected) => {
    expect(yesNo(value)).toBe(expected);
  });
});
