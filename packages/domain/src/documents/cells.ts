import type { WorkspaceItem } from '../contracts/assessments.ts';
import { describeTarget } from '../framework/target-text.ts';
import {
  formatFigureVi,
  formatPercentVi,
  formatPlainPercentVi,
  formatPointsVi,
  roundHalfUp,
} from '../scoring/format.ts';
import { VERDICT_LABELS } from '../scoring/types.ts';
import { formatDayVi } from '../text.ts';
import type { Cell } from './model.ts';

/**
 * This year's target as officials print it: "75%", "Có", "Sử dụng hiệu quả", "Đánh giá định tính" ("≥" is
 * implied before a number; any other sign is kept).
 */
export function targetCell(item: WorkspaceItem): Cell {
  // Text only: the column mixes percentages and counts, and one Excel format serves a whole column.
  return { text: describeTarget(item.target, item, { appendixColumn: true }) };
}

/** The ratio of a result in percent, or null when a figure is missing. */
export function resultPercent(item: WorkspaceItem): number | null {
  const r = item.result;
  if (!r || r.numerator === null || r.denominator === null || r.denominator === 0) return null;
  return (r.numerator / r.denominator) * 100;
}

/**
 * The level reached, as the appendix of seed 001 prints it: the percentage for a ratio ("92,1%", stored for
 * Excel as the number shown, 92.1); "100%" for a yes/no or level criterion done and "Chưa" or the level
 * reached otherwise; the count or the text.
 */
export function reachedCell(item: WorkspaceItem): Cell {
  if (item.exclusionReason !== null) return { text: 'Không áp dụng' };
  const r = item.result;
  if (!r) return { text: '' };
  if (r.status === 'not_started') return { text: 'Chưa thực hiện' };
  // A qualitative target is reached by the commune's judgement, whatever figures stand beside it.
  if (item.target?.comparator === '*' && r.selfJudgement !== null)
    return { text: VERDICT_LABELS[r.selfJudgement] };
  if (item.measure.kind === 'ratio') {
    const percent = resultPercent(item);
    // Only a percentage entered (no figures): the verdict used it, so the document shows it as entered.
    if (percent === null)
      return r.typedPercent === null ? judgementCell(r) : typedPercentCell(r.typedPercent);
    const target = typeof item.target?.value === 'number' ? item.target.value : undefined;
    // "100%" and "50%" as officials print them, "92,1%" as computed; extra decimals only where they matter.
    const text = formatPercentVi(percent, target).replace(/,0%$/, '%');
    return { text, value: Number(text.replace('%', '').replace(/\./g, '').replace(',', '.')) };
  }
  if (r.value === null) return judgementCell(r);
  // Seed 001 prints a criterion done as "100%" and one not done as "Chưa", whatever its measure.
  if (typeof r.value === 'boolean') return r.value ? { text: '100%', value: 100 } : { text: 'Chưa' };
  if (item.measure.kind === 'level') {
    const met = item.evaluation.verdict === 'met' || item.evaluation.verdict === 'exceeded';
    return met ? { text: '100%', value: 100 } : { text: String(r.value) };
  }
  // A count stays text here: the column's number format is a percentage.
  if (typeof r.value === 'number') return { text: formatFigureVi(r.value) };
  return { text: r.value };
}

/**
 * Nothing measured, only the commune's own "Đạt" / "Chưa đạt": the engine took the verdict from it, so the
 * document shows it rather than a blank; blank when there is no judgement either.
 */
function judgementCell(r: NonNullable<WorkspaceItem['result']>): Cell {
  return r.selfJudgement === null ? { text: '' } : { text: VERDICT_LABELS[r.selfJudgement] };
}

/** A percentage typed without figures, as written: "84,8%" (stored for Excel as 84.8); blank when none. */
function typedPercentCell(typed: number | null): Cell {
  return typed === null ? { text: '' } : { text: formatPlainPercentVi(typed), value: typed };
}

/**
 * The raw figures behind a result, for the index report: "4.445/5.293 = 84,0%", "Có", "12"; a percentage
 * entered without its figures as written, "84,8%".
 */
export function figuresText(item: WorkspaceItem): string {
  const r = item.result;
  if (!r) return 'Chưa nhập kết quả';
  if (r.status === 'not_started') return 'Chưa thực hiện';
  if (r.numerator !== null && r.denominator !== null) {
    const percent = resultPercent(item);
    return `${formatFigureVi(r.numerator)}/${formatFigureVi(r.denominator)}${percent === null ? '' : ` = ${formatPercentVi(percent)}`}`;
  }
  if (r.value === null && r.typedPercent !== null) return typedPercentCell(r.typedPercent).text;
  // An indicator scored by hand may have no figure at all (5.2: "no incident to handle"): its reason is the result.
  if (r.value === null) return r.selfPointsReason ?? 'Chưa nhập kết quả';
  if (typeof r.value === 'boolean') return r.value ? 'Có' : 'Không';
  if (typeof r.value === 'number') return formatFigureVi(r.value);
  return r.value;
}

/** The evidence cited for an item, one document a line: "37/KH-UBND ngày 22/06/2022: Kế hoạch …". */
export function evidenceText(item: WorkspaceItem): string {
  return item.evidence
    .map((e) => {
      const head = [e.docNumber ?? e.fileName, e.docDate ? `ngày ${formatDayVi(e.docDate)}` : null]
        .filter(Boolean)
        .join(' ');
      return e.summary ? `${head}: ${e.summary}` : head;
    })
    .join('\n');
}

/** Points as a cell: "3,68" stored as 3.68. */
export function pointsCell(points: number | null): Cell {
  if (points === null) return { text: '' };
  const rounded = roundHalfUp(points, 2);
  return { text: formatPointsVi(rounded), value: rounded };
}
