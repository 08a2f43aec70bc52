import { type FrameworkIssue, validateFramework } from '@xaso/domain/framework/validate';
import { loadExcelJS } from '../../../load-exceljs.ts';
import { cellText } from './excel-cells.ts';
import {
  allowedLabels,
  type ColumnKey,
  codeOf,
  columnLetter,
  INFO_ROWS,
  type InfoField,
  LEADING_COLUMNS,
  SHEETS,
  TARGET_HEADER_PATTERN,
  TRAILING_COLUMNS,
} from './excel-layout.ts';
import { readItemRow } from './excel-rows.ts';
import type { FrameworkFileError, FrameworkParseResult } from './result.ts';

/**
 * Reads a framework from the Excel template (see `buildFrameworkTemplate`). Errors name the file, the sheet,
 * the row and the column; a file with any error yields no framework.
 */
export async function parseFrameworkExcel(
  buffer: Buffer | ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<FrameworkParseResult> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(buffer));
  } catch {
    return {
      ok: false,
      errors: [
        {
          location: fileName,
          field: '',
          message: 'Không đọc được tệp Excel (.xlsx). Hãy dùng mẫu tải từ hệ thống.',
        },
      ],
    };
  }
  const errors: FrameworkFileError[] = [];
  const at = (sheet: string, row: number, column: number | null, header: string, message: string) => {
    const col = column === null ? '' : `, cột ${columnLetter(column)} (${header})`;
    errors.push({
      location: `${fileName}, trang "${sheet}", dòng ${row}${col}`,
      field: header,
      message,
      sheet,
      row,
      ...(column === null ? {} : { column: columnLetter(column) }),
    });
  };
  const infoSheet = workbook.getWorksheet(SHEETS.info);
  const itemSheet = workbook.getWorksheet(SHEETS.items);
  for (const [name, sheet] of [
    [SHEETS.info, infoSheet],
    [SHEETS.items, itemSheet],
  ] as const) {
    if (!sheet)
      errors.push({
        location: fileName,
        field: '',
        sheet: name,
        message: `Thiếu trang "${name}" của mẫu nhập`,
      });
  }
  if (!infoSheet || !itemSheet) return { ok: false, errors };

  // Identity: label in column A, value in column B, in any order.
  const infoRow = new Map<InfoField, number>();
  const info = new Map<InfoField, string>();
  infoSheet.eachRow((row, r) => {
    const entry = INFO_ROWS.find(([, label]) => label === cellText(row.getCell(1)));
    if (entry) {
      infoRow.set(entry[0], r);
      info.set(entry[0], cellText(row.getCell(2)));
    }
  });
  const infoError = (field: InfoField, message: string) =>
    at(SHEETS.info, infoRow.get(field) ?? 1, 2, INFO_ROWS.find(([f]) => f === field)?.[1] ?? field, message);
  for (const [field, label] of INFO_ROWS) {
    if (!infoRow.has(field) && field !== 'description')
      at(SHEETS.info, 1, null, label, `Thiếu dòng "${label}"`);
  }
  const kind = info.get('kind') ? codeOf('kind', info.get('kind') ?? '') : null;
  if (kind === null) infoError('kind', `Loại không hợp lệ; chọn một trong: ${allowedLabels('kind')}`);
  const appliesTo = codeOf('appliesTo', info.get('appliesTo') ?? '');
  if (appliesTo === null)
    infoError('appliesTo', `Đối tượng không hợp lệ; chọn một trong: ${allowedLabels('appliesTo')}`);
  const yearTexts = (info.get('years') ?? '').split(/[,;\s]+/).filter(Boolean);
  const years = yearTexts.map(Number);
  if (years.length === 0 || years.some((y) => !Number.isInteger(y))) {
    infoError('years', 'Các năm phải là số có 4 chữ số, cách nhau bởi dấu phẩy, ví dụ "2023, 2024, 2025"');
  }

  // Items: columns found by header, so an official may reorder or widen them.
  const columns = new Map<ColumnKey, number>();
  const headerRow = itemSheet.getRow(1);
  headerRow.eachCell((cell, c) => {
    const text = cellText(cell);
    const known = [...LEADING_COLUMNS, ...TRAILING_COLUMNS].find(([, h]) => h === text);
    if (known) columns.set(known[0], c);
    const year = TARGET_HEADER_PATTERN.exec(text)?.[1];
    if (year) columns.set(`target:${Number(year)}`, c);
  });
  for (const [key, header] of [...LEADING_COLUMNS, ...TRAILING_COLUMNS]) {
    if (!columns.has(key)) at(SHEETS.items, 1, null, header, `Thiếu cột "${header}"`);
  }
  for (const year of years) {
    if (kind === 'criteria' && !columns.has(`target:${year}`)) {
      at(SHEETS.items, 1, null, `Chỉ tiêu ${year}`, `Thiếu cột "Chỉ tiêu ${year}" cho năm ${year} của bộ`);
    }
  }
  const headerOf = (key: ColumnKey) => cellText(headerRow.getCell(columns.get(key) ?? 1)) || key;

  const groups: { code: string; name: string; items: Record<string, unknown>[]; rows: number[] }[] = [];
  // By code, so each row finds its group in constant time (a search per row was quadratic in a large sheet).
  const groupByCode = new Map<string, (typeof groups)[number]>();
  itemSheet.eachRow((row, r) => {
    if (r === 1) return;
    const cell = (key: ColumnKey) => {
      const c = columns.get(key);
      return c === undefined ? '' : cellText(row.getCell(c));
    };
    const fail = (key: ColumnKey, message: string) =>
      at(SHEETS.items, r, columns.get(key) ?? null, headerOf(key), message);
    if ([...columns.keys()].every((key) => cell(key) === '')) return;
    const groupCode = cell('groupCode');
    let group = groupByCode.get(groupCode);
    if (!group) {
      group = { code: groupCode, name: cell('groupName'), items: [], rows: [] };
      groups.push(group);
      groupByCode.set(groupCode, group);
    } else if (cell('groupName') && cell('groupName') !== group.name) {
      fail('groupName', `Nhóm ${groupCode} đã có tên "${group.name}" ở dòng ${group.rows[0]}`);
    }
    group.items.push(readItemRow(cell, kind ?? 'criteria', years, fail));
    group.rows.push(r);
  });
  if (groups.length === 0) at(SHEETS.items, 2, null, '', 'Chưa có dòng tiêu chí / chỉ số nào');
  if (errors.length > 0) return { ok: false, errors };

  const data = {
    id: info.get('id'),
    title: info.get('title'),
    ...(info.get('description') ? { description: info.get('description') } : {}),
    legalBasis: {
      number: info.get('legalBasis.number'),
      date: info.get('legalBasis.date'),
      issuer: info.get('legalBasis.issuer'),
    },
    kind,
    appliesTo,
    years,
    groups: groups.map((g) => ({ code: g.code, name: g.name, items: g.items })),
  };
  const validation = validateFramework(data);
  if (validation.ok) return validation;
  for (const issue of validation.issues) {
    const [top, g, sub, i, ...rest] = issue.path;
    if (top !== 'groups' || typeof g !== 'number') {
      const field = fieldFromPath(issue.path);
      infoError(field ?? 'id', issue.message);
      continue;
    }
    const group = groups[g];
    const row = typeof i === 'number' ? group?.rows[i] : group?.rows[0];
    const key =
      sub === 'items' && typeof i === 'number' ? columnFor(rest) : sub === 'name' ? 'groupName' : 'groupCode';
    at(SHEETS.items, row ?? 2, columns.get(key) ?? null, headerOf(key), issue.message);
  }
  return { ok: false, errors };
}

function fieldFromPath(path: FrameworkIssue['path']): InfoField | null {
  const joined = path.filter((p) => typeof p === 'string').join('.');
  return INFO_ROWS.find(([f]) => joined.startsWith(f))?.[0] ?? null;
}

/** Which column holds the item field a validation issue points at. */
function columnFor(path: FrameworkIssue['path']): ColumnKey {
  const [field, sub] = path;
  switch (field) {
    case 'measure':
      return sub === 'numeratorLabel' || sub === 'denominatorLabel' || sub === 'levels' ? sub : 'measure';
    case 'targets':
      return typeof sub === 'string' && /^\d{4}$/.test(sub) ? `target:${Number(sub)}` : 'code';
    case 'rule':
      return sub === undefined || sub === 'kind' ? 'rule' : 'ruleParams';
    case 'guidance':
      return 'evidence';
    case 'provenance':
      return sub === 'status' || sub === 'note' ? sub : 'source';
    case 'code':
    case 'name':
    case 'unit':
    case 'dependency':
    case 'maxPoints':
      return field;
    default:
      return 'code';
  }
}

function toArrayBuffer(buffer: Buffer | ArrayBuffer | Uint8Array): ArrayBuffer {
  if (buffer instanceof ArrayBuffer) return buffer;
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
