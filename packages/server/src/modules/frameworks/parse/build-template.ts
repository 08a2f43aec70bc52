import type { Framework, Rule } from '@xaso/domain/framework/schema';
import { formatTargetText } from '@xaso/domain/framework/target-text';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../../load-exceljs.ts';
import {
  allowedLabels,
  INFO_ROWS,
  type InfoField,
  LEADING_COLUMNS,
  labelOf,
  SHEETS,
  TRAILING_COLUMNS,
  targetHeader,
} from './excel-layout.ts';

/** Years shown by the blank template; the official edits the headers to the framework's years. */
const BLANK_YEARS = [2024, 2025];

/**
 * The Excel template for typing a decision's annex: an instructions sheet, the framework's identity and one
 * row per item. Given a framework, the rows are filled in (an export that `parseFrameworkExcel` reads back).
 */
export async function buildFrameworkWorkbook(framework?: Framework): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = 'Xã Số';
  addGuide(workbook.addWorksheet(SHEETS.guide));
  addInfo(workbook.addWorksheet(SHEETS.info), framework);
  addItems(workbook.addWorksheet(SHEETS.items, { views: [{ state: 'frozen', ySplit: 1 }] }), framework);
  return workbook;
}

/** The template (or a filled-in export) as .xlsx bytes, ready to download. */
export async function buildFrameworkTemplate(framework?: Framework): Promise<Buffer> {
  return Buffer.from(await (await buildFrameworkWorkbook(framework)).xlsx.writeBuffer());
}

function addGuide(sheet: ExcelJS.Worksheet): void {
  sheet.getColumn(1).width = 120;
  const lines = [
    'MẪU NHẬP BỘ TIÊU CHÍ / BỘ CHỈ SỐ CHUYỂN ĐỔI SỐ',
    '',
    `1. Trang "${SHEETS.info}": ghi mã bộ (chữ thường, số, dấu gạch, ví dụ qd-1829-2023), tên, số hiệu văn bản,`,
    '   ngày ban hành (yyyy-mm-dd), cơ quan ban hành, loại, đối tượng áp dụng và các năm (cách nhau bởi dấu phẩy).',
    `   Loại: ${allowedLabels('kind')}. Áp dụng cho: ${allowedLabels('appliesTo')}.`,
    `2. Trang "${SHEETS.items}": mỗi dòng một tiêu chí (chỉ số). Ghi lại mã và tên nhóm ở mọi dòng của nhóm.`,
    `   Cách đo: ${allowedLabels('measure')}. Với "Tỷ lệ", ghi rõ tử số và mẫu số là gì.`,
    '   Với "Mức", ghi các mức từ thấp đến cao, cách nhau bởi dấu chấm phẩy.',
    '3. Cột "Chỉ tiêu <năm>" (chỉ với bộ tiêu chí): sửa tiêu đề theo các năm của bộ, thêm cột nếu cần.',
    '   Ghi ">= 75" (tỷ lệ %, đạt khi từ 75% trở lên), "Có", tên một mức (ví dụ "Đáp ứng"), hoặc "*" nếu chỉ tiêu',
    '   định tính do thẩm định viên đánh giá. Để trống nếu năm đó không có chỉ tiêu.',
    `   Phân loại: ${allowedLabels('dependency')}.`,
    `4. Với bộ chỉ số: "Điểm tối đa" (để trống nếu chưa biết) và "Cách chấm": ${allowedLabels('rule')}.`,
    '   Tham số cách chấm: Theo mức → "Chủ tịch = 20; Phó chủ tịch = 10"; Theo ngưỡng → ">= 80";',
    '   Thẩm định viên chấm → "0-20" (hoặc "0-?" nếu chưa biết điểm tối đa).',
    `5. Nguồn: văn bản đã đọc ra số liệu. Trạng thái nguồn: ${allowedLabels('status')}.`,
    '6. Khi nhập, hệ thống báo lỗi theo trang, dòng và cột; tệp có lỗi sẽ không được nhập phần nào.',
  ];
  lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
}

function addInfo(sheet: ExcelJS.Worksheet, framework?: Framework): void {
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 80;
  const values: Record<InfoField, string> = {
    id: framework?.id ?? '',
    title: framework?.title ?? '',
    description: framework?.description ?? '',
    'legalBasis.number': framework?.legalBasis.number ?? '',
    'legalBasis.date': framework?.legalBasis.date ?? '',
    'legalBasis.issuer': framework?.legalBasis.issuer ?? '',
    kind: labelOf('kind', framework?.kind ?? 'criteria'),
    appliesTo: labelOf('appliesTo', framework?.appliesTo ?? 'commune'),
    years: (framework?.years ?? BLANK_YEARS).join(', '),
  };
  INFO_ROWS.forEach(([field, label], i) => {
    sheet.getCell(i + 1, 1).value = label;
    sheet.getCell(i + 1, 1).font = { bold: true };
    // Text format keeps "2023-05-30" and "2023, 2024" from being turned into dates or numbers by Excel.
    sheet.getCell(i + 1, 2).numFmt = '@';
    sheet.getCell(i + 1, 2).value = values[field];
  });
}

function addItems(sheet: ExcelJS.Worksheet, framework?: Framework): void {
  const years = framework?.years ?? BLANK_YEARS;
  const headers = [
    ...LEADING_COLUMNS.map(([, h]) => h),
    ...years.map(targetHeader),
    ...TRAILING_COLUMNS.map(([, h]) => h),
  ];
  const header = sheet.getRow(1);
  headers.forEach((h, i) => {
    header.getCell(i + 1).value = h;
    sheet.getColumn(i + 1).width = i === 3 ? 60 : 18;
    sheet.getColumn(i + 1).numFmt = '@';
  });
  header.font = { bold: true };
  for (const group of framework?.groups ?? []) {
    for (const item of group.items) {
      sheet.addRow([
        group.code,
        group.name,
        item.code,
        item.name,
        item.unit ?? '',
        labelOf('measure', item.measure.kind),
        item.measure.kind === 'ratio' ? item.measure.numeratorLabel : '',
        item.measure.kind === 'ratio' ? item.measure.denominatorLabel : '',
        item.measure.kind === 'level' ? item.measure.levels.join('; ') : '',
        ...years.map((y) => (item.targets ? formatTargetText(item.targets[String(y)] ?? null) : '')),
        item.dependency ? labelOf('dependency', item.dependency) : '',
        item.maxPoints ?? '',
        item.rule ? labelOf('rule', item.rule.kind) : '',
        item.rule ? ruleParams(item.rule) : '',
        item.guidance?.evidence ?? '',
        item.provenance.source,
        labelOf('status', item.provenance.status),
        item.provenance.note ?? '',
      ]);
    }
  }
}

export function ruleParams(rule: Rule): string {
  switch (rule.kind) {
    case 'tiered':
      return rule.tiers.map((t) => `${t.level} = ${t.points}`).join('; ');
    case 'threshold':
      return `${rule.comparator} ${rule.rate}`;
    case 'manual':
      return `${rule.min}-${rule.max ?? '?'}`;
    default:
      return '';
  }
}
