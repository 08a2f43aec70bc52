import type { FrameworkKind, Rule } from '@xaso/domain/framework/schema';
import { parseTargetText } from '@xaso/domain/framework/target-text';
import { parseNumberText } from './excel-cells.ts';
import { allowedLabels, type ColumnKey, codeOf } from './excel-layout.ts';

/** Reports a problem in one cell of the current row. */
export type CellError = (column: ColumnKey, message: string) => void;

/** Cell texts of one item row, by column key. */
export type RowCells = (column: ColumnKey) => string;

/**
 * Turns one row of the "Danh mục" sheet into a plain framework item (not yet validated). Problems only the
 * sheet can have (an unknown label, a number that is not a number) are reported per cell; the rest is left
 * to the domain validation.
 */
export function readItemRow(
  cell: RowCells,
  kind: FrameworkKind,
  years: readonly number[],
  fail: CellError,
): Record<string, unknown> {
  const item: Record<string, unknown> = { code: cell('code'), name: cell('name') };
  if (cell('unit')) item.unit = cell('unit');
  item.measure = readMeasure(cell, fail);

  const targets: Record<string, unknown> = {};
  for (const year of years) {
    const text = cell(`target:${year}`);
    if (kind === 'index') {
      if (text) fail(`target:${year}`, 'Bộ chỉ số không có chỉ tiêu theo năm: để trống cột này');
      continue;
    }
    const parsed = parseTargetText(text);
    if (parsed.ok) targets[String(year)] = parsed.target;
    else fail(`target:${year}`, parsed.message);
  }
  if (kind === 'criteria') item.targets = targets;

  const dependency = cell('dependency');
  if (dependency) item.dependency = coded('dependency', dependency, fail) ?? dependency;

  const maxPoints = cell('maxPoints');
  if (maxPoints) {
    const n = parseNumberText(maxPoints);
    if (n === null) fail('maxPoints', `"${maxPoints}" không phải là số`);
    item.maxPoints = n;
  } else if (kind === 'index') {
    item.maxPoints = null;
  }

  if (cell('rule')) item.rule = readRule(cell, fail);
  if (cell('evidence')) item.guidance = { evidence: cell('evidence') };

  const provenance: Record<string, unknown> = { source: cell('source') };
  const status = cell('status');
  provenance.status = status ? (coded('status', status, fail) ?? status) : undefined;
  if (cell('note')) provenance.note = cell('note');
  item.provenance = provenance;
  return item;
}

function coded<S extends 'dependency' | 'status' | 'measure' | 'rule'>(
  set: S,
  text: string,
  fail: CellError,
) {
  const code = codeOf(set, text);
  if (code === null) fail(set, `"${text}" không hợp lệ; chọn một trong: ${allowedLabels(set)}`);
  return code as string | null;
}

function readMeasure(cell: RowCells, fail: CellError): Record<string, unknown> | undefined {
  const text = cell('measure');
  if (!text) {
    fail('measure', `Thiếu cách đo; chọn một trong: ${allowedLabels('measure')}`);
    return undefined;
  }
  const kind = coded('measure', text, fail);
  if (kind === 'ratio') {
    return { kind, numeratorLabel: cell('numeratorLabel'), denominatorLabel: cell('denominatorLabel') };
  }
  if (kind === 'level') {
    const levels = cell('levels')
      .split(';')
      .map((l) => l.trim())
      .filter(Boolean);
    return { kind, levels };
  }
  return kind ? { kind } : undefined;
}

function readRule(cell: RowCells, fail: CellError): Rule | undefined {
  const kind = coded('rule', cell('rule'), fail);
  const params = cell('ruleParams');
  switch (kind) {
    case 'binary':
    case 'proportional':
      return { kind };
    case 'tiered': {
      const tiers = params
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const [level = '', points = ''] = part.split('=').map((s) => s.trim());
          const n = parseNumberText(points);
          if (!level || n === null) fail('ruleParams', `Mức "${part}" phải có dạng "Tên mức = điểm"`);
          return { level, points: n ?? 0 };
        });
      if (tiers.length === 0) fail('ruleParams', 'Cách chấm theo mức cần "Tên mức = điểm; …"');
      return { kind, tiers };
    }
    case 'threshold': {
      const match = /^(>=|≥|>)\s*(.+?)\s*%?$/.exec(params);
      const rate = match ? parseNumberText(match[2] ?? '') : null;
      if (!match || rate === null) {
        fail('ruleParams', 'Cách chấm theo ngưỡng cần dạng ">= 80"');
        return undefined;
      }
      return { kind, rate, comparator: match[1] === '>' ? '>' : '>=' };
    }
    case 'manual': {
      const match = /^(.+?)\s*[-–]\s*(.+)$/.exec(params);
      const min = match ? parseNumberText(match[1] ?? '') : null;
      const max = match?.[2] === '?' ? null : parseNumberText(match?.[2] ?? '');
      if (!match || min === null || (max === null && match[2] !== '?')) {
        fail('ruleParams', 'Thẩm định viên chấm cần khoảng điểm dạng "0-20" (hoặc "0-?" nếu chưa biết)');
        return undefined;
      }
      return { kind, min, max };
    }
    default:
      return undefined;
  }
}
