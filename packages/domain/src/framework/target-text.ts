import type { Target } from './schema.ts';

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
