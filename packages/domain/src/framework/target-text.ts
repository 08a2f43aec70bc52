import { formatFigureVi, formatPlainPercentVi } from '../scoring/format.ts';
import type { Measure, Target } from './schema.ts';

/**
 * Targets as one line of text, the way officials type them into an Excel cell:
 * ">= 75" (or "≥ 75", "75%", "75"), "Có", "= Sử dụng hiệu quả", ">= Đáp ứng", "*", "* phụ thuộc điều kiện".
 * An empty cell means no target for that year (null).
 */
export function parseTargetText(
  text: string,
): { ok: true; target: Target | null } | { ok: false; message: string } {
  const raw = text.normalize('NFC').trim();
  if (raw === '') return { ok: true, target: null };
  if (raw.startsWith('*')) {
    const rest = raw.slice(1).trim();
    return { ok: true, target: { comparator: '*', value: rest === '' ? '*' : rest } };
  }
  const match = /^(>=|≥|<=|≤|>|<|=)?\s*(.*)$/.exec(raw);
  const symbol = match?.[1];
  const body = (match?.[2] ?? '').trim();
  if (body === '') return { ok: false, message: `Chỉ tiêu "${raw}" thiếu giá trị sau dấu so sánh` };
  const comparator =
    ({ '≥': '>=', '≤': '<=' } as Record<string, Target['comparator']>)[symbol ?? ''] ?? symbol;
  const numeric = /^-?\d+([.,]\d+)?\s*%?$/.test(body)
    ? Number(body.replace('%', '').replace(',', '.').trim())
    : null;
  if (numeric !== null) {
    return { ok: true, target: { comparator: (comparator ?? '>=') as Target['comparator'], value: numeric } };
  }
  if (comparator !== undefined && comparator !== '=' && comparator !== '>=') {
    return { ok: false, message: `Chỉ tiêu "${raw}": dấu ${comparator} chỉ dùng với số` };
  }
  return { ok: true, target: { comparator: (comparator ?? '=') as Target['comparator'], value: body } };
}

/** The inverse of `parseTargetText`: ">= 75", "Có", ">= Đáp ứng", "*", "" for null. */
export function formatTargetText(target: Target | null): string {
  if (target === null) return '';
  if (target.comparator === '*') return target.value === '*' ? '*' : `* ${target.value}`;
  if (typeof target.value === 'string' && target.comparator === '=') return target.value;
  return `${target.comparator} ${target.value}`;
}

/** How every screen and document names a `*` target: there is no number, the result is judged. */
export const QUALITATIVE_TARGET_LABEL = 'Đánh giá định tính';

const SYMBOLS: Record<Target['comparator'], string> = {
  '>=': '≥',
  '>': '>',
  '=': '=',
  '<=': '≤',
  '<': '<',
  '*': '',
};

/**
 * A target as people read it, with its unit: "≥ 75%", "≥ 3 điểm phát", "Có", "Sử dụng hiệu quả",
 * "Đáp ứng trở lên", "Đánh giá định tính". Never a raw `*` or `>=`: that is `formatTargetText`, the Excel
 * template's notation. `appendixColumn` words it as the appendix of a report prints its "Chỉ tiêu cụ thể" column
 * (seed 001): "≥" implied before a number ("75%"), a count's unit left to the "Đơn vị tính" column. The one place targets are worded for people: the workspace, the
 * framework pages and the documents all call it. "" for no target.
 */
export function describeTarget(
  target: Target | null | undefined,
  item: { unit?: string | null; measure: Measure },
  options: { appendixColumn?: boolean } = {},
): string {
  if (!target) return '';
  const { comparator, value } = target;
  if (comparator === '*')
    return value === '*' ? QUALITATIVE_TARGET_LABEL : `${QUALITATIVE_TARGET_LABEL} (${value})`;
  if (typeof value === 'number') {
    const percent = item.measure.kind === 'ratio' || item.unit === '%';
    const unit =
      !percent && item.unit && !options.appendixColumn
        ? ` ${item.unit.charAt(0).toLocaleLowerCase('vi')}${item.unit.slice(1)}`
        : '';
    const number = percent ? formatPlainPercentVi(value) : `${formatFigureVi(value)}${unit}`;
    return comparator === '=' || (options.appendixColumn && comparator === '>=')
      ? number
      : `${SYMBOLS[comparator]} ${number}`;
  }
  if (comparator === '=') return value;
  // "At least a level": the top level needs no qualifier, any other reads "Đáp ứng trở lên".
  if (comparator === '>=') {
    const levels = item.measure.kind === 'level' ? item.measure.levels : [];
    return levels.at(-1) === value ? value : `${value} trở lên`;
  }
  return `${SYMBOLS[comparator]} ${value}`;
}
