import { type RatioInput, readRatio } from './ratio.ts';

export interface FigureCheck {
  /** Impossible figures (numerator above denominator, a zero denominator, a negative, a percentage over 100). */
  errors: string[];
  /** A typed percentage that disagrees with the figures, or a figure without its other half. */
  warnings: string[];
}

/**
 * Checks the raw figures of an item whose verdict or points do not come from them: an indicator scored by a
 * person, by a yes/no or by a level, a criterion judged qualitatively. Seed 003 types 84,8% beside 4.445/5.293
 * (= 84,0%) on an indicator scored by hand; the document is wrong there just as it is on a proportional one, so
 * the same rule applies (`readRatio`: the tolerance of `typedAgrees`, a warning naming both numbers).
 *
 * Only items that carry a numerator or a denominator are checked: a typed percentage alone has nothing to be
 * compared with. Impossible figures are errors, as on items scored from them; a missing half is only a warning
 * here, because the result does not depend on the figures.
 */
export function checkRawFigures(input: RatioInput): FigureCheck {
  const { numerator: n, denominator: d } = input;
  if (n === undefined && d === undefined) return { errors: [], warnings: [] };
  if (n === undefined || d === undefined) {
    const missing = n === undefined ? 'tử số' : 'mẫu số';
    return { errors: [], warnings: [`Số liệu gốc thiếu ${missing}: chưa tính được tỷ lệ`] };
  }
  const ratio = readRatio(input);
  return ratio.ok
    ? { errors: [], warnings: ratio.warnings }
    : { errors: ratio.errors, warnings: ratio.warnings };
}
