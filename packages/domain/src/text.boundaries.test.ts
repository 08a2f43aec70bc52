import { describe, expect, it } from 'vitest';
import { controlCharacterAt, formatDayVi, hasLoneSurrogate, searchKey, stripDiacritics } from './text.ts';

// The edges of the character classes the text rules draw (issue 10, item 17): the last control character and
// the first printable one, DEL, each end of both surrogate ranges.

describe('controlCharacterAt: C0 and DEL, line breaks only when allowed', () => {
  it.each([
    ['\u001f', true, 0],
    [' ', true, -1],
    ['~', true, -1],
    ['\u007f', false, 0],
    ['\u0080', true, -1],
    ['ab\u0008', true, 2],
    ['\t', true, -1],
    ['\t', false, 0],
    ['\n', false, 0],
    ['\r', false, 0],
    ['\r', true, -1],
    ['\u000b', true, 0],
    ['\u000c', true, 0],
    ['', true, -1],
  ])('%j with line breaks allowed %s → %i', (value, lineBreaks, at) => {
    expect(controlCharacterAt(value, lineBreaks)).toBe(at);
  });
});

describe('hasLoneSurrogate: each end of the high and low ranges', () => {
  it.each([
    ['\ud7ff', false],
    ['\ue000', false],
    ['\ud800\udc00', false],
    ['\udbff\udfff', false],
    ['\udbff', true],
    ['\udbff\udbff', true],
    ['\ud800\ue000', true],
    ['\ud800\udbff', true],
    ['\udfff', true],
    // Two low halves in a row: the first is not the start of a pair.
    ['\udc00\udc00', true],
    ['a\ud83d\ude00b\ud83d', true],
    ['\ud83d\ude00\ud83d\ude00', false],
  ])('%j → %s', (value, lone) => {
    expect(hasLoneSurrogate(value)).toBe(lone);
  });
});

describe('search keys and dates', () => {
  it('drops every mark, maps đ/Đ by hand, folds case and spacing', () => {
    expect(stripDiacritics('Đường Đặng Thị Ánh')).toBe('Duong Dang Thi Anh');
    expect(stripDiacritics('đường')).toBe('duong');
    expect(searchKey('  THƯỜNG   Xuân\t')).toBe('thuong xuan');
  });

  it('writes an ISO day the Vietnamese way, two digits each', () => {
    expect(formatDayVi('2026-12-31')).toBe('31/12/2026');
  });
});
