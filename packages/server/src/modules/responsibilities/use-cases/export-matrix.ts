import { describeTarget } from '@xaso/domain/framework/target-text';
import type { Actor, Ctx } from '../../../context.ts';
import { loadExcelJS } from '../../../load-exceljs.ts';
import { loadMatrixContext } from '../matrix-context.ts';
import { loadMatrixNames } from '../present-matrix.ts';
import { addTableSheet, type SheetRow } from '../table-sheet.ts';

export const UNASSIGNED_LABEL = 'Chưa phân công';

/**
 * The matrix as seed 002 prints it: STT, the criterion, the lead unit, the coordinating units and partners,
 * the responsible member and this cycle's target, under a heading row per group. A criterion nobody answers
 * for says so in red; one not applicable this cycle says why in the target column.
 */
export async function exportMatrix(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string },
): Promise<{ bytes: Buffer; fileName: string }> {
  const context = await loadMatrixContext(ctx.db, options.actor, options.cycleId, 'cycle:read');
  const names = await loadMatrixNames(ctx.db, context.rows);
  const cycle = context.loaded.cycle;
  const reasons = new Map(cycle.exclusions.map((e) => [e.itemCode, e.reason]));
  const byCode = new Map(context.rows.map((r) => [r.criterionCode, r]));
  const rows: SheetRow[] = [];
  let group: string | null = null;
  for (const c of context.criteria) {
    if (c.groupCode !== group) {
      group = c.groupCode;
      const count = context.criteria.filter((x) => x.groupCode === group).length;
      rows.push({ kind: 'group', cells: [c.groupCode, `${c.groupName} (${count} tiêu chí)`] });
    }
    const row = byCode.get(c.code)!;
    const name = (map: Map<string, string>, id: string) => map.get(id) ?? '';
    const coordinating = [
      ...row.coordinatingUnitIds.map((id) => name(names.units, id)),
      ...row.partnerIds.map((id) => name(names.partners, id)),
    ];
    const excluded = reasons.get(c.code);
    const member = row.responsibleMemberId === null ? null : name(names.members, row.responsibleMemberId);
    rows.push({
      cells: [
        c.code,
        c.name,
        row.leadUnitId === null ? '' : name(names.units, row.leadUnitId),
        coordinating.length > 1 ? coordinating.map((n) => `- ${n}`).join('\n') : (coordinating[0] ?? ''),
        member ?? (excluded === undefined ? UNASSIGNED_LABEL : ''),
        excluded === undefined
          ? describeTarget(c.item.targets[String(cycle.year)], c.item)
          : `Không áp dụng: ${excluded}`,
      ],
      warn: member === null && excluded === undefined ? [4] : [],
    });
  }
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = 'Xã Số';
  workbook.created = ctx.now();
  workbook.modified = ctx.now();
  addTableSheet(workbook, {
    name: 'Phân công',
    issuingBody: `BCĐ chuyển đổi số ${cycle.scope.name}`,
    titleLines: [
      'BẢNG PHÂN CÔNG TRÁCH NHIỆM THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ',
      `HỖ TRỢ HOÀN THÀNH TIÊU CHÍ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM ${cycle.year}${cycle.round ? ` – ${cycle.round}` : ''}`,
      `(${cycle.criteriaFramework.title})`,
    ],
    header: [
      'STT',
      'Tên chỉ tiêu thực hiện',
      'Chủ trì',
      'Phối hợp (nếu cần)',
      'Thành viên BCĐ chịu trách nhiệm chính',
      `Chỉ tiêu năm ${cycle.year}`,
    ],
    widths: [7, 48, 24, 26, 24, 18],
    centred: [0, 5],
    rows,
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const round = cycle.round ? ` ${cycle.round}` : '';
  return { bytes, fileName: `phân-công-${cycle.scope.name}-${cycle.year}${round}.xlsx` };
}
