import { describe, expect, it } from 'vitest';
import { controlCharacterAt, formatDayVi, hasLoneSurrogate, nfc, searchKey } from './text.ts';

describe('searchKey', () => {
  it.each([
    ['Thường Xuân', 'thuong xuan'],
    ['THƯỜNG XUÂN', 'thuong xuan'],
    ['Đồng Đăng', 'dong dang'],
    ['  Xã   Bát Mọt ', 'xa bat mot'],
    ['Hoằng Cát', 'hoang cat'],
  ])('%s → %s', (input, key) => {
    expect(searchKey(input)).toBe(key);
  });

  it('gives the same key for decomposed (NFD) and composed (NFC) input', () => {
    const decomposed = 'Thường Xuân'.normalize('NFD');
    expect(decomposed).not.toBe('Thường Xuân');
    expect(searchKey(decomposed)).toBe(searchKey('Thường Xuân'));
    expect(nfc(decomposed)).toBe('Thường Xuân');
  });
});

describe('formatDayVi', () => {
  it('writes an ISO day as dd/mm/yyyy', () => {
    expect(formatDayVi('2026-02-05')).toBe('05/02/2026');
  });
});

describe('controlCharacterAt and hasLoneSurrogate', () => {
  it.each([
    ['Bát Mọt', true, -1],
    ['a\u0000b', true, 1],
    ['a\nb\tc\r', true, -1],
    ['a\nb', false, 1],
    ['\u007f', true, 0],
  ])('controlCharacterAt(%j, line breaks allowed: %s) = %i', (value, lineBreaks, at) => {
    expect(controlCharacterAt(value, lineBreaks)).toBe(at);
  });

  it.each([
    ['😀', false],
    ['a\ud800', true],
    ['\ud800a', true],
    ['\udc00', true],
    ['\udc00\ud800', true],
    ['Thường Xuân', false],
  ])('hasLoneSurrogate(%j) = %s', (value, lone) => {
    expect(hasLoneSurrogate(value)).toBe(lone);
  });
});
