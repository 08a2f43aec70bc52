import { describe, expect, it } from 'vitest';
import { communeSubtypeFrom, isValidGsoCode, isValidOn } from './org-unit.ts';

// Each comparison of the unit rules on both sides of its boundary (issue 10, item 17).

describe('isValidOn: both ends of the validity count', () => {
  const unit = { validFrom: '2025-07-01', validTo: '2025-12-31' };
  it.each([
    ['2025-06-30', false],
    ['2025-07-01', true],
    ['2025-09-15', true],
    ['2025-12-31', true],
    ['2026-01-01', false],
  ])('on %s: %s', (day, valid) => {
    expect(isValidOn(unit, day)).toBe(valid);
  });

  it('an open end is no limit', () => {
    expect(isValidOn({ validFrom: null, validTo: null }, '1900-01-01')).toBe(true);
    expect(isValidOn({ validFrom: null, validTo: '2025-06-30' }, '1900-01-01')).toBe(true);
    expect(isValidOn({ validFrom: '2025-07-01', validTo: null }, '2100-12-31')).toBe(true);
  });
});

describe('isValidGsoCode: exactly the digits of the level', () => {
  it.each([
    ['province', '38', true],
    ['province', '3', false],
    ['province', '380', false],
    ['district', '396', true],
    ['district', '39', false],
    ['district', '3960', false],
    ['commune', '15607', true],
    ['commune', '156070', false],
    ['commune', '1560a', false],
    ['commune', ' 15607', false],
    ['department', '', false],
  ] as const)('%s %o → %s', (type, code, valid) => {
    expect(isValidGsoCode(type, code)).toBe(valid);
  });
});

describe('communeSubtypeFrom: the prefix, whatever the case, spacing or Unicode form', () => {
  it.each([
    ['  xã Yên Nhân', 'xa'],
    ['THỊ TRẤN Thường Xuân', 'thi_tran'],
    ['Phường Hạc Thành'.normalize('NFD'), 'phuong'],
    ['đặc khu Phú Quốc', 'dac_khu'],
    ['Xa lộ', null],
    ['Phòng Văn hóa', null],
    ['', null],
  ])('%o → %s', (input, subtype) => {
    expect(communeSubtypeFrom(input)).toBe(subtype);
  });
});
