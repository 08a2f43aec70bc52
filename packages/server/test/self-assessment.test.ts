import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let cycleId: string;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  ({
    cycle: { id: cycleId },
    ids,
  } = await openThuongXuanCycle(t));
});
afterAll(() => t.close());

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
};

async function workspace(username: string, commune = 'Xã Bát Mọt') {
  return (await t.as(username)).get(`/api/cycles/${cycleId}/communes/${ids[commune]}/workspace`);
}

async function save(
  username: string,
  assessmentId: string,
  kind: string,
  code: string,
  body: Record<string, unknown>,
) {
  return (await t.as(username)).put(`/api/assessments/${assessmentId}/items/${kind}/${code}`, {
    ...blank,
    ...body,
  });
}

describe('the commune workspace', () => {
  it('lists every criterion with this year’s target and every indicator, with a progress summary', async () => {
    const res = await workspace('canbo.batmot');
    expect(res.statusCode).toBe(200);
    const ws = res.json();
    expect(ws.assessment).toMatchObject({
      year: 2024,
      status: 'draft',
      editable: true,
      commune: { name: 'Xã Bát Mọt' },
    });
    const criteria = ws.items.filter((i: { kind: string }) => i.kind === 'criterion');
    expect(criteria).toHaveLength(37);
    expect(criteria.find((i: { code: string }) => i.code === '1.6').target).toEqual({
      comparator: '>=',
      value: 75,
    });
    expect(criteria.find((i: { code: string }) => i.code === '2.5')).toMatchObject({
      exclusionReason: 'Chưa triển khai trên địa bàn huyện',
      evaluation: { verdict: 'not_applicable' },
    });
    expect(ws.items.some((i: { kind: string }) => i.kind === 'indicator')).toBe(true);
    expect(ws.summary).toMatchObject({ criteriaTotal: 36, criteriaMet: 0, withoutEvidence: 36 });
  });

  it('saves a ratio, a yes/no and an indicator, evaluated by the scoring engine, and audits each save', async () => {
    const { assessment } = (await workspace('canbo.batmot')).json();
    const ratio = await save('canbo.batmot', assessment.id, 'criterion', '1.6', {
      numerator: 4445,
      denominator: 5293,
      capability: 'independent',
      plannedCompletion: 'Quý III/2024',
      expectedVersion: 0,
    });
    expect(ratio.statusCode).toBe(200);
    expect(ratio.json().item).toMatchObject({
      result: { numerator: 4445, denominator: 5293, version: 1, plannedCompletion: 'Quý III/2024' },
      evaluation: { verdict: 'exceeded', explanation: '4.445/5.293 = 84,0% ≥ 75% → Vượt chỉ tiêu' },
    });
    const yes = await save('canbo.batmot', assessment.id, 'criterion', '1.1', {
      value: true,
      expectedVersion: 0,
    });
    expect(yes.json().item.evaluation.verdict).toBe('met');
    const indicator = await save('canbo.batmot', assessment.id, 'indicator', '7.4', {
      numerator: 7,
      denominator: 19,
      expectedVersion: 0,
    });
    expect(indicator.json().item.evaluation).toMatchObject({ points: 3.68 });
    const ws = (await workspace('canbo.batmot')).json();
    expect(ws.summary.criteriaMet).toBe(2);
    const audit = (await (await t.as('admin')).get(`/api/audit-events?entityId=${assessment.id}`)).json()
      .items;
    expect(audit.filter((e: { action: string }) => e.action === 'assessment.result_saved')).toHaveLength(3);
  });

  it('stores every field of a result: the workspace read afterwards shows exactly what was saved, then updated', async () => {
    const { assessment } = (await workspace('canbo.batmot')).json();
    const readBack = async (code: string) =>
      (await workspace('canbo.batmot'))
        .json()
        .items.find((i: { code: string; kind: string }) => i.kind === 'indicator' && i.code === code).result;
    const first = {
      numerator: 3831,
      denominator: 5239,
      value: null,
      typedPercent: 73.1,
      selfPoints: 10,
      selfPointsReason: 'Thang điểm của huyện: từ 70% được 10 điểm',
      selfJudgement: null,
      selfJudgementReason: 'Không dùng với chỉ số, vẫn được lưu',
      status: null,
      capability: 'needs_support',
      plannedCompletion: 'Quý IV/2025',
      notes: 'Theo khảo sát tháng 10',
      difficulties: 'Doanh nghiệp ở xa trung tâm',
    };
    expect(
      (await save('canbo.batmot', assessment.id, 'indicator', '8.2', { ...first, expectedVersion: 0 }))
        .statusCode,
    ).toBe(200);
    expect(await readBack('8.2')).toMatchObject({
      ...first,
      version: 1,
      updatedBy: 'Cán bộ văn hóa xã Bát Mọt',
    });
    const second = {
      ...first,
      numerator: 4000,
      typedPercent: null,
      selfPoints: null,
      selfPointsReason: null,
      selfJudgementReason: null,
      status: 'not_started',
      capability: 'independent',
      plannedCompletion: null,
      notes: null,
      difficulties: null,
    };
    expect(
      (await save('chutich.batmot', assessment.id, 'indicator', '8.2', { ...second, expectedVersion: 1 }))
        .statusCode,
    ).toBe(200);
    const stored = await readBack('8.2');
    expect(stored).toMatchObject({ ...second, version: 2 });
    expect(stored.updatedBy).not.toBe('Cán bộ văn hóa xã Bát Mọt');
    const events = (await (await t.as('admin')).get(`/api/audit-events?entityId=${assessment.id}`)).json()
      .items;
    const update = events.find(
      (e: { action: string; payload: { after?: { version?: number } } }) =>
        e.action === 'assessment.result_saved' && e.payload.after?.version === 2,
    );
    expect(update.payload).toMatchObject({
      before: { code: '8.2', numerator: 3831, notes: 'Theo khảo sát tháng 10', version: 1 },
      after: { code: '8.2', numerator: 4000, notes: null, version: 2 },
    });
  });

  it('detects a concurrent edit: the second save gets a conflict with the other person’s value, nothing overwritten', async () => {
    const { assessment } = (await workspace('canbo.batmot')).json();
    const first = await save('canbo.batmot', assessment.id, 'criterion', '3.1', {
      numerator: 50,
      denominator: 100,
      expectedVersion: 0,
    });
    expect(first.statusCode).toBe(200);
    const second = await save('chutich.batmot', assessment.id, 'criterion', '3.1', {
      numerator: 80,
      denominator: 100,
      expectedVersion: 0,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Cán bộ văn hóa xã Bát Mọt vừa lưu'),
      current: { numerator: 50, version: 1 },
    });
    const stale = await save('chutich.batmot', assessment.id, 'criterion', '1.6', {
      numerator: 1,
      denominator: 2,
      expectedVersion: 7,
    });
    expect(stale.statusCode).toBe(409);
    const retried = await save('chutich.batmot', assessment.id, 'criterion', '3.1', {
      numerator: 80,
      denominator: 100,
      expectedVersion: 1,
    });
    expect(retried.json().item.result).toMatchObject({ numerator: 80, version: 2 });
  });

  it.each([
    [{ numerator: 10, denominator: 5 }, 'numerator', 'Tử số không được lớn hơn mẫu số.'],
    [{ numerator: -1, denominator: 5 }, 'numerator', 'Tử số không được âm.'],
    [{ numerator: 1, denominator: 0 }, 'denominator', 'Mẫu số phải lớn hơn 0.'],
    [{ numerator: 'mười', denominator: 5 }, 'numerator', 'Tử số phải là số.'],
  ])(
    'refuses bad figures with a message on the field and saves nothing (%#)',
    async (figures, field, message) => {
      const { assessment } = (await workspace('canbo.batmot')).json();
      const res = await save('canbo.batmot', assessment.id, 'criterion', '3.2', {
        ...figures,
        expectedVersion: 0,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields[field]).toBe(message);
      const item = (await workspace('canbo.batmot'))
        .json()
        .items.find((i: { code: string }) => i.code === '3.2');
      expect(item.result).toBeNull();
    },
  );

  it('refuses a value that does not fit the measure', async () => {
    const { assessment } = (await workspace('canbo.batmot')).json();
    const res = await save('canbo.batmot', assessment.id, 'criterion', '1.1', {
      value: 'có lẽ',
      expectedVersion: 1,
    });
    expect(res.json().fields.value).toBe('Chọn Có hoặc Không.');
  });
});

describe('who may see and change a workspace', () => {
  it('another commune’s officer gets 404 for the workspace and for saving into it', async () => {
    const { assessment } = (await workspace('canbo.batmot')).json();
    expect((await workspace('canbo.yennhan')).statusCode).toBe(404);
    const res = await save('canbo.yennhan', assessment.id, 'criterion', '1.2', {
      value: true,
      expectedVersion: 0,
    });
    expect(res.statusCode).toBe(404);
  });

  it('the steering member and the office read it but may not change it', async () => {
    const { assessment } = (await workspace('bcd.thuongxuan')).json();
    expect(assessment.commune.name).toBe('Xã Bát Mọt');
    const res = await save('bcd.thuongxuan', assessment.id, 'criterion', '1.2', {
      value: true,
      expectedVersion: 0,
    });
    expect(res.statusCode).toBe(403);
  });

  it('the office sees every commune’s progress', async () => {
    const res = await (await t.as('vhtt.thuongxuan')).get(`/api/cycles/${cycleId}/assessments`);
    const rows = res.json().items;
    expect(rows.map((r: { commune: { name: string } }) => r.commune.name)).toEqual([
      'Xã Bát Mọt',
      'Xã Xuân Lẹ',
      'Xã Yên Nhân',
    ]);
    expect(rows[0]).toMatchObject({ status: 'draft', criteriaMet: expect.any(Number), criteriaTotal: 36 });
    const own = (await (await t.as('canbo.yennhan')).get(`/api/cycles/${cycleId}/assessments`)).json().items;
    expect(own.map((r: { commune: { name: string } }) => r.commune.name)).toEqual(['Xã Yên Nhân']);
  });
});

describe('submission', () => {
  it('only the commune head submits; a submitted assessment is locked until withdrawn', async () => {
    const { assessment } = (await workspace('canbo.batmot')).json();
    expect(
      (await (await t.as('canbo.batmot')).post(`/api/assessments/${assessment.id}/submit`)).statusCode,
    ).toBe(403);
    const submitted = await (await t.as('chutich.batmot')).post(`/api/assessments/${assessment.id}/submit`);
    expect(submitted.json().assessment).toMatchObject({
      status: 'submitted',
      editable: false,
      submittedBy: 'Chủ tịch UBND xã Bát Mọt',
    });
    const locked = await save('canbo.batmot', assessment.id, 'criterion', '1.2', {
      value: true,
      expectedVersion: 0,
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().message).toContain('đã được gửi');
    const again = await (await t.as('chutich.batmot')).post(`/api/assessments/${assessment.id}/submit`);
    expect(again.statusCode).toBe(409);
    const withdrawn = await (await t.as('chutich.batmot')).post(`/api/assessments/${assessment.id}/withdraw`);
    expect(withdrawn.json().assessment).toMatchObject({ status: 'draft', editable: true });
  });

  it('after the deadline the server refuses changes until the office reopens', async () => {
    const { cycle } = await openThuongXuanCycle(t, { selfAssessment: '2026-03-05' });
    const officer = await t.as('canbo.batmot');
    const { assessment } = (
      await officer.get(`/api/cycles/${cycle.id}/communes/${ids['Xã Bát Mọt']}/workspace`)
    ).json();
    t.clock.advance(5 * 24 * 3600_000);
    const late = await t.login('canbo.batmot');
    const res = await late.put(`/api/assessments/${assessment.id}/items/criterion/1.1`, {
      ...blank,
      value: true,
      expectedVersion: 0,
    });
    expect(res.statusCode).toBe(423);
    expect(res.json().message).toBe(
      'Đã quá hạn tự đánh giá (05/03/2026). Liên hệ cơ quan thường trực để được mở lại.',
    );
    const head = await t.login('chutich.batmot');
    expect((await head.post(`/api/assessments/${assessment.id}/submit`)).statusCode).toBe(423);
    const office = await t.login('vhtt.thuongxuan');
    const past = await office.post(`/api/assessments/${assessment.id}/reopen`, { until: '2026-03-01' });
    expect(past.statusCode).toBe(400);
    const reopened = await office.post(`/api/assessments/${assessment.id}/reopen`, { until: '2026-03-20' });
    expect(reopened.json().assessment).toMatchObject({ editable: true, deadline: '2026-03-20' });
    const ok = await late.put(`/api/assessments/${assessment.id}/items/criterion/1.1`, {
      ...blank,
      value: true,
      expectedVersion: 0,
    });
    expect(ok.statusCode).toBe(200);
  });
});
