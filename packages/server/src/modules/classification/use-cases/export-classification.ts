import { CLASSIFICATION_LABELS, type ClassificationCounts } from '@xaso/domain/steering/classification';
import type { Actor, Ctx } from '../../../context.ts';
import { loadExcelJS } from '../../../load-exceljs.ts';
import { addTableSheet, type SheetRow } from '../../responsibilities/table-sheet.ts';
import { loadClassification } from '../load-classification.ts';

/** Short marks for the commune × criterion grid, spelled out in the sheet's last line. */
const MARK = { independent: 'TH', needs_support: 'HT', unset: '' } as const;

/**
 * The classification for the committee head's report (seed 002, Điều 2.2), two sheets:
 * - "Phân loại": one row per criterion, one column per commune (TH: tự hoàn thành, HT: cần hỗ trợ), then the
 *   criterion's counts; last, each commune's counts;
 * - "Cần hỗ trợ": the list of criteria needing support, commune by commune, with the planned completion.
 */
export async function exportClassification(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string },
): Promise<{ bytes: Buffer; fileName: string }> {
  const c = await loadClassification(ctx.db, options.actor, options.cycleId);
  const cycle = c.loaded.cycle;
  const value = new Map(c.rows.map((r) => [`${r.communeUnitId} ${r.criterionCode}`, r]));
  const byCriterion = new Map(c.summary.byCriterion.map((s) => [s.criterionCode, s]));
  const byCommune = new Map(c.summary.byCommune.map((s) => [s.communeUnitId, s]));
  const counts = (s: ClassificationCounts | undefined) => [
    s?.independent ?? 0,
    s?.needsSupport ?? 0,
    s?.unset ?? 0,
  ];
  const communeHeaders = c.communes.map((x) => (x.submitted ? x.name : `${x.name} (chưa gửi)`));

  const grid: SheetRow[] = c.criteria.map((criterion) => ({
    cells: [
      criterion.code,
      criterion.name,
      ...c.communes.map((commune) => MARK[value.get(`${commune.id} ${criterion.code}`)?.value ?? 'unset']),
      ...counts(byCriterion.get(criterion.code)),
    ],
  }));
  const communeCount = (key: keyof ClassificationCounts, label: string, column: number): SheetRow => ({
    kind: 'total',
    cells: [
      '',
      label,
      ...c.communes.map((commune) => byCommune.get(commune.id)?.[key] ?? 0),
      // The table's total sits under its own count column.
      ...[0, 1, 2].map((i) => (i === column ? c.summary.totals[key] : null)),
    ],
  });
  const lower = (text: string) => text.toLocaleLowerCase('vi');
  grid.push(
    communeCount('independent', `Số tiêu chí ${lower(CLASSIFICATION_LABELS.independent)}`, 0),
    communeCount('needsSupport', `Số tiêu chí ${lower(CLASSIFICATION_LABELS.needs_support)}`, 1),
    communeCount('unset', `Số tiêu chí ${lower(CLASSIFICATION_LABELS.unset)}`, 2),
  );

  const criterionName = new Map(c.criteria.map((x) => [x.code, x.name]));
  const needs: SheetRow[] = [];
  for (const commune of c.communes) {
    const rows = c.rows.filter((r) => r.communeUnitId === commune.id && r.value === 'needs_support');
    if (rows.length === 0) continue;
    needs.push({ kind: 'group', cells: ['', `${commune.name} (${rows.length} tiêu chí)`] });
    for (const r of rows)
      needs.push({
        cells: [r.criterionCode, criterionName.get(r.criterionCode) ?? '', r.plannedCompletion ?? ''],
      });
  }

  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = 'Xã Số';
  workbook.created = ctx.now();
  workbook.modified = ctx.now();
  const issuingBody = `BCĐ chuyển đổi số ${cycle.scope.name}`;
  const year = `NĂM ${cycle.year}${cycle.round ? ` – ${cycle.round}` : ''}`;
  const sheet = addTableSheet(workbook, {
    name: 'Phân loại',
    issuingBody,
    titleLines: [
      'TỔNG HỢP PHÂN LOẠI KHẢ NĂNG HOÀN THÀNH TIÊU CHÍ CHUYỂN ĐỔI SỐ CẤP XÃ',
      `${year} (theo báo cáo tự rà soát của các xã)`,
    ],
    header: [
      'STT',
      'Tiêu chí',
      ...communeHeaders,
      CLASSIFICATION_LABELS.independent,
      CLASSIFICATION_LABELS.needs_support,
      CLASSIFICATION_LABELS.unset,
    ],
    widths: [7, 44, ...c.communes.map(() => 12), 12, 12, 12],
    centred: [0, ...c.communes.map((_, i) => i + 2), ...[0, 1, 2].map((i) => i + 2 + c.communes.length)],
    rows: grid,
  });
  const note = sheet.addRow([
    '',
    `Ghi chú: TH – ${CLASSIFICATION_LABELS.independent}; HT – ${CLASSIFICATION_LABELS.needs_support}; ô trống – ${CLASSIFICATION_LABELS.unset.toLocaleLowerCase('vi')}.`,
  ]);
  note.getCell(2).font = { name: 'Times New Roman', size: 11, italic: true };
  addTableSheet(workbook, {
    name: 'Cần hỗ trợ',
    issuingBody,
    titleLines: ['DANH SÁCH TIÊU CHÍ CẦN HỖ TRỢ HOÀN THÀNH', year],
    header: ['STT', 'Tiêu chí', 'Thời gian dự kiến hoàn thành'],
    widths: [7, 70, 26],
    centred: [0],
    orientation: 'portrait',
    rows: needs,
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const round = cycle.round ? ` ${cycle.round}` : '';
  return { bytes, fileName: `phân-loại-tiêu-chí-${cycle.scope.name}-${cycle.year}${round}.xlsx` };
}
