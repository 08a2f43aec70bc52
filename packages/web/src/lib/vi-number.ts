import { libMessages } from './messages.ts';

/**
 * The one parser and formatter for numbers typed in the app, the Vietnamese way: "." groups thousands,
 * "," is the decimal mark ("4.445" is four thousand four hundred forty-five, "84,8" is 84.8).
 *
 * Ambiguous entries, decided:
 * - "4.445", "1.500" (one dot followed by exactly three digits): thousands, as every Vietnamese document writes
 *   them. Accepted, and shown back with a note ("= 4.445 (hàng nghìn, không phải 4,445)") so an officer used to
 *   English spreadsheets sees the reading before saving.
 * - "1.5", "36.8", "1.2345" (a dot not followed by exactly three digits): refused with a message that offers
 *   both readings. It cannot be a thousands group, so it is either an English decimal or a typo for "1.500";
 *   guessing either way can save a figure a thousand times off and flip a verdict without anyone noticing,
 *   which is the defect this replaces. One more keystroke ("1,5") costs less than a wrong figure.
 * - "1,234.5" and "1,234,567" (English grouping): refused; a comma is only ever the decimal mark.
 * - "5," and ",5": read as 5 and 0,5 and shown back formatted.
 * - Spaces (also non-breaking, as pasted from Word) are ignored: "4 445" is 4445.
 */
export type ViNumberParse =
  | {
      ok: true;
      /** null for an empty entry. */
      value: number | null;
      /** How the value is written back ("4.445"); empty for an empty entry. */
      formatted: string;
      /** The English-decimal reading of a "4.445"-style entry ("4,445"), to show it is not the one taken. */
      englishReading: string | null;
    }
  | { ok: false; message: string };

const SPACES = /[\s\u00a0\u202f]/g;

export function parseViNumber(text: string, options: { grouping?: boolean } = {}): ViNumberParse {
  let s = text.replace(SPACES, '');
  if (s === '') return { ok: true, value: null, formatted: '', englishReading: null };
  const m = libMessages.number;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    sign = -1;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, message: m.notANumber };
  const parts = s.split(',');
  if (parts.length > 2) return { ok: false, message: m.oneComma };
  const [intPart = '', fracPart] = parts;
  if (fracPart?.includes('.')) return { ok: false, message: m.dotAfterComma };
  let englishReading: string | null = null;
  if (intPart.includes('.')) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(intPart)) {
      if (fracPart === undefined && /^\d*\.\d+$/.test(intPart)) {
        const asDecimal = `${intPart.startsWith('.') ? '0' : ''}${intPart.replace('.', ',')}`;
        return { ok: false, message: m.dotNotDecimal(asDecimal, intPart) };
      }
      return { ok: false, message: m.badGrouping };
    }
    if (fracPart === undefined && /^\d{1,3}\.\d{3}$/.test(intPart))
      englishReading = formatViNumber(Number(intPart));
  }
  const digits = intPart.replace(/\./g, '');
  const value = sign * Number(`${digits || '0'}.${fracPart || '0'}`);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER)
    return { ok: false, message: m.tooLarge };
  const clean = value === 0 ? 0 : value; // no "-0"
  return { ok: true, value: clean, formatted: formatViNumber(clean, options), englishReading };
}

/**
 * Writes a number the Vietnamese way, with every decimal it has ("1.234,5", "0,125"); `grouping: false` for
 * years ("2026"). Exact: parsing the result gives the same number back.
 */
export function formatViNumber(value: number, options: { grouping?: boolean } = {}): string {
  if (!Number.isFinite(value)) return '';
  const [int = '0', frac] = plainDigits(Math.abs(value)).split('.');
  const grouped = options.grouping === false ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** The shortest decimal digits of a number without exponent notation ("1e-7" → "0.0000001"). */
function plainDigits(abs: number): string {
  const s = String(abs);
  const e = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!e) return s;
  const [, lead = '', rest = '', exp = '0'] = e;
  const digits = lead + rest;
  const point = lead.length + Number(exp);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

export interface NumberBounds {
  min?: number;
  max?: number;
  /** Counts and years: a decimal is refused with a message, never rounded. */
  integer?: boolean;
  grouping?: boolean;
}

/**
 * The message for a value outside its bounds, or null. The value itself is never changed: 150 in a
 * percentage stays 150 on screen with "Không được lớn hơn 100." under it.
 */
export function checkViNumber(value: number, bounds: NumberBounds): string | null {
  const m = libMessages.number;
  if (bounds.integer && !Number.isInteger(value)) return m.integer;
  if (bounds.min !== undefined && value < bounds.min)
    return bounds.min === 0 ? m.negative : m.min(formatViNumber(bounds.min, bounds));
  if (bounds.max !== undefined && value > bounds.max) return m.max(formatViNumber(bounds.max, bounds));
  return null;
}

/** Parse and bounds together: the message a field shows for this text, or null when it is fine. */
export function viNumberProblem(text: string, bounds: NumberBounds = {}): string | null {
  const parsed = parseViNumber(text, bounds);
  if (!parsed.ok) return parsed.message;
  return parsed.value === null ? null : checkViNumber(parsed.value, bounds);
}
