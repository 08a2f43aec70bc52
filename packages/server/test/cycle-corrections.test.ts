import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, auditEvents, cycles } from '../src/db/schema.ts';
import { unitIds } from './support/cycle-fixture.ts';
import { tableFingerprint } from './support/db-fingerprint.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * Item 7/8 of issue 10: a cycle the office can correct (edit, reopen many communes, close, delete) and that
 * cannot be opened twice by mistake. The test clock stands at 02/03/2026 (Vietnam time).
 */
let t: TestApp;
let ids: Record<string, string>;
const TODAY = '2026-03-02';
const YESTERDAY = '2026-03-01';
const COMMUNES = ['Xã Bát Mọt', 'Xã Yên Nhân', 'Xã Xuân Lẹ'] as const;

beforeAll(async () => {
  t = await createTestApp();
  ids = await unitIds(t, ['Huyện Thường Xuân', ...COMMUNES, 'Xã Vạn Xuân', 'Xã Hoằng Cát']);
});
afterAll(() => t.close());

let serial = 0;
/** A fresh cycle each time (a new named round, so none is a duplicate of another test's). */
async function open(
  options: {
    year?: number;
    deadlines?: Record<string, string>;
    round?: string | null;
    communes?: string[];
  } = {},
) {
  const res = await (await t.as('vhtt.thuongxuan')).post('/api/cycles', {
    year: options.year ?? 2024,
    round: options.round !== undefined ? options.round : `Đợt thử ${++serial}`,
    scopeId: ids['Huyện Thường Xuân'],
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: null,
    deadlines: options.deadlines ?? {
      selfAssessment: '2026-12-10',
      confirmation: '2026-12-10',
      dossier: '2026-12-15',
    },
    communeIds: (options.communes ?? COMMUNES).map((c) => ids[c]),
    exclusions: [],
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function workspaceOf(cycleId: string, commune: string, user = 'vhtt.thuongxuan') {
  const res = await (await t.as(user)).get(`/api/cycles/${cycleId}/communes/${ids[commune]}/workspace`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function saveOne(cycleId: string) {
  const ws = await workspaceOf(cycleId, 'Xã Bát Mọt', 'canbo.batmot');
  return (await t.as('canbo.batmot')).put(`/api/assessments/${ws.assessment.id}/items/criterion/1.1`, {
    // Only the fields this test cares about: the others default to empty.
    value: true,
    expectedVersion: 0,
  });
}

const editBody = (cycle: {
  round: string | null;
  deadlines: object;
  communes: Array<{ id: string }>;
  version: number;
}) => ({
  round: cycle.round,
  deadlines: cycle.deadlines,
  communeIds: cycle.communes.map((c) => c.id),
  exclusions: [],
  expectedVersion: cycle.version,
});

async function auditOf(entityId: string) {
  return t.ctx.db
    .select({ action: auditEvents.action, payload: auditEvents.payload })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId));
}

describe('a cycle for a past year, corrected and reopened in one action', () => {
  it('opens with past deadlines (accepted), locked for every commune until the office reopens them all', async () => {
    const past = { selfAssessment: '2023-12-10', confirmation: '2023-12-10', dossier: '2023-12-15' };
    const cycle = await open({ year: 2023, deadlines: past });
    expect(cycle).toMatchObject({ status: 'open', version: 1, deadlines: past });
    // One commune opened its workspace (locked), the others never did.
    expect((await workspaceOf(cycle.id, 'Xã Bát Mọt', 'canbo.batmot')).assessment.editable).toBe(false);

    const office = await t.as('vhtt.thuongxuan');
    const late = (await office.get(`/api/cycles/${cycle.id}/assessments`)).json().items;
    expect(late.map((r: { editable: boolean; deadline: string }) => [r.editable, r.deadline])).toEqual(
      COMMUNES.map(() => [false, '2023-12-10']),
    );
    const res = await office.post(`/api/cycles/${cycle.id}/reopen`, {
      communeIds: COMMUNES.map((c) => ids[c]),
      until: '2026-03-31',
      reason: 'Mở kỳ năm 2023 để nhập lại số liệu',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reopened).toHaveLength(3);

    // The office's overview says the same: no commune late any more, each open until the new day.
    const list = (await office.get(`/api/cycles/${cycle.id}/assessments`)).json().items;
    expect(list.map((r: { editable: boolean; deadline: string }) => [r.editable, r.deadline])).toEqual(
      COMMUNES.map(() => [true, '2026-03-31']),
    );
    for (const commune of COMMUNES) {
      const ws = await workspaceOf(cycle.id, commune);
      expect(ws.assessment, commune).toMatchObject({
        editable: true,
        status: 'draft',
        deadline: '2026-03-31',
      });
    }
    expect((await saveOne(cycle.id)).statusCode).toBe(200);

    const events = await auditOf(cycle.id);
    const reopen = events.find((e) => e.action === 'cycle.communes_reopened');
    expect(reopen?.payload).toMatchObject({
      before: expect.arrayContaining([
        expect.objectContaining({ communeId: ids['Xã Bát Mọt'], reopenedUntil: null }),
      ]),
      after: { until: '2026-03-31', reason: 'Mở kỳ năm 2023 để nhập lại số liệu' },
    });
  });

  it('reopens until today (the last day counts), refuses until yesterday and changes nothing then', async () => {
    const cycle = await open({
      deadlines: { selfAssessment: '2026-02-01', confirmation: '2026-12-10', dossier: '2026-12-15' },
    });
    const office = await t.as('vhtt.thuongxuan');
    const body = { communeIds: [ids['Xã Yên Nhân']], reason: 'Bổ sung minh chứng' };

    const before = await tableFingerprint(t.ctx.db);
    const late = await office.post(`/api/cycles/${cycle.id}/reopen`, { ...body, until: YESTERDAY });
    expect(late.statusCode).toBe(400);
    expect(late.json().fields.until).toBe('Hạn mở lại phải từ hôm nay trở đi.');
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);

    const onTime = await office.post(`/api/cycles/${cycle.id}/reopen`, { ...body, until: TODAY });
    expect(onTime.statusCode).toBe(200);
    expect((await workspaceOf(cycle.id, 'Xã Yên Nhân')).assessment).toMatchObject({ editable: true });
  });

  it('refuses a commune outside the cycle and a reopening without a reason, naming the field', async () => {
    const cycle = await open({ communes: ['Xã Bát Mọt'] });
    const office = await t.as('vhtt.thuongxuan');
    const before = await tableFingerprint(t.ctx.db);
    const stranger = await office.post(`/api/cycles/${cycle.id}/reopen`, {
      communeIds: [ids['Xã Bát Mọt'], ids['Xã Vạn Xuân']],
      until: TODAY,
      reason: 'Bổ sung',
    });
    expect(stranger.json().fields).toEqual({ 'communeIds.1': 'Xã này không thuộc kỳ đánh giá.' });
    const noReason = await office.post(`/api/cycles/${cycle.id}/reopen`, {
      communeIds: [ids['Xã Bát Mọt']],
      until: TODAY,
      reason: ' ',
    });
    expect(noReason.json().fields.reason).toBe('Vui lòng ghi lý do mở lại.');
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);
  });

  it('only the office reopens: a commune head and a steering member are forbidden', async () => {
    const cycle = await open();
    const body = { communeIds: [ids['Xã Bát Mọt']], until: TODAY, reason: 'Bổ sung' };
    for (const user of ['chutich.batmot', 'bcd.thuongxuan']) {
      expect((await (await t.as(user)).post(`/api/cycles/${cycle.id}/reopen`, body)).statusCode, user).toBe(
        403,
      );
    }
    expect((await (await t.as('so.cds')).post(`/api/cycles/${cycle.id}/reopen`, body)).statusCode).toBe(200);
  });
});

describe('the deadline boundary', () => {
  it('a self-assessment deadline of today leaves the workspace editable; yesterday locks it', async () => {
    const today = await open({
      deadlines: { selfAssessment: TODAY, confirmation: TODAY, dossier: TODAY },
    });
    expect((await workspaceOf(today.id, 'Xã Bát Mọt')).assessment.editable).toBe(true);
    const yesterday = await open({
      deadlines: { selfAssessment: YESTERDAY, confirmation: TODAY, dossier: TODAY },
    });
    expect((await workspaceOf(yesterday.id, 'Xã Bát Mọt')).assessment.editable).toBe(false);
  });
});

describe('editing a cycle', () => {
  it('corrects the deadlines: the version moves on, the audit keeps before and after', async () => {
    const cycle = await open({
      deadlines: { selfAssessment: '2026-01-10', confirmation: '2026-01-10', dossier: '2026-01-15' },
    });
    expect((await workspaceOf(cycle.id, 'Xã Xuân Lẹ')).assessment.editable).toBe(false);
    const deadlines = { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' };
    const res = await (await t.as('vhtt.thuongxuan')).put(`/api/cycles/${cycle.id}`, {
      ...editBody(cycle),
      deadlines,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, deadlines });
    expect((await workspaceOf(cycle.id, 'Xã Xuân Lẹ')).assessment.editable).toBe(true);
    const updated = (await auditOf(cycle.id)).find((e) => e.action === 'cycle.updated');
    expect(updated?.payload).toMatchObject({
      before: { deadlines: cycle.deadlines, version: 1 },
      after: { deadlines, version: 2, changed: ['selfAssessment', 'confirmation', 'dossier'] },
    });
  });

  it('a stale edit answers 409 with what the other office user changed, and writes nothing', async () => {
    const cycle = await open();
    const office = await t.as('vhtt.thuongxuan');
    const first = await office.put(`/api/cycles/${cycle.id}`, {
      ...editBody(cycle),
      deadlines: { ...cycle.deadlines, dossier: '2026-12-20' },
    });
    expect(first.statusCode).toBe(200);
    const before = await tableFingerprint(t.ctx.db);
    const stale = await (await t.as('so.cds')).put(`/api/cycles/${cycle.id}`, {
      ...editBody(cycle),
      exclusions: [{ itemCode: '2.5', reason: 'Chưa triển khai' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CONFLICT',
      message: 'Kỳ đánh giá vừa được người khác thay đổi (hạn hồ sơ). Tải lại để xem rồi sửa tiếp.',
      changed: ['hạn hồ sơ'],
      current: { version: 2, exclusions: [], deadlines: { dossier: '2026-12-20' } },
    });
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);
  });

  it('adds a commune, marks a criterion not applicable with its reason, and names the round', async () => {
    const cycle = await open({ communes: ['Xã Bát Mọt'] });
    const res = await (await t.as('vhtt.thuongxuan')).put(`/api/cycles/${cycle.id}`, {
      ...editBody(cycle),
      round: 'Đợt bổ sung',
      communeIds: [ids['Xã Bát Mọt'], ids['Xã Vạn Xuân']],
      exclusions: [{ itemCode: '2.5', reason: 'Chưa triển khai trên địa bàn huyện' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      round: 'Đợt bổ sung',
      communes: [{ name: 'Xã Bát Mọt' }, { name: 'Xã Vạn Xuân' }],
      exclusions: [{ itemCode: '2.5', reason: 'Chưa triển khai trên địa bàn huyện' }],
    });
    const ws = await workspaceOf(cycle.id, 'Xã Vạn Xuân');
    expect(ws.items.find((i: { code: string }) => i.code === '2.5').exclusionReason).toBe(
      'Chưa triển khai trên địa bàn huyện',
    );
  });

  it('removes a commune that only opened its workspace; refuses, naming it, one that saved a result', async () => {
    const cycle = await open();
    await workspaceOf(cycle.id, 'Xã Xuân Lẹ');
    expect((await saveOne(cycle.id)).statusCode).toBe(200);
    const office = await t.as('vhtt.thuongxuan');

    const before = await tableFingerprint(t.ctx.db);
    const refused = await office.put(`/api/cycles/${cycle.id}`, {
      ...editBody(cycle),
      communeIds: [ids['Xã Yên Nhân']],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.communeIds).toBe(
      'Xã Bát Mọt đã có dữ liệu (1 kết quả đã lưu) nên không bỏ khỏi kỳ được.',
    );
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);

    const removed = await office.put(`/api/cycles/${cycle.id}`, {
      ...editBody(cycle),
      communeIds: [ids['Xã Bát Mọt'], ids['Xã Yên Nhân']],
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().communes.map((c: { name: string }) => c.name)).toEqual([
      'Xã Bát Mọt',
      'Xã Yên Nhân',
    ]);
    const left = await t.ctx.db
      .select()
      .from(assessments)
      .where(and(eq(assessments.cycleId, cycle.id), eq(assessments.communeId, ids['Xã Xuân Lẹ']!)));
    expect(left).toEqual([]);
    expect(
      (
        await (
          await t.as('vhtt.thuongxuan')
        ).get(`/api/cycles/${cycle.id}/communes/${ids['Xã Xuân Lẹ']}/workspace`)
      ).statusCode,
    ).toBe(404);
  });

  it('names every wrong field: a commune of another district, an unknown criterion, a criterion twice', async () => {
    const cycle = await open();
    const res = await (await t.as('vhtt.thuongxuan')).put(`/api/cycles/${cycle.id}`, {
      ...editBody(cycle),
      communeIds: [ids['Xã Bát Mọt'], ids['Xã Hoằng Cát']],
      exclusions: [
        { itemCode: '9.9', reason: 'Không có' },
        { itemCode: '2.5', reason: 'Chưa triển khai' },
        { itemCode: '2.5', reason: 'Lặp lại' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      'communeIds.1': 'Đơn vị không phải xã đang có hiệu lực thuộc địa bàn này.',
      'exclusions.0.itemCode': 'Bộ tiêu chí không có tiêu chí 9.9.',
      'exclusions.2.itemCode': 'Tiêu chí 2.5 đã có trong danh sách.',
    });
  });

  it('a commune, a steering member and another district may not edit (403, 403, 404)', async () => {
    const cycle = await open();
    for (const [user, status] of [
      ['canbo.batmot', 403],
      ['bcd.thuongxuan', 403],
    ] as const) {
      expect(
        (await (await t.as(user)).put(`/api/cycles/${cycle.id}`, editBody(cycle))).statusCode,
        user,
      ).toBe(status);
    }
  });
});

describe('closing a cycle', () => {
  it('nothing changes any more: saves, submissions, edits and reopenings are refused; reading still works', async () => {
    const cycle = await open();
    const ws = await workspaceOf(cycle.id, 'Xã Bát Mọt', 'canbo.batmot');
    const office = await t.as('vhtt.thuongxuan');
    const closed = await office.post(`/api/cycles/${cycle.id}/close`, { expectedVersion: 1 });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', version: 2 });

    const before = await tableFingerprint(t.ctx.db);
    const save = await saveOne(cycle.id);
    expect(save.statusCode).toBe(423);
    expect(save.json().message).toBe('Kỳ đánh giá đã đóng: không thay đổi được nữa.');
    expect(
      (await (await t.as('chutich.batmot')).post(`/api/assessments/${ws.assessment.id}/submit`)).statusCode,
    ).toBe(423);
    const reopenOne = await office.post(`/api/assessments/${ws.assessment.id}/reopen`, { until: TODAY });
    expect(reopenOne.statusCode).toBe(423);
    const reopenAll = await office.post(`/api/cycles/${cycle.id}/reopen`, {
      communeIds: [ids['Xã Bát Mọt']],
      until: TODAY,
      reason: 'Bổ sung',
    });
    expect(reopenAll.statusCode).toBe(423);
    expect(reopenAll.json().message).toBe('Kỳ đánh giá đã đóng nên không mở lại cho xã được.');
    const edit = await office.put(`/api/cycles/${cycle.id}`, { ...editBody(closed.json()) });
    expect(edit.json().message).toBe('Kỳ đánh giá đã đóng nên không sửa được nữa.');
    const again = await office.post(`/api/cycles/${cycle.id}/close`, { expectedVersion: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Kỳ đánh giá đã đóng rồi.');
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);

    expect((await workspaceOf(cycle.id, 'Xã Bát Mọt', 'canbo.batmot')).assessment.editable).toBe(false);
    expect((await auditOf(cycle.id)).map((e) => e.action)).toContain('cycle.closed');
  });

  it('a close over an edit not seen answers 409 and leaves the cycle open', async () => {
    const cycle = await open();
    const office = await t.as('vhtt.thuongxuan');
    await office.put(`/api/cycles/${cycle.id}`, { ...editBody(cycle), round: 'Đợt đổi tên' });
    const stale = await office.post(`/api/cycles/${cycle.id}/close`, { expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().changed).toEqual(['tên đợt']);
    expect((await office.get(`/api/cycles/${cycle.id}`)).json().status).toBe('open');
  });
});

describe('deleting a cycle', () => {
  const del = async (user: string, id: string) =>
    (await t.as(user)).request({ method: 'DELETE', url: `/api/cycles/${id}` });

  it('deletes a cycle whose communes only opened their workspaces, audited', async () => {
    const cycle = await open();
    await workspaceOf(cycle.id, 'Xã Bát Mọt', 'canbo.batmot');
    const res = await del('vhtt.thuongxuan', cycle.id);
    expect(res.statusCode, res.body).toBe(200);
    expect((await (await t.as('vhtt.thuongxuan')).get(`/api/cycles/${cycle.id}`)).statusCode).toBe(404);
    expect(await t.ctx.db.select().from(assessments).where(eq(assessments.cycleId, cycle.id))).toEqual([]);
    const [event] = (await auditOf(cycle.id)).filter((e) => e.action === 'cycle.deleted');
    expect(event?.payload).toMatchObject({ before: { id: cycle.id, year: 2024 } });
  });

  it('refuses a cycle holding a saved result, says to close it instead, and changes nothing', async () => {
    const cycle = await open();
    expect((await saveOne(cycle.id)).statusCode).toBe(200);
    const before = await tableFingerprint(t.ctx.db);
    const res = await del('vhtt.thuongxuan', cycle.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(
      'Kỳ đánh giá đã có dữ liệu của xã (kết quả, minh chứng hoặc văn bản) nên không xóa được. Hãy đóng kỳ thay vì xóa.',
    );
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);
  });

  it('a commune officer may not delete (403); the cycle stays', async () => {
    const cycle = await open();
    expect((await del('canbo.batmot', cycle.id)).statusCode).toBe(403);
    const [row] = await t.ctx.db.select().from(cycles).where(eq(cycles.id, cycle.id));
    expect(row).toBeDefined();
  });
});

describe('one cycle per area, year and criteria set (item 8)', () => {
  it('refuses an identical second cycle with a message on the round field; a named round is accepted', async () => {
    const first = await open({ year: 2025, round: null });
    expect(first.round).toBeNull();
    const office = await t.as('vhtt.thuongxuan');
    const body = {
      year: 2025,
      scopeId: ids['Huyện Thường Xuân'],
      criteriaFrameworkId: 'qd-1829-2023',
      indexFrameworkId: null,
      deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
      communeIds: [ids['Xã Bát Mọt']],
    };
    const before = await tableFingerprint(t.ctx.db);
    const twin = await office.post('/api/cycles', body);
    expect(twin.statusCode).toBe(400);
    expect(twin.json().fields).toEqual({
      round:
        'Đã có kỳ đánh giá năm 2025 của Huyện Thường Xuân với bộ tiêu chí này. Nếu đây là một đợt đánh giá khác, hãy đặt tên đợt (ví dụ "Đợt 2").',
    });
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);

    const second = await office.post('/api/cycles', { ...body, round: 'Đợt 2' });
    expect(second.statusCode).toBe(200);
    const again = await office.post('/api/cycles', { ...body, round: '  đợt   2 ' });
    expect(again.json().fields.round).toBe(
      'Đã có đợt "đợt 2" năm 2025 của Huyện Thường Xuân với bộ tiêu chí này. Đặt tên đợt khác.',
    );
    // Renaming the second round back to no name would make it the first's twin.
    const rename = await office.put(`/api/cycles/${second.json().id}`, {
      ...editBody(second.json()),
      round: '',
    });
    expect(rename.json().fields.round).toContain('Đã có kỳ đánh giá năm 2025');
  });
});

describe('a framework applies to one level (item 6)', () => {
  it('refuses the district criteria set for a commune cycle, on its field', async () => {
    const res = await (await t.as('vhtt.thuongxuan')).post('/api/cycles', {
      year: 2022,
      scopeId: ids['Huyện Thường Xuân'],
      criteriaFrameworkId: 'district-criteria-2022',
      indexFrameworkId: null,
      deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
      communeIds: [ids['Xã Bát Mọt']],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.criteriaFrameworkId).toMatch(
      /^Bộ tiêu chí ".+" dành cho cấp huyện, không dùng được cho kỳ đánh giá các xã\.$/,
    );
  });
});

describe('early registration keeps to the cycle’s window', () => {
  it('a commune not assigned cannot register once the cycle is closed, nor after its deadline', async () => {
    const created = await (await t.as('admin')).post('/api/users', {
      username: 'canbo.vanxuan',
      displayName: 'Cán bộ xã Vạn Xuân',
      password: 'mat-khau-ban-dau',
      roles: [{ role: 'commune_officer', orgUnitId: ids['Xã Vạn Xuân'] }],
    });
    expect(created.statusCode).toBe(200);
    const officer = await t.login('canbo.vanxuan', 'mat-khau-ban-dau');
    const register = (cycleId: string) =>
      officer.post(`/api/cycles/${cycleId}/registrations`, {
        communeId: ids['Xã Vạn Xuân'],
        itemCodes: ['1.1'],
      });

    const closed = await open();
    await (await t.as('vhtt.thuongxuan')).post(`/api/cycles/${closed.id}/close`, { expectedVersion: 1 });
    const late = await open({
      deadlines: { selfAssessment: YESTERDAY, confirmation: TODAY, dossier: TODAY },
    });
    const before = await tableFingerprint(t.ctx.db);
    expect((await register(closed.id)).statusCode).toBe(423);
    expect((await register(late.id)).statusCode).toBe(423);
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);
    expect((await register((await open()).id)).statusCode).toBe(200);
  });
});
