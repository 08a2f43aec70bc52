import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The classification (seed 002, Điều 2.2) through the API: a commune marks criteria in its workspace as done
 * alone or needing support; the office and the committee head see the counts and the list, filtered, and
 * export them for the head's report.
 */

const blank = {
  numerator: null,
  denominator: null,
  value: null,
  typedPercent: null,
  selfPoints: null,
  selfPointsReason: null,
  selfJudgement: null,
  selfJudgementReason: null,
  status: null,
  capability: null,
  plannedCompletion: null,
  notes: null,
  difficulties: null,
  expectedVersion: 0,
};

let t: TestApp;
let cycleId: string;
let ids: Record<string, string>;

async function classification(query = '', username = 'vhtt.thuongxuan') {
  return (await t.as(username)).get(`/api/cycles/${cycleId}/classification${query}`);
}

beforeAll(async () => {
  t = await createTestApp();
  ({
    cycle: { id: cycleId },
    ids,
  } = await openThuongXuanCycle(t));
});
afterAll(() => t.close());

describe('the classification of Thường Xuân’s 2024 cycle', () => {
  it('lists the three communes and the 36 criteria that apply (2.5 does not), every one unset at first', async () => {
    const res = await classification();
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.communes).toEqual([
      { id: ids['Xã Bát Mọt'], name: 'Xã Bát Mọt', submitted: false },
      { id: ids['Xã Xuân Lẹ'], name: 'Xã Xuân Lẹ', submitted: false },
      { id: ids['Xã Yên Nhân'], name: 'Xã Yên Nhân', submitted: false },
    ]);
    expect(body.criteria).toHaveLength(36);
    expect(body.criteria.map((c: { code: string }) => c.code)).not.toContain('2.5');
    expect(body.rows).toHaveLength(108);
    expect(body.summary.totals).toEqual({ independent: 0, needsSupport: 0, unset: 108, total: 108 });
  });

  it('counts what Bát Mọt marks in its workspace: 2.4 needs support, 1.1 done alone', async () => {
    const officer = await t.as('canbo.batmot');
    const ws = await officer.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`);
    const assessmentId = ws.json().assessment.id;
    const save = (code: string, body: object) =>
      officer.put(`/api/assessments/${assessmentId}/items/criterion/${code}`, { ...blank, ...body });
    expect(
      (await save('2.4', { capability: 'needs_support', plannedCompletion: 'Quý IV/2024' })).statusCode,
    ).toBe(200);
    expect((await save('1.1', { value: true, capability: 'independent' })).statusCode).toBe(200);
    // A figure without a judgement stays unset.
    expect((await save('1.2', { numerator: 10, denominator: 12 })).statusCode).toBe(200);

    const body = (await classification()).json();
    expect(
      body.summary.byCommune.find((c: { communeUnitId: string }) => c.communeUnitId === ids['Xã Bát Mọt']),
    ).toEqual({ communeUnitId: ids['Xã Bát Mọt'], independent: 1, needsSupport: 1, unset: 34, total: 36 });
    expect(
      body.summary.byCriterion.find((c: { criterionCode: string }) => c.criterionCode === '2.4'),
    ).toEqual({
      criterionCode: '2.4',
      independent: 0,
      needsSupport: 1,
      unset: 2,
      total: 3,
    });
    expect(body.summary.totals).toEqual({ independent: 1, needsSupport: 1, unset: 106, total: 108 });

    const needs = (await classification('?value=needs_support', 'truongbcd.thuongxuan')).json();
    expect(needs.rows).toEqual([
      {
        communeUnitId: ids['Xã Bát Mọt'],
        criterionCode: '2.4',
        value: 'needs_support',
        plannedCompletion: 'Quý IV/2024',
      },
    ]);
    // The counts stay those of the whole table whatever the filter.
    expect(needs.summary).toEqual(body.summary);
  });

  it('filters by several communes, criteria and values given as repeated parameters', async () => {
    const res = await classification(
      `?communeUnitId=${ids['Xã Bát Mọt']}&communeUnitId=${ids['Xã Yên Nhân']}&criterionCode=1.1&criterionCode=2.4&value=unset&value=independent`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json()
        .rows.map((r: { communeUnitId: string; criterionCode: string; value: string }) => [
          r.communeUnitId === ids['Xã Bát Mọt'] ? 'Bát Mọt' : 'Yên Nhân',
          r.criterionCode,
          r.value,
        ]),
    ).toEqual([
      ['Bát Mọt', '1.1', 'independent'],
      ['Yên Nhân', '1.1', 'unset'],
      ['Yên Nhân', '2.4', 'unset'],
    ]);
    const bad = await classification('?value=maybe');
    expect(bad.statusCode).toBe(400);
  });

  it('says which communes have submitted their self-review', async () => {
    const head = await t.as('chutich.batmot');
    const ws = await head.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`);
    const submitted = await head.post(`/api/assessments/${ws.json().assessment.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const communes = (await classification()).json().communes;
    expect(communes.map((c: { submitted: boolean }) => c.submitted)).toEqual([true, false, false]);
  });

  it('exports the commune × criterion table with its counts, and the list needing support', async () => {
    const res = await (await t.as('truongbcd.thuongxuan')).get(
      `/api/cycles/${cycleId}/classification/export.xlsx`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rowsOf = (name: string) =>
      Array.from(workbook.getWorksheet(name)!.getSheetValues(), (row) =>
        Array.isArray(row) ? row.slice(1) : [],
      );

    const table = rowsOf('Phân loại');
    const header = table.find((r) => r[0] === 'STT')!;
    expect(header).toEqual([
      'STT',
      'Tiêu chí',
      'Xã Bát Mọt',
      'Xã Xuân Lẹ (chưa gửi)',
      'Xã Yên Nhân (chưa gửi)',
      'Xã tự hoàn thành',
      'Cần hỗ trợ',
      'Chưa phân loại',
    ]);
    const line = (first: string | undefined, second?: string) =>
      table.find((r) => r[0] === first && (second === undefined || r[1] === second))!;
    expect(line('2.4').slice(2)).toEqual(['HT', undefined, undefined, 0, 1, 2]);
    expect(line('1.1').slice(2)).toEqual(['TH', undefined, undefined, 1, 0, 2]);
    expect(line(undefined, 'Số tiêu chí cần hỗ trợ').slice(2)).toEqual([1, 0, 0, undefined, 1]);
    expect(line(undefined, 'Số tiêu chí chưa phân loại').slice(2)).toEqual([
      34,
      36,
      36,
      undefined,
      undefined,
      106,
    ]);
    expect(table.filter((r) => /^\d\.\d+$/.test(String(r[0])))).toHaveLength(36);

    const needs = rowsOf('Cần hỗ trợ');
    expect(needs.find((r) => r[1] === 'Xã Bát Mọt (1 tiêu chí)')).toBeDefined();
    const row = needs.find((r) => r[0] === '2.4')!;
    expect(row[1]).toContain('thanh toán không dùng tiền mặt');
    expect(row[2]).toBe('Quý IV/2024');
  });
});

describe('who sees the classification', () => {
  it('is for the office, the province and the committee head; a member or the administrator is refused', async () => {
    expect((await classification('', 'so.cds')).statusCode).toBe(200);
    expect((await classification('', 'bcd.thuongxuan')).statusCode).toBe(403);
    expect((await classification('', 'admin')).statusCode).toBe(403);
  });

  it('is not for the communes (403), nor for another district (404)', async () => {
    expect((await classification('', 'canbo.batmot')).statusCode).toBe(403);
    expect((await classification('', 'canbo.yennhan')).statusCode).toBe(403);
    const hoangHoa = await (await t.as('so.cds')).post('/api/cycles', {
      year: 2024,
      scopeId: (await (await t.as('admin')).get('/api/org-units?q=Huyện Hoằng Hóa')).json().items[0].id,
      criteriaFrameworkId: 'qd-1829-2023',
      indexFrameworkId: null,
      deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
      communeIds: [(await (await t.as('admin')).get('/api/org-units?q=Xã Hoằng Cát')).json().items[0].id],
    });
    expect(hoangHoa.statusCode, hoangHoa.body).toBe(200);
    for (const url of ['classification', 'classification/export.xlsx']) {
      const res = await (await t.as('vhtt.thuongxuan')).get(`/api/cycles/${hoangHoa.json().id}/${url}`);
      expect(res.statusCode, url).toBe(404);
    }
  });
});
