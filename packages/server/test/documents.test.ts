import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_001 } from '../../../frameworks/seed-001-hoang-cat-2024.ts';
import { convertToPdf, findSoffice } from '../src/modules/documents/convert-pdf.ts';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { generateDocument } from './support/generate-document.ts';
import { enterHoangCat2024 } from './support/hoang-cat.ts';
import { findTable, paragraphTexts, readDocx, tableTexts } from './support/read-docx.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The commune's documents made from the data entered: Hoằng Cát 2024 (seed 001) as the report of results, and
 * the figures of seed 003 as the index self-assessment. Each file is read back and compared row by row. The PDFs,
 * which need LibreOffice, are in documents-reports-pdf.system.test.ts; here, only what happens without it.
 */
let t: TestApp;
let hoangCat: Awaited<ReturnType<typeof enterHoangCat2024>>;
beforeAll(async () => {
  t = await createTestApp();
  hoangCat = await enterHoangCat2024(t);
});
afterAll(() => t.close());

type Client = Awaited<ReturnType<TestApp['as']>>;

const generate = (client: Client, assessmentId: string, body: Record<string, unknown>) =>
  generateDocument(t, client, assessmentId, body);

/** Seed 001's appendix rows as printed: TT, target, level reached ("100%" for a done yes/no or level). */
function seedRow(code: string): [string, string, string] {
  const [target, reached] = SEED_001[code]!;
  const percent = (n: number) => `${String(n).replace('.', ',')}%`;
  return [
    code,
    typeof target === 'number' ? percent(target) : target,
    typeof reached === 'number' ? percent(reached) : reached,
  ];
}

const GROUPS = [
  ['1', 'Chính quyền số'],
  ['2', 'Kinh tế số'],
  ['3', 'Xã hội số'],
  ['4', 'Hạ tầng số'],
];

describe('the commune’s report of results (seed 001)', () => {
  it('Word: Phụ lục 1 holds every criterion of the seed with its target and level reached, grouped, and the count', async () => {
    const { job, file, bytes } = await generate(hoangCat.officer, hoangCat.assessmentId, {
      kind: 'commune_report',
      format: 'docx',
    });
    expect(job.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(job.fileName).toBe('Báo cáo kết quả chuyển đổi số năm 2024 - Xã Hoằng Cát.docx');
    expect(file.headers['content-disposition']).toContain(
      'filename="Bao cao ket qua chuyen doi so nam 2024 - Xa Hoang Cat.docx"',
    );
    expect(file.headers['content-type']).toContain('wordprocessingml');

    const { document } = await readDocx(bytes);
    const rows = tableTexts(findTable(document, 'TT'));
    expect(rows[0]).toEqual([
      'TT',
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu cụ thể',
      'Mức độ hoàn thành',
      'Thời gian hoàn thành',
      'Ghi chú',
    ]);
    const body = rows.slice(1);
    expect(body.filter((r) => GROUPS.some(([code]) => r[0] === code)).map((r) => r.slice(0, 2))).toEqual(
      GROUPS,
    );
    const items = body.filter((r) => r[0]!.includes('.'));
    expect(items.map((r) => r[0])).toEqual(Object.keys(SEED_001));
    for (const row of items) {
      const [code, target, reached] = seedRow(row[0]!);
      expect([row[0], row[3], row[4]], code).toEqual([code, target, reached]);
      expect(row[5]).toBe('Nhiệm vụ thường xuyên');
    }
    expect(items.find((r) => r[0] === '1.6')).toEqual([
      '1.6',
      'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến',
      '%',
      '75%',
      '92,1%',
      'Nhiệm vụ thường xuyên',
      '',
    ]);
    expect(items.find((r) => r[0] === '2.4')![6]).toBe('Chưa đạt');
    const text = paragraphTexts(document).join('\n');
    expect(text).toContain('Tổng số chỉ tiêu: 37; số chỉ tiêu đạt: 23/37 (62,2%).');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Năm 2024, xã thực hiện 37 chỉ tiêu; đến nay đạt 23/37 chỉ tiêu');
    expect(text).toContain(
      'theo Quyết định số 1829/QĐ-UBND ngày 30/05/2023 của Chủ tịch UBND tỉnh Thanh Hóa',
    );
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('UBND huyện Hoằng Hóa (b/c);');
  });

  it('Excel: the same rows, percentages stored as numbers, the header frozen', async () => {
    const { bytes } = await generate(hoangCat.officer, hoangCat.assessmentId, {
      kind: 'commune_report',
      format: 'xlsx',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Phụ lục 1 - Chỉ tiêu');
    const values: unknown[][] = [];
    let headerRow = 0;
    sheet.eachRow((row, number) => {
      values.push((row.values as unknown[]).slice(1));
      if (row.getCell(1).value === 'TT') headerRow = number;
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    const items = values.filter((r) => typeof r[0] === 'string' && /^\d+\.\d+$/.test(r[0]));
    expect(items.map((r) => r[0])).toEqual(Object.keys(SEED_001));
    const row16 = items.find((r) => r[0] === '1.6')!;
    expect(row16[4]).toBe(92.1);
    expect(items.find((r) => r[0] === '4.7')![4]).toBe('Chưa');
    for (const row of items) {
      const [code, target] = seedRow(row[0] as string);
      expect(row[3], code).toBe(target);
    }
  });

  it('remembers the form: the signer and number used come back as the next defaults', async () => {
    const client = hoangCat.officer;
    const { defaults } = (await client.get(`/api/assessments/${hoangCat.assessmentId}/documents`)).json();
    const { job } = await generate(client, hoangCat.assessmentId, {
      kind: 'commune_report',
      format: 'docx',
      letterhead: {
        ...defaults.letterhead,
        number: '125',
        signature: { ...defaults.letterhead.signature, name: 'Nguyễn Văn An' },
      },
    });
    const list = (await client.get(`/api/assessments/${hoangCat.assessmentId}/documents`)).json();
    expect(list.defaults.letterhead).toMatchObject({ number: '125', signature: { name: 'Nguyễn Văn An' } });
    expect(list.items.find((i: { id: string }) => i.id === job.id)).toMatchObject({
      status: 'done',
      createdBy: 'Cán bộ xã Hoằng Cát',
      format: 'docx',
    });
  });

  it('refuses bad form values with a message on the field and queues nothing', async () => {
    const client = hoangCat.officer;
    const before = (await client.get(`/api/assessments/${hoangCat.assessmentId}/documents`)).json();
    const res = await client.post(`/api/assessments/${hoangCat.assessmentId}/documents`, {
      ...before.defaults,
      kind: 'commune_report',
      format: 'docx',
      letterhead: { ...before.defaults.letterhead, issuingBody: '', date: '2024-02-30' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toMatchObject({
      'letterhead.issuingBody': 'Nhập tên cơ quan ban hành.',
      'letterhead.date': 'Ngày không hợp lệ.',
    });
    const after = (await client.get(`/api/assessments/${hoangCat.assessmentId}/documents`)).json();
    expect(after.items).toHaveLength(before.items.length);
  });

  it('another commune’s officer gets 404 for the list, the job and the file, and cannot make a document', async () => {
    const { job } = await generate(hoangCat.officer, hoangCat.assessmentId, {
      kind: 'commune_report',
      format: 'xlsx',
    });
    const other = await t.as('canbo.batmot');
    expect((await other.get(`/api/assessments/${hoangCat.assessmentId}/documents`)).statusCode).toBe(404);
    expect((await other.get(`/api/documents/${job.id}`)).statusCode).toBe(404);
    expect((await other.get(`/api/documents/${job.id}/file`)).statusCode).toBe(404);
    // A body the insider would be given 202 for, so that only the scope check can refuse it (a body missing
    // its letterhead is refused with 400 before any scope check, whoever sends it).
    const before = (await hoangCat.officer.get(`/api/assessments/${hoangCat.assessmentId}/documents`)).json();
    const body = { ...before.defaults, kind: 'commune_report', format: 'docx' };
    const post = await other.post(`/api/assessments/${hoangCat.assessmentId}/documents`, body);
    expect(post.statusCode, post.body).toBe(404);
    expect(post.json().code).toBe('NOT_FOUND');
    await t.app.documentJobs.idle();
    const after = (await hoangCat.officer.get(`/api/assessments/${hoangCat.assessmentId}/documents`)).json();
    expect(after.items).toEqual(before.items);
    // The same body from the commune's own officer is accepted: the refusal above is the scope, not the body.
    const own = await hoangCat.officer.post(`/api/assessments/${hoangCat.assessmentId}/documents`, body);
    expect(own.statusCode, own.body).toBe(202);
    await t.app.documentJobs.idle();
  });
});

describe('the index self-assessment report (seed 003 figures)', () => {
  it('per indicator the result with its raw figures, the evidence cited, the points with their working, group subtotals', async () => {
    const { cycle, ids } = await openThuongXuanCycle(t, { year: 2024 });
    const officer = await t.as('canbo.batmot');
    const ws = (await officer.get(`/api/cycles/${cycle.id}/communes/${ids['Xã Bát Mọt']}/workspace`)).json();
    const save = (code: string, body: Record<string, unknown>) =>
      officer.put(`/api/assessments/${ws.assessment.id}/items/indicator/${code}`, {
        ...body,
        expectedVersion: 0,
      });
    // Seed 003: 7.4 "7/19 doanh nghiệp nộp thuế điện tử" → 3,68 điểm; 8.1 "1.068/6.633" → 1,61 điểm.
    expect(
      (await save('7.4', { numerator: 7, denominator: 19, notes: 'Qua khảo sát trên địa bàn xã' }))
        .statusCode,
    ).toBe(200);
    expect((await save('8.1', { numerator: 1068, denominator: 6633 })).statusCode).toBe(200);
    expect((await save('1.1', { value: true })).statusCode).toBe(200);

    const { bytes } = await generate(officer, ws.assessment.id, { kind: 'index_report', format: 'docx' });
    const { document } = await readDocx(bytes);
    const rows = tableTexts(findTable(document, 'TT'));
    expect(rows[0]).toEqual([
      'TT',
      'Chỉ số (yêu cầu)',
      'Kết quả thực hiện',
      'Minh chứng',
      'Điểm tối đa',
      'Điểm tự chấm',
      'Cách tính',
    ]);
    const row74 = rows.find((r) => r[0] === '7.4')!;
    expect(row74[2]).toBe('7/19 = 36,8%\nQua khảo sát trên địa bàn xã');
    expect(row74[5]).toBe('3,68');
    expect(row74[6]).toContain('7/19');
    expect(rows.find((r) => r[0] === '8.1')![5]).toBe('1,61');
    expect(rows.find((r) => r[0] === '1.1')![2]).toBe('Có');
    const subtotal7 = rows.find((r) => r[1] === 'Cộng nhóm 7')!;
    expect(subtotal7[5]).toBe('3,68');
    expect(rows.at(-1)![1]).toBe('Tổng cộng');
    const text = paragraphTexts(document).join('\n');
    expect(text).toContain('Chưa biết tổng điểm tối đa');
    expect(text).toContain('Kết quả tự đánh giá, xếp hạng mức độ chuyển đổi số');

    // The same table in Excel, points as numbers (the PDF is in documents-reports-pdf.system.test.ts).
    const xlsx = await generate(officer, ws.assessment.id, { kind: 'index_report', format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Bảng tự chấm điểm')!;
    const byCode = new Map<string, unknown[]>();
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      byCode.set(String(values[0] ?? values[1]), values);
    });
    expect(byCode.get('7.4')?.[5]).toBe(3.68);
    expect(byCode.get('8.1')?.[5]).toBe(1.61);
    expect(byCode.get('Cộng nhóm 7')?.[5]).toBe(3.68);
  });

  it('a cycle without an index cannot make the index report, and says why', async () => {
    const res = await hoangCat.officer.post(`/api/assessments/${hoangCat.assessmentId}/documents`, {
      ...(await hoangCat.officer.get(`/api/assessments/${hoangCat.assessmentId}/documents`)).json().defaults,
      kind: 'index_report',
      format: 'docx',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.kind).toBe('Kỳ đánh giá này không dùng Bộ chỉ số.');
  });
});

describe('without LibreOffice', () => {
  it('the converter says plainly that LibreOffice cannot be run, and none is found at a missing path', async () => {
    await expect(
      convertToPdf(Buffer.from('not a docx'), 'x', { sofficePath: '/nonexistent/soffice' }),
    ).rejects.toThrow(/LibreOffice could not be started/);
    expect(await findSoffice({ SOFFICE_PATH: '/nonexistent/soffice' })).toBeNull();
  });

  it('PDF is refused plainly; Word still works', async () => {
    const bare = await createTestApp({ soffice: { SOFFICE_PATH: '/nonexistent/soffice' } });
    try {
      const ws = await enterHoangCat2024(bare);
      const list = (await ws.officer.get(`/api/assessments/${ws.assessmentId}/documents`)).json();
      expect(list.pdfAvailable).toBe(false);
      const pdf = await ws.officer.post(`/api/assessments/${ws.assessmentId}/documents`, {
        ...list.defaults,
        kind: 'commune_report',
        format: 'pdf',
      });
      expect(pdf.statusCode).toBe(503);
      expect(pdf.json().message).toContain('chưa cài LibreOffice');
      const docx = await ws.officer.post(`/api/assessments/${ws.assessmentId}/documents`, {
        ...list.defaults,
        kind: 'commune_report',
        format: 'docx',
      });
      expect(docx.statusCode).toBe(202);
      await bare.app.documentJobs.idle();
      expect((await ws.officer.get(`/api/documents/${docx.json().id}`)).json().status).toBe('done');
    } finally {
      await bare.close();
    }
  }, 60_000);
});
