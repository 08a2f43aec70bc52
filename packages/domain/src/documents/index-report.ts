import type { WorkspaceItem } from '../contracts/assessments.ts';
import { formatNumberVi, formatPointsVi, roundHalfUp } from '../scoring/format.ts';
import { evidenceText, figuresText, pointsCell } from './cells.ts';
import type { Block, Column, ReportDocument, Row, Table } from './model.ts';
import { closing, committeeOf, legalBasisText, type ReportSource } from './source.ts';

const COLUMNS: Column[] = [
  { key: 'tt', header: 'TT', width: 5, align: 'center' },
  { key: 'requirement', header: 'Chỉ số (yêu cầu)', width: 26, align: 'left' },
  { key: 'result', header: 'Kết quả thực hiện', width: 24, align: 'left' },
  { key: 'evidence', header: 'Minh chứng', width: 22, align: 'left' },
  { key: 'max', header: 'Điểm tối đa', width: 7, align: 'center', numberFormat: '0.##' },
  { key: 'points', header: 'Điểm tự chấm', width: 7, align: 'center', numberFormat: '0.00' },
  { key: 'working', header: 'Cách tính', width: 18, align: 'left' },
];

/** Sum of points, and of maxima when every one is known (20 maxima of the 2022 index are not published). */
function totals(items: WorkspaceItem[]) {
  const points = roundHalfUp(
    items.reduce((s, i) => s + (i.evaluation.points ?? 0), 0),
    2,
  );
  const max = items.every((i) => i.maxPoints !== null)
    ? items.reduce((s, i) => s + (i.maxPoints ?? 0), 0)
    : null;
  return { points, max };
}

const maxCell = (max: number | null) =>
  max === null ? { text: '' } : { text: formatPointsVi(max), value: max };

function resultText(item: WorkspaceItem): string {
  const figures = figuresText(item);
  // The reason the commune gives hand-scored points is what the appraiser reads next to them.
  const reason = item.result?.selfPointsReason;
  return [figures, reason && reason !== figures ? reason : null, item.result?.notes]
    .filter(Boolean)
    .join('\n');
}

/** Per indicator: requirement, result with raw figures, evidence cited, points and working; group subtotals. */
export function indexTable(source: ReportSource): Table {
  const indicators = source.workspace.items.filter((i) => i.kind === 'indicator');
  const rows: Row[] = [];
  for (const group of [...new Set(indicators.map((i) => i.groupCode))]) {
    const items = indicators.filter((i) => i.groupCode === group);
    rows.push({ kind: 'group', cells: { tt: { text: group }, requirement: { text: items[0]!.groupName } } });
    for (const item of items) {
      rows.push({
        kind: 'item',
        cells: {
          tt: { text: item.code },
          requirement: { text: item.name },
          result: { text: resultText(item) },
          evidence: { text: evidenceText(item) },
          max: maxCell(item.maxPoints),
          points: pointsCell(item.result ? item.evaluation.points : null),
          working: { text: item.result ? item.evaluation.explanation : '' },
        },
      });
    }
    const sub = totals(items);
    rows.push({
      kind: 'subtotal',
      cells: {
        requirement: { text: `Cộng nhóm ${group}` },
        max: maxCell(sub.max),
        points: pointsCell(sub.points),
      },
    });
  }
  const all = totals(indicators);
  rows.push({
    kind: 'total',
    cells: { requirement: { text: 'Tổng cộng' }, max: maxCell(all.max), points: pointsCell(all.points) },
  });
  return {
    sheetName: 'Bảng tự chấm điểm',
    titleLines: [
      'PHỤ LỤC',
      `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM MỨC ĐỘ CHUYỂN ĐỔI SỐ NĂM ${source.workspace.assessment.year}`,
      `(Theo ${legalBasisText(source.framework.legalBasis)})`,
    ],
    columns: COLUMNS,
    rows,
    footerLines: [totalLine(all)],
    orientation: 'landscape',
  };
}

function totalLine(all: { points: number; max: number | null }): string {
  return all.max === null
    ? `Tổng điểm tự chấm: ${formatPointsVi(all.points)} điểm. Chưa biết tổng điểm tối đa của bộ chỉ số (một số chỉ số chưa công bố điểm tối đa) nên chưa tính được tỷ lệ.`
    : `Tổng điểm tự chấm: ${formatPointsVi(all.points)}/${formatPointsVi(all.max)} điểm, đạt ${formatNumberVi((all.points / all.max) * 100, 1)}% tổng điểm tối đa.`;
}

/**
 * The index self-assessment report (seed 003): heading block, the result per group and in total written from
 * the scoring engine's figures, the officer's proposals, signature, and the scoring table as an appendix.
 */
export function buildIndexReport(source: ReportSource): ReportDocument {
  const { workspace, framework } = source;
  const { year, commune } = workspace.assessment;
  const committee = committeeOf(commune.name);
  const indicators = workspace.items.filter((i) => i.kind === 'indicator');
  const groups = [...new Set(indicators.map((i) => i.groupCode))].map((code) => {
    const items = indicators.filter((i) => i.groupCode === code);
    return {
      code,
      name: items[0]!.groupName,
      ...totals(items),
      missing: items.filter((i) => !i.result).length,
    };
  });
  const all = totals(indicators);
  const notEntered = indicators.filter((i) => !i.result).length;
  const body: Block[] = [
    {
      kind: 'paragraph',
      text: `Căn cứ ${legalBasisText(framework.legalBasis)} ban hành ${framework.title};`,
    },
    {
      kind: 'paragraph',
      text: `${committee} báo cáo kết quả tự đánh giá, chấm điểm mức độ chuyển đổi số năm ${year} như sau:`,
    },
    { kind: 'heading', text: 'I. KẾT QUẢ TỰ ĐÁNH GIÁ' },
    { kind: 'paragraph', text: totalLine(all) },
    ...groups.map(
      (g): Block => ({
        kind: 'bullet',
        text: `Nhóm ${g.code}. ${g.name}: ${formatPointsVi(g.points)}${g.max === null ? '' : `/${formatPointsVi(g.max)}`} điểm${
          g.missing ? ` (${g.missing} chỉ số chưa có kết quả)` : ''
        }.`,
      }),
    ),
    ...(notEntered
      ? [
          {
            kind: 'paragraph',
            text: `Còn ${notEntered} chỉ số chưa nhập kết quả, được tính 0 điểm.`,
          } as Block,
        ]
      : []),
    {
      kind: 'paragraph',
      text: '(Chi tiết kết quả, minh chứng và cách tính điểm từng chỉ số tại Phụ lục kèm theo)',
    },
    ...closing(source, 'II. ĐỀ XUẤT, KIẾN NGHỊ'),
    {
      kind: 'paragraph',
      text: `Trên đây là báo cáo kết quả tự đánh giá mức độ chuyển đổi số năm ${year} của ${committee}${
        source.addressee ? `, đề nghị ${source.addressee} xem xét, đánh giá` : ''
      }./.`,
    },
  ];
  return {
    kind: 'index_report',
    fileName: `Báo cáo tự đánh giá chỉ số chuyển đổi số năm ${year} - ${commune.name}`,
    letterhead: source.letterhead,
    documentType: 'BÁO CÁO',
    subject: [`Kết quả tự đánh giá, xếp hạng mức độ chuyển đổi số`, `${commune.name} năm ${year}`],
    body,
    appendices: [indexTable(source)],
  };
}
