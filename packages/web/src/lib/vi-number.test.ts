import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkViNumber, formatViNumber, parseViNumber, viNumberProblem } from './vi-number.ts';

const readValue = (text: string) => {
  const r = parseViNumber(text);
  return r.ok ? r.value : `refused: ${r.message}`;
};

describe('parseViNumber: Vietnamese separators', () => {
  it.each([
    ['4.445', 4445],
    ['4445', 4445],
    ['84,8', 84.8],
    ['1.234,5', 1234.5],
    ['1.500', 1500],
    ['0,5', 0.5],
    ['1.234.567', 1234567],
    ['1234,5', 1234.5],
    ['5.293', 5293],
    ['529', 529],
    ['100', 100],
    ['0', 0],
    ['-0', 0],
    [',5', 0.5],
    ['5,', 5],
    ['4 445', 4445],
    ['4\u00a0445', 4445],
    ['  84,8  ', 84.8],
    ['-12', -12],
    ['150', 150],
    ['', null],
    ['   ', null],
  ])('%j → %j', (text, expected) => {
    expect(readValue(text)).toBe(expected);
  });

  it.each([
    ['1.5', '1,5'],
    ['36.8', '36,8'],
    ['1.23', '1,23'],
    ['1.2345', '1,2345'],
    ['.5', '0,5'],
  ])('refuses %j (a dot that cannot group thousands) and offers %j', (text, suggestion) => {
    const r = parseViNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(suggestion);
  });

  it.each([
    ['12.34.567', 'đủ 3 chữ số'],
    ['1.2345,6', 'đủ 3 chữ số'],
    ['5.', 'đủ 3 chữ số'],
    ['1,234.5', 'dấu phẩy là dấu thập phân'],
    ['1,234,567', 'một dấu phẩy'],
    ['abc', 'chữ số'],
    ['12a', 'chữ số'],
    ['84,8%', 'chữ số'],
    ['.', 'chữ số'],
    [',', 'chữ số'],
    ['--5', 'chữ số'],
    ['1e5', 'chữ số'],
  ])('refuses %j with a message about %j', (text, words) => {
    const r = parseViNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.toLowerCase()).toContain(words.toLowerCase());
  });

  it('reads "4.445" as thousands and says which reading it did not take', () => {
    expect(parseViNumber('4.445')).toEqual({
      ok: true,
      value: 4445,
      formatted: '4.445',
      englishReading: '4,445',
    });
    expect(parseViNumber('1.500')).toMatchObject({ value: 1500, englishReading: '1,5' });
    // Only a lone dot group is ambiguous: "1.234,5" and "1.234.567" can be nothing else.
    expect(parseViNumber('1.234,5')).toMatchObject({ englishReading: null });
    expect(parseViNumber('1.234.567')).toMatchObject({ englishReading: null });
  });

  it('formats back what was typed, so a reformatted entry can be shown before saving', () => {
    expect(parseViNumber('4445')).toMatchObject({ formatted: '4.445' });
    expect(parseViNumber('84,80')).toMatchObject({ formatted: '84,8' });
    expect(parseViNumber('2026', { grouping: false })).toMatchObject({ formatted: '2026' });
  });
});

describe('formatViNumber', () => {
  it.each([
    [4445, '4.445'],
    [1234.5, '1.234,5'],
    [84.8, '84,8'],
    [0.5, '0,5'],
    [-1500, '-1.500'],
    [1e-7, '0,0000001'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1234567.891, '1.234.567,891'],
  ])('%d → %j', (n, text) => {
    expect(formatViNumber(n)).toBe(text);
  });

  it('leaves years ungrouped when asked', () => {
    expect(formatViNumber(2026, { grouping: false })).toBe('2026');
  });
});

describe('bounds give a message, never a changed value', () => {
  it.each([
    ['150', { max: 100 }, 'Không được lớn hơn 100.'],
    ['-3', { min: 0 }, 'Không được âm.'],
    ['1990', { min: 2020, max: 2100, integer: true, grouping: false }, 'Không được nhỏ hơn 2020.'],
    ['1,5', { integer: true }, 'Phải là số nguyên (không có phần thập phân).'],
    ['100', { min: 0, max: 100 }, null],
    ['0', { min: 0, max: 100 }, null],
    ['', { min: 0 }, null],
  ])('%j with %j → %j', (text, bounds, message) => {
    expect(viNumberProblem(text, bounds)).toBe(message);
  });

  it('checkViNumber does not round or clamp: the caller keeps its value', () => {
    const v = 150;
    expect(checkViNumber(v, { max: 100 })).not.toBeNull();
    expect(v).toBe(150);
  });
});

describe('properties', () => {
  // Figures with up to three decimals, from zero to the contract's 10^12, positive and negative.
  const figure = fc
    .tuple(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.integer({ min: 0, max: 3 }))
    .map(([n, d]) => n / 10 ** d);

  it('format then parse gives the same number back', () => {
    fc.assert(
      fc.property(figure, (n) => {
        const r = parseViNumber(formatViNumber(n));
        expect(r).toMatchObject({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it('any finite double round-trips too', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, max: 9e15, min: -9e15 }), (n) => {
        const r = parseViNumber(formatViNumber(n));
        expect(r).toMatchObject({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it('parsing never throws and always answers a value or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-\d.,\s]{0,12}$/)), (text) => {
        const r = parseViNumber(text);
        if (r.ok) expect(r.value === null || Number.isFinite(r.value)).toBe(true);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a formatted entry is read as what it shows: re-parsing the shown text gives the same value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[\d.,]{1,10}$/), (text) => {
        const r = parseViNumber(text);
        if (r.ok && r.value !== null) expect(parseViNumber(r.formatted)).toMatchObject({ value: r.value });
      }),
    );
  });
});
