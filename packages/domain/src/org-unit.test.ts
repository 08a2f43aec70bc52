import { describe, expect, it } from 'vitest';
import { communeSubtypeFrom, isValidGsoCode, isValidOn } from './org-unit.ts';

describe('communeSubtypeFrom', () => {
  it.each([
    ['Thị trấn', 'thi_tran'],
    ['Xã Bát Mọt', 'xa'],
    ['Phường Hạc Thành', 'phuong'],
    ['Đặc khu Côn Đảo', 'dac_khu'],
    ['Huyện Thường Xuân', null],
  ])('%s → %s', (input, subtype) => {
    expect(communeSubtypeFrom(input)).toBe(subtype);
  });
});

describe('isValidGsoCode', () => {
  it('wants 2, 3 and 5 digits for province, district and commune, and no code for a department', () => {
    expect(isValidGsoCode('province', '38')).toBe(true);
    expect(isValidGsoCode('district', '396')).toBe(true);
    expect(isValidGsoCode('commune', '15607')).toBe(true);
    expect(isValidGsoCode('commune', '1560')).toBe(false);
    expect(isValidGsoCode('department', '1')).toBe(false);
  });
});

describe('isValidOn', () => {
  const merged = { validFrom: null, validTo: '2025-06-30' };
  const successor = { validFrom: '2025-07-01', validTo: null };
  it('puts the reform day in the successor, not the predecessor', () => {
    expect(isValidOn(merged, '2025-06-30')).toBe(true);
    expect(isValidOn(merged, '2025-07-01')).toBe(false);
    expect(isValidOn(successor, '2025-07-01')).toBe(true);
    expect(isValidOn(successor, '2025-06-30')).toBe(false);
  });
});
