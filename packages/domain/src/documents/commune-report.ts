import type { WorkspaceItem } from '../contracts/assessments.ts';
import { formatNumberVi } from '../scoring/format.ts';
import { VERDICT_LABELS } from '../scoring/types.ts';
import { reachedCell, targetCell } from './cells.ts';
import type { Block, Column, ReportDocument, Row, Table } from './model.ts';
import { closing, committeeOf, legalBasisText, lowerFirst, type ReportSource } from './source.ts';

const COLUMNS: Column[] = [
  { key: 'tt', header: 'TT', width: 6, align: 'center' },
  { key: 'name', header: 'Tên chỉ tiêu', width: 36, align: 'left' },
  { key: 'unit', header: 'Đơn vị tính', width: 9, align: 'center' },
  { key: 'target', header: 'Chỉ tiêu cụ thể', width: 11, align: 'center' },
  { key: 'reached', header: 'Mức độ hoàn thành', width: 11, align: 'center', numberFormat: '0.0##"%"' },
  { key: 'completion', header: 'Thời gian hoàn thành', width: 14, align: 'center' },
  { key: 'notes', header: 'Ghi chú', width: 13, align: 'left' },
];

const isMet = (i: WorkspaceItem) => i.evaluation.verdict === 'met' || i.evaluation.verdict === 'exceeded';

/** "Chưa đạt" where the criterion is not met, then the officer's notes; the reason where it does not apply. */
function notesText(item: WorkspaceItem): string {
  if (item.exclusionReason !== null) return item.exclusionReason;
  const parts = [
    item.result && item.evaluation.verdict === 'not_met' ? VERDICT_LABELS.not_met : null,
    item.result?.notes ?? null,
    // The commune's own judgement of a qualitative target stands in the report with what it rests on.
    item.result?.selfJudgementReason ? `Tự đánh giá: ${item.result.selfJudgementReason}` : null,
  ];
  return parts.filter(Boolean).join('. ');
}

/** Phụ lục 1 of seed 001: per criterion name, unit, target, level reached, completion time, notes; groups. */
export function criteriaAppendix(source: ReportSource): Table {
  const { workspace } = source;
  const criteria = workspace.items.filter((i) => i.kind === 'criterion');
  const rows: Row[] = [];
  for (const group of [...new Set(criteria.map((i) => i.groupCode))]) {
    const items = criteria.filter((i) => i.groupCode === group);
    rows.push({ kind: 'group', cells: { tt: { text: group }, name: { text: items[0]!.groupName } } });
    for (const item of items) {
      rows.push({
        kind: 'item',
        cells: {
          tt: { text: item.code },
          name: { text: item.name },
          unit: { text: item.unit ?? '' },
          target: targetCell(item),
          reached: reachedCell(item),
          completion: { text: item.result?.plannedCompletion ?? '' },
          notes: { text: notesText(item) },
        },
      });
    }
  }
  const applicable = criteria.filter((i) => i.exclusionReason === null);
  const met = applicable.filter(isMet).length;
  return {
    sheetName: 'Phụ lục 1 - Chỉ tiêu',
    titleLines: [
      'PHỤ LỤC 1',
      `CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ THỰC HIỆN TRONG NĂM ${workspace.assessment.year}`,
      `(Theo ${legalBasisText(source.framework.legalBasis)})`,
    ],
    columns: COLUMNS,
    rows,
    footerLines: [
      `Tổng số chỉ tiêu: ${applicable.length}; số chỉ tiêu đạt: ${met}/${applicable.length}${
        applicable.length ? ` (${formatNumberVi((met / applicable.length) * 100, 1)}%)` : ''
      }.`,
    ],
    orientation: 'portrait',
  };
}

/**
 * The commune's report of results (seed 001): heading block, a short body written from the figures entered
 * (criteria met, those not met with their planned completion, difficulties), the officer's own closing
 * paragraphs, signature, and Phụ lục 1.
 */
export function buildCommuneReport(source: ReportSource): ReportDocument {
  const { workspace, framework } = source;
  const { year, commune } = workspace.assessment;
  const committee = committeeOf(commune.name);
  const basis = legalBasisText(framework.legalBasis);
  const criteria = workspace.items.filter((i) => i.kind === 'criterion');
  const applicable = criteria.filter((i) => i.exclusionReason === null);
  const met = applicable.filter(isMet);
  const exceeded = applicable.filter((i) => i.evaluation.verdict === 'exceeded');
  const notMet = applicable.filter((i) => !isMet(i));
  const excluded = criteria.filter((i) => i.exclusionReason !== null);
  const difficulties = criteria.filter((i) => i.result?.difficulties);

  const body: Block[] = [
    {
      kind: 'paragraph',
      text: `${committee} báo cáo kết quả thực hiện các tiêu chí chuyển đổi số cấp xã năm ${year} theo ${basis}, cụ thể như sau:`,
    },
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
    {
      kind: 'paragraph',
      text:
        `Năm ${year}, xã thực hiện ${applicable.length} chỉ tiêu; đến nay đạt ${met.length}/${applicable.length} chỉ tiêu` +
        (exceeded.length ? `, trong đó ${exceeded.length} chỉ tiêu vượt mức giao` : '') +
        (notMet.length ? `; ${notMet.length} chỉ tiêu chưa đạt.` : '; không còn chỉ tiêu chưa đạt.'),
    },
    ...excluded.map(
      (i): Block => ({
        kind: 'bullet',
        text: `Chỉ tiêu ${i.code} không áp dụng trong năm: ${i.exclusionReason}.`,
      }),
    ),
    ...(notMet.length ? [{ kind: 'paragraph', text: 'Các chỉ tiêu chưa đạt:' } as Block] : []),
    ...notMet.map((i): Block => {
      const reached = reachedCell(i).text || 'chưa có kết quả';
      // Mid-sentence: "(chỉ tiêu 70%)", "(chỉ tiêu đánh giá định tính)".
      const target = i.target?.comparator === '*' ? lowerFirst(targetCell(i).text) : targetCell(i).text;
      const planned = i.result?.plannedCompletion;
      return {
        kind: 'bullet',
        text: `${i.code}. ${i.name}: ${reached}${target ? ` (chỉ tiêu ${target})` : ''}${planned ? `; thời gian hoàn thành: ${planned}` : ''}.`,
      };
    }),
    { kind: 'paragraph', text: '(Có phụ lục chi tiết kèm theo)' },
    { kind: 'heading', text: 'II. KHÓ KHĂN, VƯỚNG MẮC' },
    ...(difficulties.length
      ? difficulties.map(
          (i): Block => ({ kind: 'bullet', text: `Chỉ tiêu ${i.code}: ${i.result!.difficulties}` }),
        )
      : [{ kind: 'paragraph', text: 'Không có.' } as Block]),
    ...closing(source, 'III. NHIỆM VỤ, GIẢI PHÁP TIẾP THEO'),
    {
      kind: 'paragraph',
      text: `Trên đây là báo cáo kết quả thực hiện các tiêu chí chuyển đổi số năm ${year} của ${committee}${
        source.addressee ? `, kính báo cáo ${source.addressee} tổng hợp` : ''
      }./.`,
    },
  ];
  return {
    kind: 'commune_report',
    fileName: `Báo cáo kết quả chuyển đổi số năm ${year} - ${commune.name}`,
    letterhead: source.letterhead,
    documentType: 'BÁO CÁO',
    subject: [`Kết quả thực hiện các tiêu chí chuyển đổi số cấp xã năm ${year}`, `theo ${basis}`],
    body,
    appendices: [criteriaAppendix(source)],
  };
}
