import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_MESSAGES, isoDate, secret, TEXT_MESSAGES, text, textLine } from './common.ts';

/** Text with one hostile code unit put somewhere in it. */
const withInside = (hostile: fc.Arbitrary<string>) =>
  fc.tuple(fc.string(), hostile, fc.string()).map(([a, h, b]) => a + h + b);

const loneSurrogate = fc.oneof(
  // A high half not followed by a low half, or a low half on its own.
  fc.integer({ min: 0xd800, max: 0xdbff }).map((u) => `${String.fromCharCode(u)}x`),
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((u) => String.fromCharCode(u)),
);

const builders = { text, textLine, secret };

describe.each(Object.entries(builders))('%s()', (_name, build) => {
  it('refuses any string holding a NUL, with the Vietnamese field message', () => {
    fc.assert(
      fc.property(withInside(fc.constant('\u0000')), (value) => {
        const result = build().safeParse(value);
        expect(result.success).toBe(false);
        expect(result.error?.issues[0]?.message).toMatch(/ký tự điều khiển \(như NUL/);
      }),
    );
  });

  it('refuses any string holding a lone surrogate', () => {
    fc.assert(
      fc.property(withInside(loneSurrogate), (value) => {
        const messages = build()
          .safeParse(value)
          .error?.issues.map((i) => i.message);
        expect(messages).toContain(TEXT_MESSAGES.surrogate);
      }),
    );
  });

  it('refuses the other C0 control characters and DEL', () => {
    for (const unit of [0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f]) {
      expect(build().safeParse(`a${String.fromCharCode(unit)}b`).success, unit.toString(16)).toBe(false);
    }
  });

  it('accepts well-formed text without control characters: emoji pairs, Vietnamese, any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(build().safeParse(value).success).toBe(true);
      }),
    );
  });
});

describe('text() and textLine() store NFC', () => {
  it('gives any valid string back in NFC and otherwise unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(text().parse(value)).toBe(value.normalize('NFC'));
        expect(textLine().parse(value)).toBe(value.normalize('NFC'));
        expect(text().parse(value.normalize('NFD'))).toBe(value.normalize('NFC'));
      }),
    );
  });

  it('counts a maximum length on the NFC form: "Thường Xuân" typed decomposed is 11 characters', () => {
    const decomposed = 'Thường Xuân'.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(11);
    expect(textLine().max(11).parse(decomposed)).toBe('Thường Xuân');
  });

  it('text() keeps tabs and line breaks; textLine() refuses them', () => {
    const paragraph = 'Dòng một\r\nDòng hai\tcột';
    expect(text().parse(paragraph)).toBe(paragraph);
    for (const breaking of ['a\nb', 'a\rb', 'a\tb']) {
      expect(textLine().safeParse(breaking).error?.issues[0]?.message).toBe(TEXT_MESSAGES.lineControl);
    }
  });

  it('secret() leaves a password exactly as typed (no NFC, no trim), so old hashes still match', () => {
    const typed = ` ${'mật khẩu'.normalize('NFD')} `;
    expect(secret().parse(typed)).toBe(typed);
  });
});

describe('isoDate()', () => {
  const date = isoDate();
  const messageOf = (value: string) => date.safeParse(value).error?.issues[0]?.message;

  it.each([
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2100-12-31', true],
    ['2101-01-01', false],
    ['0000-01-01', false],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['10000-01-01', false],
    ['2025-1-01', false],
  ])('%s → %s', (value, accepted) => {
    expect(date.safeParse(value).success).toBe(accepted);
  });

  it('says why: a day that does not exist, or a year outside 1900–2100', () => {
    expect(messageOf('2025-02-30')).toBe(DATE_MESSAGES.format);
    expect(messageOf('0000-01-01')).toBe(DATE_MESSAGES.range);
    expect(messageOf('2101-01-01')).toBe(DATE_MESSAGES.range);
    expect(isoDate('Ngày văn bản không hợp lệ.').safeParse('2025-02-30').error?.issues[0]?.message).toBe(
      'Ngày văn bản không hợp lệ.',
    );
  });

  it('accepts every real day of the range and nothing outside it', () => {
    const start = Date.UTC(1850, 0, 1);
    const end = Date.UTC(2150, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (end - start) / 86_400_000 }), (days) => {
        const day = new Date(start + days * 86_400_000).toISOString().slice(0, 10);
        expect(date.safeParse(day).success).toBe(day >= '1900-01-01' && day <= '2100-12-31');
      }),
    );
  });
});
