import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuedAfterToday, parseViDate } from './vi-date.ts';

describe('parseViDate', () => {
  it.each([
    ['25/12/2026', '2026-12-25'],
    ['5/3/2026', '2026-03-05'],
    ['05-03-2026', '2026-03-05'],
    ['5.3.2026', '2026-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/2100', '2100-12-31'],
    ['01/01/1900', '1900-01-01'],
    ['  15/02/2025 ', '2025-02-15'],
    ['', null],
  ])('%j → %j', (text, iso) => {
    expect(parseViDate(text)).toEqual({ ok: true, iso });
  });

  it.each([
    '31/02/2026',
    '15/13/2026',
    '29/02/2025',
    '29/02/1900',
    '31/04/2026',
    '00/01/2026',
    '01/00/2026',
    '01/01/1899',
    '01/01/2101',
    '2026-02-15',
    '15/02/26',
    '15/02',
    'hôm nay',
  ])('refuses %j with "Ngày không hợp lệ"', (text) => {
    const r = parseViDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Ngày không hợp lệ/);
  });

  it('every real day of 1900–2100, typed dd/mm/yyyy, reads back as itself', () => {
    const day = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-');
        expect(parseViDate(`${dd}/${m}/${y}`)).toEqual({ ok: true, iso });
      }),
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseViDate(s)));
  });
});

describe('issuedAfterToday', () => {
  it.each([
    ['2099-01-01', '2026-12-01', 'Ngày ban hành sau ngày hôm nay.'],
    ['2026-12-02', '2026-12-01', 'Ngày ban hành sau ngày hôm nay.'],
    ['2026-12-01', '2026-12-01', null],
    ['2025-03-15', '2026-12-01', null],
  ])('%s with today %s → %j', (iso, today, message) => {
    expect(issuedAfterToday(iso, today)).toBe(message);
  });
});
