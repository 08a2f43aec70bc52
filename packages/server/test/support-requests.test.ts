import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, supportEvents } from '../src/db/schema.ts';
import { openBatMotAssessment, unitIds } from './support/cycle-fixture.ts';
import { tableFingerprint } from './support/db-fingerprint.ts';
import { uploadAs } from './support/evidence-upload.ts';
import {
  assignMember,
  FIXTURE_PASSWORD,
  makeAccount,
  makePartner,
  requestStatus,
  userId,
} from './support/support-fixture.ts';
import { type Client, createTestApp, type TestApp } from './support/test-app.ts';

/*
 * Support requests through the API, as the people of Thường Xuân use them: Bát Mọt asks for help with
 * criteria it marked as needing support, the member the matrix names answers and writes a plan, the committee
 * head decides, the commune closes. Every refusal leaves every table as it was.
 */

let t: TestApp;
let cycleId: string;
let ids: Record<string, string>;
let assessmentId: string;
let evidenceId: string;
let otherCommuneEvidenceId: string;
let partnerId: string;
/** Demo accounts of Thường Xuân taking part, by username; ids in `people`. */
const DEMO_USERS = [
  'bcd.thuongxuan',
  'truongbcd.thuongxuan',
  'vhtt.thuongxuan',
  'canbo.batmot',
  'chutich.batmot',
];
const people: Record<string, string> = {};
/** Accounts made for this file, logged in once. */
const extra: Record<string, Client> = {};

const blank = {
  numerator: null,
  denominator: null,
  value: null,
  typedPercent: null,
  selfPoints: null,
  capability: null,
  plannedCompletion: null,
  notes: null,
  difficulties: null,
  expectedVersion: 0,
};

async function classify(code: string, capability: 'independent' | 'needs_support') {
  const res = await (await t.as('canbo.batmot')).put(
    `/api/assessments/${assessmentId}/items/criterion/${code}`,
    {
      ...blank,
      capability,
      plannedCompletion: 'Quý IV/2026',
    },
  );
  expect(res.statusCode, res.body).toBe(200);
}

const client = async (who: string) => extra[who] ?? t.as(who);

function send(who: string, body: Record<string, unknown>) {
  return client(who).then((c) =>
    c.post('/api/support-requests', {
      cycleId,
      communeUnitId: ids['Xã Bát Mọt'],
      need: 'Xã chưa có cán bộ chuyên trách, cần hướng dẫn triển khai dịch vụ công trực tuyến.',
      neededBy: '2026-04-15',
      ...body,
    }),
  );
}

async function step(who: string, id: string, body: Record<string, unknown>) {
  // A minute between steps, as between people: the history is in time order.
  t.clock.advance(60_000);
  return (await client(who)).post(`/api/support-requests/${id}/events`, body);
}

async function view(who: string, id: string) {
  return (await client(who)).get(`/api/support-requests/${id}`);
}

async function titles(who: string): Promise<string[]> {
  const res = await (await client(who)).get('/api/notifications?limit=200');
  return res.json().items.map((n: { title: string }) => n.title);
}

/** Calls `act` and checks it was refused with `status` and wrote nothing at all. */
async function refused(status: number, act: () => Promise<LightMyRequestResponse>) {
  const before = await tableFingerprint(t.ctx.db);
  const res = await act();
  expect(res.statusCode, res.body).toBe(status);
  expect(await tableFingerprint(t.ctx.db), 'a refusal wrote').toEqual(before);
  return res;
}

beforeAll(async () => {
  t = await createTestApp();
  ({
    cycle: { id: cycleId },
    ids,
    assessmentId,
  } = await openBatMotAssessment(t));
  Object.assign(ids, await unitIds(t, ['Xã Hoằng Cát']));
  for (const name of DEMO_USERS) people[name] = await userId(t, name);
  // A second member of the same committee, and an officer of a commune in another district.
  people['bcd2.thuongxuan'] = await makeAccount(t, {
    username: 'bcd2.thuongxuan',
    displayName: 'Thành viên BCĐ thứ hai',
    role: 'steering_member',
    orgUnitId: ids['Huyện Thường Xuân']!,
  });
  people['canbo.hoangcat'] = await makeAccount(t, {
    username: 'canbo.hoangcat',
    displayName: 'Cán bộ xã Hoằng Cát',
    role: 'commune_officer',
    orgUnitId: ids['Xã Hoằng Cát']!,
  });
  // Signed in before any refusal is checked: a login writes a session and its audit event.
  for (const name of [...DEMO_USERS, 'canbo.yennhan', 'admin', 'so.cds']) await t.as(name);
  for (const name of ['bcd2.thuongxuan', 'canbo.hoangcat'])
    extra[name] = await t.login(name, FIXTURE_PASSWORD);

  for (const code of ['2.4', '3.1', '3.2', '3.4', '4.1']) await classify(code, 'needs_support');
  await classify('1.1', 'independent');
  for (const code of ['1.1', '2.4', '3.1', '3.4', '4.1'])
    await assignMember(t, cycleId, code, people['bcd.thuongxuan']!);
  await assignMember(t, cycleId, '3.2', null);
  partnerId = await makePartner(t, ids['Huyện Thường Xuân']!, 'Viettel Thanh Hóa');

  const own = await uploadAs(
    await t.as('canbo.batmot'),
    ids['Xã Bát Mọt']!,
    'ke-hoach.pdf',
    Buffer.from('%PDF-1.4 kế hoạch'),
  );
  evidenceId = own.json().evidence.id;
  const other = await uploadAs(
    await t.as('canbo.yennhan'),
    ids['Xã Yên Nhân']!,
    'yen-nhan.pdf',
    Buffer.from('%PDF-1.4 yên nhân'),
  );
  otherCommuneEvidenceId = other.json().evidence.id;
});
afterAll(() => t.close());

describe('sending a support request', () => {
  it('refuses what the rules refuse, saying why, and writes nothing', async () => {
    // The steering member is not the commune.
    await refused(403, () => send('bcd.thuongxuan', { criterionCode: '2.4' }));
    // Another commune's officer cannot send on Bát Mọt's behalf: to them it does not exist.
    await refused(404, () => send('canbo.yennhan', { criterionCode: '2.4' }));
    await refused(404, () => send('canbo.hoangcat', { criterionCode: '2.4' }));
    // Independent criterion; needing support but nobody responsible; a day already past; another's file.
    const independent = await refused(409, () => send('canbo.batmot', { criterionCode: '1.1' }));
    expect(independent.json().message).toContain('chưa đánh giá tiêu chí 1.1 là cần hỗ trợ');
    const noMember = await refused(409, () => send('canbo.batmot', { criterionCode: '3.2' }));
    expect(noMember.json().message).toContain('chưa có thành viên BCĐ phụ trách');
    const past = await refused(400, () =>
      send('canbo.batmot', { criterionCode: '2.4', neededBy: '2026-03-01' }),
    );
    expect(past.json().fields).toEqual({ neededBy: 'Ngày cần được hỗ trợ phải từ hôm nay trở đi.' });
    const foreign = await refused(400, () =>
      send('canbo.batmot', { criterionCode: '2.4', evidenceIds: [evidenceId, otherCommuneEvidenceId] }),
    );
    expect(foreign.json().fields).toEqual({ 'evidenceIds.1': 'Minh chứng không có trong thư viện của xã.' });
    // 2.5 is not applicable in this cycle.
    await refused(400, () => send('canbo.batmot', { criterionCode: '2.5' }));
  });
});

describe('a request from sent to closed', () => {
  let id: string;
  let version: number;

  it('is sent by the commune with its attachment, to the member with a copy to the office', async () => {
    const res = await send('canbo.batmot', { criterionCode: '2.4', evidenceIds: [evidenceId] });
    expect(res.statusCode, res.body).toBe(200);
    const request = res.json();
    ({ id, version } = request);
    expect(request).toMatchObject({
      status: 'sent',
      year: 2024,
      commune: { name: 'Xã Bát Mọt' },
      criterion: { code: '2.4' },
      sentBy: { displayName: 'Cán bộ văn hóa xã Bát Mọt' },
      responsibleMember: { id: people['bcd.thuongxuan'] },
      capability: 'needs_support',
      awaiting: 'member',
      overdue: false,
      evidence: [{ id: evidenceId, fileName: 'ke-hoach.pdf' }],
      you: { as: ['commune'], events: ['close'], mayComment: true },
    });
    expect(request.criterion.name).not.toBe('');
    const title = 'Xã Bát Mọt đề nghị hỗ trợ tiêu chí 2.4';
    expect(await titles('bcd.thuongxuan')).toContain(title);
    expect(await titles('vhtt.thuongxuan')).toContain(title);
    // Not the head (nothing to decide yet), nor the sender.
    expect(await titles('truongbcd.thuongxuan')).not.toContain(title);
    expect(await titles('canbo.batmot')).not.toContain(title);
    // A second request for the same criterion while this one is open is refused.
    await refused(409, () => send('chutich.batmot', { criterionCode: '2.4' }));
  });

  it('keeps its attachment: the commune cannot delete the document from its library, even unlinking it', async () => {
    const officer = await t.as('canbo.batmot');
    for (const query of ['', '?unlinkEverywhere=1']) {
      const res = await refused(409, () =>
        officer.request({ method: 'DELETE', url: `/api/evidence/${evidenceId}${query}` }),
      );
      expect(res.json().message).toBe(
        'Tài liệu đang được đính kèm trong đề nghị hỗ trợ tiêu chí 2.4 năm 2024; không xóa được.',
      );
    }
  });
  it('is on the member’s page, oldest first, and answered by the member', async () => {
    const mine = await (await t.as('bcd.thuongxuan')).get('/api/support-requests?view=mine');
    expect(mine.json().items.map((r: { id: string }) => r.id)).toEqual([id]);
    const member = await view('bcd.thuongxuan', id);
    expect(member.json().you).toEqual({
      as: ['member'],
      events: ['answer', 'submit_plan'],
      mayComment: true,
    });
    const res = await step('bcd.thuongxuan', id, {
      event: 'answer',
      answer: 'Phòng VHTT sẽ cử cán bộ xuống hướng dẫn trong tháng 4.',
      expectedVersion: version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'answered',
      answer: expect.stringContaining('tháng 4'),
      awaiting: 'commune',
    });
    version = res.json().version;
    const title = 'Đề nghị hỗ trợ tiêu chí 2.4 của Xã Bát Mọt đã được trả lời';
    expect(await titles('canbo.batmot')).toContain(title);
    expect(await titles('chutich.batmot')).toContain(title);
    expect(await titles('bcd.thuongxuan')).not.toContain(title);
  });

  it('gets a plan from the member, checked and with its warnings kept, for the head to decide', async () => {
    const plan = {
      summary: 'Hỗ trợ xã triển khai dịch vụ công trực tuyến toàn trình.',
      actions: [
        { description: 'Tập huấn cán bộ xã', unitIds: [], partnerIds: [partnerId], dueDate: '2026-05-15' },
        // After the confirmation deadline (10/12/2026): allowed, with a warning.
        { description: 'Rà soát lại hạ tầng', unitIds: [], partnerIds: [partnerId], dueDate: '2026-12-20' },
      ],
      budget: { amountVnd: 15_000_000, source: 'Ngân sách huyện' },
    };
    // An action without anyone to carry it out is a field error on that action.
    const bad = await refused(400, () =>
      step('bcd.thuongxuan', id, {
        event: 'submit_plan',
        plan: { ...plan, actions: [{ ...plan.actions[0], partnerIds: [] }] },
        expectedVersion: version,
      }),
    );
    expect(Object.keys(bad.json().fields)).toEqual(['plan.actions.0.unitIds']);
    const res = await step('bcd.thuongxuan', id, { event: 'submit_plan', plan, expectedVersion: version });
    expect(res.statusCode, res.body).toBe(200);
    const request = res.json();
    version = request.version;
    expect(request.status).toBe('plan_submitted');
    expect(request.plan).toMatchObject({
      summary: plan.summary,
      actions: [{ partners: [{ id: partnerId, name: 'Viettel Thanh Hóa' }] }, { dueDate: '2026-12-20' }],
      budget: plan.budget,
      submittedBy: { id: people['bcd.thuongxuan'] },
    });
    expect(request.plan.warnings).toEqual([
      'Nội dung 2 xong sau hạn xác nhận kết quả (10/12/2026): kết quả sẽ không kịp tính cho năm nay.',
    ]);
    expect(await titles('truongbcd.thuongxuan')).toContain(
      'Phương án hỗ trợ tiêu chí 2.4 cho Xã Bát Mọt chờ Trưởng BCĐ duyệt',
    );
  });

  it('refuses the member approving their own plan, and a step from a stale page', async () => {
    const own = await refused(403, () =>
      step('bcd.thuongxuan', id, { event: 'approve_plan', note: null, expectedVersion: version }),
    );
    expect(own.json().message).toBe('Chỉ Trưởng BCĐ mới duyệt được phương án hỗ trợ.');
    await refused(409, () =>
      step('truongbcd.thuongxuan', id, { event: 'approve_plan', note: null, expectedVersion: version - 1 }),
    );
    // The commune may not decide either.
    await refused(403, () =>
      step('chutich.batmot', id, { event: 'approve_plan', note: null, expectedVersion: version }),
    );
  });

  it('is approved by the area’s committee head', async () => {
    const head = await view('truongbcd.thuongxuan', id);
    expect(head.json().you).toEqual({
      as: ['head'],
      events: ['approve_plan', 'return_plan'],
      mayComment: true,
    });
    const res = await step('truongbcd.thuongxuan', id, {
      event: 'approve_plan',
      note: 'Đồng ý, giao Phòng VHTT theo dõi.',
      expectedVersion: version,
    });
    expect(res.statusCode, res.body).toBe(200);
    version = res.json().version;
    expect(res.json()).toMatchObject({ status: 'plan_approved', awaiting: 'commune' });
    const title = 'Phương án hỗ trợ tiêu chí 2.4 cho Xã Bát Mọt đã được duyệt';
    for (const who of ['bcd.thuongxuan', 'canbo.batmot', 'chutich.batmot'])
      expect(await titles(who)).toContain(title);
  });

  it('takes comments from every party until it is closed by the commune', async () => {
    for (const [who, body] of [
      ['canbo.batmot', 'Xã đã nhận được phương án, cảm ơn.'],
      ['bcd.thuongxuan', 'Lịch tập huấn gửi sau.'],
      ['vhtt.thuongxuan', 'Cơ quan thường trực đã nắm.'],
    ] as const) {
      t.clock.advance(60_000);
      const res = await (await t.as(who)).post(`/api/support-requests/${id}/comments`, { body });
      expect(res.statusCode, res.body).toBe(200);
      // The other parties hear of it at once (the commune's staff, the member, the office); not the author.
      const heard = `${res.json().author.displayName} góp ý về đề nghị hỗ trợ tiêu chí 2.4 của Xã Bát Mọt`;
      for (const other of ['canbo.batmot', 'chutich.batmot', 'bcd.thuongxuan', 'vhtt.thuongxuan'])
        if (other === who) expect(await titles(other)).not.toContain(heard);
        else expect(await titles(other)).toContain(heard);
    }
    const res = await step('canbo.batmot', id, {
      event: 'close',
      note: 'Đã được hỗ trợ.',
      expectedVersion: version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const closed = res.json();
    expect(closed).toMatchObject({ status: 'closed', awaiting: null, overdue: false });
    expect(closed.comments.map((c: { authorKind: string }) => c.authorKind)).toEqual([
      'commune',
      'member',
      'office',
    ]);
    // Every change with its author, capacity and time.
    expect(
      closed.history.map((h: { event: string; to: string; actor: { id: string }; actorKind: string }) => [
        h.event,
        h.to,
        h.actor.id,
        h.actorKind,
      ]),
    ).toEqual([
      ['send', 'sent', people['canbo.batmot'], 'commune'],
      ['answer', 'answered', people['bcd.thuongxuan'], 'member'],
      ['submit_plan', 'plan_submitted', people['bcd.thuongxuan'], 'member'],
      ['approve_plan', 'plan_approved', people['truongbcd.thuongxuan'], 'head'],
      ['close', 'closed', people['canbo.batmot'], 'commune'],
    ]);
    expect(closed.history[3].note).toBe('Đồng ý, giao Phòng VHTT theo dõi.');
    const title = 'Đề nghị hỗ trợ tiêu chí 2.4 của Xã Bát Mọt đã đóng';
    for (const who of ['chutich.batmot', 'bcd.thuongxuan', 'vhtt.thuongxuan'])
      expect(await titles(who)).toContain(title);
    expect(await titles('canbo.batmot')).not.toContain(title);
    // Each step is audited.
    const audited = await t.ctx.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'support_request'), eq(auditEvents.entityId, id)));
    expect(audited.map((a) => a.action).sort()).toEqual(
      [
        'support_request.sent',
        'support_request.answered',
        'support_request.plan_submitted',
        'support_request.plan_approved',
        'support_request.closed',
        'support_request.commented',
        'support_request.commented',
        'support_request.commented',
      ].sort(),
    );
  });

  it('is final once closed: no step, no comment', async () => {
    for (const who of ['canbo.batmot', 'vhtt.thuongxuan', 'bcd.thuongxuan', 'truongbcd.thuongxuan']) {
      const res = await refused(409, () =>
        step(who, id, { event: 'close', note: null, expectedVersion: version }),
      );
      expect(res.json().message).toBe('Đề nghị đã đóng nên không thay đổi được nữa.');
    }
    await refused(409, () =>
      step('bcd.thuongxuan', id, { event: 'answer', answer: 'Thêm', expectedVersion: version }),
    );
    await refused(409, async () =>
      (await t.as('canbo.batmot')).post(`/api/support-requests/${id}/comments`, { body: 'Còn một ý' }),
    );
    // The member's page keeps open requests only, unless closed ones are asked for.
    const member = await t.as('bcd.thuongxuan');
    expect((await member.get('/api/support-requests?view=mine')).json().items).toEqual([]);
    expect(
      (await member.get('/api/support-requests?view=mine&status=closed'))
        .json()
        .items.map((r: { id: string }) => r.id),
    ).toEqual([id]);
    // A new request for the criterion may follow the closed one.
    const again = await send('canbo.batmot', { criterionCode: '2.4' });
    expect(again.statusCode, again.body).toBe(200);
  });
});

describe('who sees a request', () => {
  let id: string;
  beforeAll(async () => {
    const res = await send('chutich.batmot', { criterionCode: '3.1' });
    expect(res.statusCode, res.body).toBe(200);
    id = res.json().id;
  });

  it('answers 404 to a member the matrix does not name and to other communes, here or in another district', async () => {
    for (const who of ['bcd2.thuongxuan', 'canbo.yennhan', 'canbo.hoangcat']) {
      await refused(404, () => view(who, id));
      await refused(404, () => step(who, id, { event: 'close', note: null, expectedVersion: 1 }));
      await refused(404, async () =>
        (await client(who)).post(`/api/support-requests/${id}/comments`, { body: 'Xin hỏi' }),
      );
      const list = await (await client(who)).get('/api/support-requests');
      expect(list.json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    }
    // The system administrator takes no part in support requests at all.
    await refused(403, async () => (await t.as('admin')).get(`/api/support-requests/${id}`));
    await refused(403, async () => (await t.as('admin')).get('/api/support-requests'));
  });

  it('lists it for the commune, the member, the head and the office, with filters', async () => {
    for (const who of [
      'canbo.batmot',
      'bcd.thuongxuan',
      'truongbcd.thuongxuan',
      'vhtt.thuongxuan',
      'so.cds',
    ]) {
      const list = await (await t.as(who)).get(`/api/support-requests?criterionCode=3.1&cycleId=${cycleId}`);
      expect(
        list.json().items.map((r: { id: string }) => r.id),
        who,
      ).toEqual([id]);
    }
    const office = await t.as('vhtt.thuongxuan');
    expect((await office.get('/api/support-requests?status=closed&criterionCode=3.1')).json().items).toEqual(
      [],
    );
    expect((await office.get('/api/support-requests?overdue=1')).json().items).toEqual([]);
  });

  it('hands the request over when the matrix names another member, the history kept', async () => {
    await step('bcd.thuongxuan', id, {
      event: 'answer',
      answer: 'Đã nhận, đang xem xét.',
      expectedVersion: 1,
    });
    await assignMember(t, cycleId, '3.1', people['bcd2.thuongxuan']!);
    await refused(404, () => view('bcd.thuongxuan', id));
    const now = await view('bcd2.thuongxuan', id);
    expect(now.statusCode).toBe(200);
    expect(now.json()).toMatchObject({
      responsibleMember: { id: people['bcd2.thuongxuan'] },
      you: { as: ['member'] },
      history: [{ event: 'send' }, { event: 'answer', actor: { id: people['bcd.thuongxuan'] } }],
    });
    await assignMember(t, cycleId, '3.1', people['bcd.thuongxuan']!);
  });
});

describe('the return of a plan', () => {
  it('sends it back to the member with the head’s reason, and lets the member submit again', async () => {
    const sent = await send('canbo.batmot', { criterionCode: '4.1' });
    const id = sent.json().id as string;
    const plan = {
      summary: 'Cấp chữ ký số cho lãnh đạo xã.',
      actions: [{ description: 'Cấp chữ ký số', partnerIds: [partnerId], dueDate: '2026-06-01' }],
    };
    let res = await step('bcd.thuongxuan', id, { event: 'submit_plan', plan, expectedVersion: 1 });
    expect(res.statusCode, res.body).toBe(200);
    res = await step('truongbcd.thuongxuan', id, {
      event: 'return_plan',
      reason: 'Ghi rõ kinh phí và nguồn.',
      expectedVersion: 2,
    });
    expect(res.json()).toMatchObject({ status: 'plan_returned', awaiting: 'member' });
    expect(res.json().history.at(-1)).toMatchObject({
      event: 'return_plan',
      note: 'Ghi rõ kinh phí và nguồn.',
    });
    expect(await titles('bcd.thuongxuan')).toContain(
      'Phương án hỗ trợ tiêu chí 4.1 cho Xã Bát Mọt bị trả lại',
    );
    res = await step('bcd.thuongxuan', id, {
      event: 'submit_plan',
      plan: { ...plan, budget: { amountVnd: 2_000_000, source: 'Ngân sách xã' } },
      expectedVersion: 3,
    });
    expect(res.json()).toMatchObject({
      status: 'plan_submitted',
      plan: { budget: { amountVnd: 2_000_000 } },
    });
    expect(await requestStatus(t, id)).toBe('plan_submitted');
    const lines = await t.ctx.db.select().from(supportEvents).where(eq(supportEvents.requestId, id));
    expect(lines).toHaveLength(4);
  });
});

describe('overdue requests', () => {
  // Moves the clock weeks ahead, past every session of this file: last, with fresh logins.
  it('marks a request overdue once the day it was needed by has passed, not on the day', async () => {
    const sent = await send('canbo.batmot', { criterionCode: '3.4', neededBy: '2026-03-20' });
    expect(sent.statusCode, sent.body).toBe(200);
    t.clock.advance(18 * 86_400_000); // 2026-03-20, the day it is needed by
    let office = await t.login('vhtt.thuongxuan');
    expect((await office.get('/api/support-requests?overdue=1')).json().items).toEqual([]);
    t.clock.advance(86_400_000);
    office = await t.login('vhtt.thuongxuan');
    const overdue = (await office.get('/api/support-requests?overdue=1')).json().items;
    expect(overdue.map((r: { id: string; overdue: boolean }) => [r.id, r.overdue])).toEqual([
      [sent.json().id, true],
    ]);
  });
});
