import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Framework } from '@xaso/domain/framework/schema';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildFrameworkTemplate,
  buildFrameworkWorkbook,
} from '../src/modules/frameworks/parse/build-template.ts';
import { parseFrameworkExcel } from '../src/modules/frameworks/parse/parse-excel.ts';
import { parseFrameworkYaml } from '../src/modules/frameworks/parse/parse-yaml.ts';

// No database: these tests only read and write files in memory.
const FRAMEWORKS = path.resolve(import.meta.dirname, '../../../frameworks/thanh-hoa');

const small: Framework = {
  id: 'thu-nghiem-2024',
  title: 'Bộ tiêu chí thử nghiệm',
  description: 'Hai nhóm, năm tiêu chí',
  legalBasis: { number: '12/QĐ-UBND', date: '2024-01-15', issuer: 'Chủ tịch UBND tỉnh Thanh Hóa' },
  kind: 'criteria',
  appliesTo: 'commune',
  years: [2024, 2025],
  groups: [
    {
      code: '1',
      name: 'Chính quyền số',
      items: [
        {
          code: '1.6',
          name: 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến',
          unit: '%',
          measure: { kind: 'ratio', numeratorLabel: 'hồ sơ trực tuyến', denominatorLabel: 'hồ sơ tiếp nhận' },
          targets: { '2024': { comparator: '>=', value: 75 }, '2025': { comparator: '>=', value: 80 } },
          dependency: 'independent',
          guidance: { evidence: 'Số liệu Hệ thống một cửa điện tử' },
          provenance: { source: 'QĐ 12/QĐ-UBND', status: 'confirmed' },
        },
        {
          code: '1.8',
          name: 'Khai thác cơ sở dữ liệu dùng chung',
          unit: 'Hệ thống',
          measure: { kind: 'level', levels: ['Chưa sử dụng', 'Sử dụng hiệu quả'] },
          targets: { '2024': { comparator: '>=', value: 'Sử dụng hiệu quả' }, '2025': null },
          dependency: 'independent',
          provenance: { source: 'QĐ 12/QĐ-UBND', status: 'inferred', note: 'Mức dưới do nhóm đặt' },
        },
      ],
    },
    {
      code: '4',
      name: 'Hạ tầng số',
      items: [
        {
          code: '4.4',
          name: 'Có hệ thống hội nghị truyền hình trực tuyến',
          measure: { kind: 'yes_no' },
          targets: { '2024': { comparator: '=', value: 'Có' }, '2025': { comparator: '*', value: '*' } },
          dependency: 'dependent',
          provenance: { source: 'QĐ 12/QĐ-UBND', status: 'confirmed' },
        },
      ],
    },
  ],
};

const yamlOf = (file: string) => readFileSync(path.join(FRAMEWORKS, file), 'utf8');

async function roundTrip(framework: Framework) {
  return parseFrameworkExcel(await buildFrameworkTemplate(framework), 'xuat.xlsx');
}

/** Writes the template for `framework`, lets `edit` change the items sheet, and parses it back. */
async function edited(
  framework: Framework,
  edit: (sheet: ExcelJS.Worksheet, info: ExcelJS.Worksheet) => void,
) {
  const workbook = await buildFrameworkWorkbook(framework);
  edit(workbook.getWorksheet('Danh mục')!, workbook.getWorksheet('Thông tin chung')!);
  return parseFrameworkExcel(Buffer.from(await workbook.xlsx.writeBuffer()), 'bo-tieu-chi.xlsx');
}

describe('parseFrameworkYaml', () => {
  it.each([
    'qd-1829-2023.yaml',
    'qd-3853-2022-commune.yaml',
    'commune-criteria-2022.yaml',
    'district-criteria-2022.yaml',
  ])('reads the shipped %s', (file) => {
    const result = parseFrameworkYaml(yamlOf(file), file);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('names the file, the line and the field of a wrong value', () => {
    const text = yamlOf('qd-1829-2023.yaml').replace(
      '"2025": { comparator: ">=", value: 80 }',
      '"2026": { comparator: ">=", value: 80 }',
    );
    const result = parseFrameworkYaml(text, 'qd-1829-2023.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('"2026"')) + 1;
    expect(result.errors).toContainEqual({
      location: `qd-1829-2023.yaml, dòng ${line}`,
      line,
      field: 'groups[0].items[5].targets.2026',
      message: "Mục 1.6, trường 'targets.2026': năm 2026 không thuộc các năm của bộ (2023, 2024, 2025)",
    });
  });

  it('reports a YAML syntax error with its line, in Vietnamese', () => {
    const result = parseFrameworkYaml('id: a\nid: b\n', 'trung.yaml');
    expect(result).toMatchObject({ ok: false, errors: [{ location: 'trung.yaml, dòng 2', line: 2 }] });
    if (!result.ok) expect(result.errors[0]?.message).toContain('Khóa bị trùng');
  });
});

describe('Excel template', () => {
  it('has an instructions sheet in Vietnamese and one row per item', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await buildFrameworkTemplate(small);
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Thông tin chung', 'Danh mục']);
    expect(String(workbook.getWorksheet('Hướng dẫn')?.getCell('A1').value)).toContain('MẪU NHẬP');
    expect(workbook.getWorksheet('Danh mục')?.rowCount).toBe(1 + 3);
  });

  it('round-trips a small framework: the filled template parses back equal', async () => {
    expect(await roundTrip(small)).toEqual({ ok: true, framework: small });
  });

  it.each(['qd-1829-2023.yaml', 'qd-3853-2022-commune.yaml'])('round-trips the shipped %s', async (file) => {
    const parsed = parseFrameworkYaml(yamlOf(file), file);
    if (!parsed.ok) throw new Error(file);
    expect(await roundTrip(parsed.framework)).toEqual({ ok: true, framework: parsed.framework });
  });

  it('a blank template parses to errors, never to a framework', async () => {
    const result = await parseFrameworkExcel(await buildFrameworkTemplate(), 'mau.xlsx');
    expect(result.ok).toBe(false);
  });

  it('names the sheet, row and column of broken rows, and imports nothing', async () => {
    const result = await edited(small, (sheet) => {
      sheet.getCell('F3').value = 'Phần trăm'; // row 3 = item 1.8: unknown measure
      sheet.getCell('J2').value = '> cao'; // row 2 = item 1.6: ">" needs a number
      sheet.getCell('C4').value = '1.6'; // row 4 = item 4.4: duplicate code
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.location)).toEqual([
      'bo-tieu-chi.xlsx, trang "Danh mục", dòng 2, cột J (Chỉ tiêu 2024)',
      'bo-tieu-chi.xlsx, trang "Danh mục", dòng 3, cột F (Cách đo)',
    ]);
    expect(result.errors[1]?.message).toBe(
      '"Phần trăm" không hợp lệ; chọn một trong: Tỷ lệ, Có/Không, Mức, Số lượng, Mô tả',
    );
  });

  it.each<[string, (sheet: ExcelJS.Worksheet, info: ExcelJS.Worksheet) => void, Record<string, unknown>]>([
    [
      'a duplicate code',
      (sheet) => {
        sheet.getCell('C4').value = '1.6';
      },
      {
        location: 'bo-tieu-chi.xlsx, trang "Danh mục", dòng 4, cột C (Mã)',
        message: "Mục 1.6, trường 'code': mã 1.6 bị trùng với một mục khác",
      },
    ],
    [
      'a missing source',
      (sheet) => {
        sheet.getCell('Q3').value = null;
      },
      {
        location: 'bo-tieu-chi.xlsx, trang "Danh mục", dòng 3, cột Q (Nguồn)',
        message: "Mục 1.8, trường 'provenance.source': Không được để trống",
      },
    ],
    [
      'a date not in yyyy-mm-dd',
      (_sheet, info) => {
        info.getCell('B5').value = '15/01/2024';
      },
      { location: 'bo-tieu-chi.xlsx, trang "Thông tin chung", dòng 5, cột B (Ngày ban hành (yyyy-mm-dd))' },
    ],
  ])('maps a domain validation error back to its row and column: %s', async (_name, edit, expected) => {
    const result = await edited(small, edit);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining(expected)] });
  });

  it('refuses a file that is not an Excel workbook', async () => {
    const result = await parseFrameworkExcel(Buffer.from('not a workbook'), 'sai.xlsx');
    expect(result).toMatchObject({ ok: false, errors: [{ location: 'sai.xlsx' }] });
  });
});
