import { libMessages } from './messages.ts';

/**
 * Reads a date typed the Vietnamese way, day first: "25/12/2026", also "5/3/2026", "05-03-2026", "5.3.2026".
 * An impossible day (31/02, 15/13, 29/02 of a common year) is refused with a message, never cleared and never
 * rolled over to the next month. Years are the server's range (1900–2100, `isoDate()` in contracts/common.ts).
 */
export type ViDateParse = { ok: true; iso: string | null } | { ok: false; message: string };

export function parseViDate(text: string): ViDateParse {
  const t = text.trim();
  if (t === '') return { ok: true, iso: null };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return { ok: false, message: libMessages.date.invalid };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, message: libMessages.date.invalid };
  return { ok: true, iso: `${m[3]}-${pad(month)}-${pad(day)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The message for a document's date after today (an issuing date cannot be in the future; 2099 is a typo),
 * or null. Both days are ISO "YYYY-MM-DD", so they compare as text; `today` is the officer's own day.
 */
export function issuedAfterToday(iso: string, today: string): string | null {
  return iso > today ? libMessages.date.afterToday : null;
}
