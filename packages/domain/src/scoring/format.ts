/**
 * Rounding and Vietnamese number formatting. The rules are written out in `ROUNDING.md` next to this file;
 * keep the two in step. Everything here is deterministic: no `Intl`, whose output depends on the ICU data the
 * runtime ships with.
 */

/** Decimals kept in points (3,68 điểm). */
export const POINT_DECIMALS = 2;
/** Decimals shown for a computed percentage (84,0%). */
export const PERCENT_DECIMALS = 1;
/** Never show more decimals than this, even to tell a value apart from its target. */
const MAX_PERCENT_DECIMALS = 4;

/**
 * Rounds half away from zero at `decimals`, on the decimal representation of the number, so that 1,005 rounds
 * to 1,01 (plain `Math.round(x * 100) / 100` gives 1 because 1,005 × 100 is 100,4999… in binary).
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  const text = abs.toString();
  const scaled = text.includes('e') ? abs * 10 ** decimals : Number(`${text}e${decimals}`);
  const rounded = Math.round(scaled);
  const back = text.includes('e') ? rounded / 10 ** decimals : Number(`${rounded}e-${decimals}`);
  return back === 0 ? 0 : sign * back;
}

/**
 * Formats a number the Vietnamese way: "." between thousands, "," before decimals.
 * `decimals` fixes the number of decimals; with `trim`, trailing zeros (and a bare comma) are dropped.
 */
export function formatNumberVi(value: number, decimals = 0, trim = false): string {
  const rounded = roundHalfUp(value, decimals);
  const negative = rounded < 0;
  const [intPart = '0', fracPart = ''] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = trim ? fracPart.replace(/0+$/, '') : fracPart;
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** A count or raw figure: "4.445", "15.470"; decimals kept only if present ("1,8"). */
export function formatFigureVi(value: number): string {
  return formatNumberVi(value, 4, true);
}

/**
 * A computed percentage with one decimal: "84,0%". More decimals (up to 4) are shown only when one decimal
 * would mislead: a value just under 100 shown as "100,0%", a value just above 0 shown as "0,0%", or a value on
 * the wrong side of `target` that would print as the target itself ("70,0%" for 69,96% against 70%).
 */
export function formatPercentVi(percent: number, target?: number): string {
  let decimals = PERCENT_DECIMALS;
  while (decimals < MAX_PERCENT_DECIMALS && misleading(percent, decimals, target)) decimals += 1;
  return `${formatNumberVi(percent, decimals)}%`;
}

function misleading(percent: number, decimals: number, target?: number): boolean {
  const shown = roundHalfUp(percent, decimals);
  if (shown === 100 && percent < 100) return true;
  if (shown === 0 && percent > 0) return true;
  return target !== undefined && shown === target && percent !== target;
}

/** A target or typed percentage as written: "70%", "52,7%" (no padding zeros). */
export function formatPlainPercentVi(percent: number): string {
  return `${formatNumberVi(percent, MAX_PERCENT_DECIMALS, true)}%`;
}

/** Points with up to two decimals, trailing zeros dropped: "3,68", "10", "9,5". */
export function formatPointsVi(points: number): string {
  return formatNumberVi(points, POINT_DECIMALS, true);
}

/** How many decimals a typed number carries ("52.7" → 1); decides how closely it must match. */
export function decimalsOf(value: number): number {
  const text = value.toString();
  if (text.includes('e')) return POINT_DECIMALS;
  return text.split('.')[1]?.length ?? 0;
}

/**
 * Whether a typed value agrees with the exact value computed from raw figures: it may differ by less than one
 * unit of its last written decimal, so both rounding (36,8 for 36,84…) and truncation (9,97 for 9,9796) pass,
 * while 52,7% for 26/55 = 47,27…% does not.
 */
export function typedAgrees(typed: number, exact: number): boolean {
  return Math.abs(typed - exact) < 10 ** -decimalsOf(typed) - 1e-9;
}
