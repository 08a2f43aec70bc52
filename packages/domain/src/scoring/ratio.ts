import { formatFigureVi, formatPercentVi, formatPlainPercentVi, typedAgrees } from './format.ts';

/** A percentage worked out from raw figures, or read from a typed value when no figures were given. */
export interface RatioReading {
  /** Exact percentage (0–100), never rounded: comparisons and points use this. */
  percent: number;
  /** "4.445/5.293 = 84,0%" or "92,1% (nhập tay)". */
  working: string;
  fromRawFigures: boolean;
  numerator?: number;
  denominator?: number;
}

export interface RatioInput {
  numerator?: number;
  denominator?: number;
  typedPercent?: number;
}

export type RatioOutcome =
  | { ok: true; reading: RatioReading; warnings: string[] }
  | { ok: false; errors: string[]; warnings: string[] };

/**
 * Reads a ratio. Bad figures are errors (returned, never thrown): a missing half, negatives, a zero
 * denominator, numerator above denominator. A typed percentage that disagrees with the figures is a warning
 * naming both numbers; with no figures at all the typed percentage is used, with a warning.
 * `target` only affects how many decimals the working shows.
 */
export function readRatio(input: RatioInput, target?: number): RatioOutcome {
  const { numerator: n, denominator: d, typedPercent: typed } = input;
  const warnings: string[] = [];
  const errors: string[] = [];
  if (typed !== undefined && (!Number.isFinite(typed) || typed < 0 || typed > 100)) {
    errors.push(`Tỷ lệ nhập tay ${String(typed)}% không hợp lệ (phải từ 0 đến 100)`);
  }
  if (n === undefined && d === undefined) {
    if (typed === undefined) return { ok: false, errors: ['Thiếu tử số và mẫu số'], warnings };
    if (errors.length > 0) return { ok: false, errors, warnings };
    warnings.push(
      `Chỉ có tỷ lệ nhập tay ${formatPlainPercentVi(typed)}, chưa có tử số/mẫu số: cần bổ sung số liệu gốc`,
    );
    return {
      ok: true,
      warnings,
      reading: {
        percent: typed,
        working: `${formatPlainPercentVi(typed)} (nhập tay)`,
        fromRawFigures: false,
      },
    };
  }
  if (n === undefined) errors.push('Thiếu tử số');
  if (d === undefined) errors.push('Thiếu mẫu số');
  for (const [label, v] of [
    ['Tử số', n],
    ['Mẫu số', d],
  ] as const) {
    if (v !== undefined && !Number.isFinite(v)) errors.push(`${label} không phải là số`);
    else if (v !== undefined && v < 0) errors.push(`${label} âm (${formatFigureVi(v)})`);
  }
  if (d === 0) errors.push('Mẫu số bằng 0: không tính được tỷ lệ');
  if (n !== undefined && d !== undefined && Number.isFinite(n) && Number.isFinite(d) && n > d && d >= 0) {
    errors.push(`Tử số ${formatFigureVi(n)} lớn hơn mẫu số ${formatFigureVi(d)}`);
  }
  if (errors.length > 0 || n === undefined || d === undefined) return { ok: false, errors, warnings };

  const percent = (n / d) * 100;
  const figures = `${formatFigureVi(n)}/${formatFigureVi(d)}`;
  const working = `${figures} = ${formatPercentVi(percent, target)}`;
  if (typed !== undefined && !typedAgrees(typed, percent)) {
    warnings.push(
      `Tỷ lệ nhập tay ${formatPlainPercentVi(typed)} khác tỷ lệ tính từ số liệu gốc ${figures} = ${formatPercentVi(percent)}`,
    );
  }
  return {
    ok: true,
    warnings,
    reading: { percent, working, fromRawFigures: true, numerator: n, denominator: d },
  };
}
