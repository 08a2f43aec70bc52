import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycles, notifications, users } from '../src/db/schema.ts';
import { NotificationWorker } from '../src/modules/notifications/notification-worker.ts';
import { notify } from '../src/modules/notifications/notify.ts';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { assignMember, insertSentRequest, userId } from './support/support-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
const people: Record<string, string> = {};
const ABOUT = { communeName: 'Xã Bát Mọt', criterionCode: '2.4' };

beforeAll(async () => {
  t = await createTestApp();
  for (const name of ['canbo.batmot', 'chutich.batmot', 'canbo.yennhan', 'bcd.thuongxuan', 'vhtt.thuongxuan'])
    people[name] = await userId(t, name);
});
afterAll(() => t.close());

async function rowsOf(username: string) {
  return t.ctx.db.select().from(notifications).where(eq(notifications.userId, people[username]!));
}

function worker(options: { mail: boolean }) {
  return new NotificationWorker({
    db: t.ctx.db,
    now: t.clock.now,
    log: pino({ level: 'silent' }),
    config: { mail: null, publicUrl: null },
    ...(options.mail ? { sender: { send: async () => {}, close: () => {} } } : {}),
  });
}

describe('notify', () => {
  it('writes one titled row per person, once per dedupe key', async () => {
    const input = {
      userIds: [people['bcd.thuongxuan']!, people['bcd.thuongxuan']!, people['vhtt.thuongxuan']!],
      kind: 'request_received' as const,
      params: ABOUT,
      link: '/support-requests/x',
      dedupeKey: 'lan-mot',
    };
    await notify(t.ctx.db, input, t.clock.now());
    await notify(t.ctx.db, input, t.clock.now());
    const member = await rowsOf('bcd.thuongxuan');
    expect(member).toHaveLength(1);
    expect(member[0]).toMatchObject({
      kind: 'request_received',
      title: 'Xã Bát Mọt đề nghị hỗ trợ tiêu chí 2.4',
      link: '/support-requests/x',
      readAt: null,
      // This process sends no e-mail: an in-app notice only.
      emailStatus: null,
    });
    expect(await rowsOf('vhtt.thuongxuan')).toHaveLength(1);
    await t.ctx.db.delete(notifications);
  });

  it('is also an e-mail job while the process sends mail, for people with an address and an active account', async () => {
    await t.ctx.db
      .update(users)
      .set({ email: 'bcd@thuongxuan.thanhhoa.gov.vn' })
      .where(eq(users.username, 'bcd.thuongxuan'));
    await t.ctx.db
      .update(users)
      .set({ email: 'yennhan@thuongxuan.thanhhoa.gov.vn', active: false })
      .where(eq(users.username, 'canbo.yennhan'));
    const input = {
      userIds: [people['bcd.thuongxuan']!, people['vhtt.thuongxuan']!, people['canbo.yennhan']!],
      kind: 'request_answered' as const,
      params: ABOUT,
      link: null,
    };
    const sending = worker({ mail: true });
    await notify(t.ctx.db, input, t.clock.now());
    await sending.stop();
    await notify(t.ctx.db, input, t.clock.now());
    const status = async (who: string) => (await rowsOf(who)).map((r) => r.emailStatus);
    expect(await status('bcd.thuongxuan')).toEqual(['pending', null]);
    expect(await status('vhtt.thuongxuan')).toEqual([null, null]);
    expect(await status('canbo.yennhan')).toEqual([null, null]);
    await t.ctx.db.update(users).set({ email: null }).where(eq(users.username, 'bcd.thuongxuan'));
    await t.ctx.db
      .update(users)
      .set({ email: null, active: true })
      .where(eq(users.username, 'canbo.yennhan'));
    await t.ctx.db.delete(notifications);
  });
});

describe('the notifications API', () => {
  beforeAll(async () => {
    for (const [i, code] of ['1.1', '1.2', '1.3'].entries()) {
      t.clock.advance(60_000);
      await notify(
        t.ctx.db,
        {
          userIds: [people['canbo.batmot']!, people['chutich.batmot']!],
          kind: 'request_answered',
          params: { communeName: 'Xã Bát Mọt', criterionCode: code },
          link: `/support-requests/${i}`,
        },
        t.clock.now(),
      );
    }
  });

  it('lists one’s own notifications newest first, with the total and the unread count', async () => {
    const officer = await t.as('canbo.batmot');
    const page = (await officer.get('/api/notifications?limit=2')).json();
    expect(page.total).toBe(3);
    expect(page.unreadCount).toBe(3);
    expect(page.items.map((n: { title: string }) => n.title)).toEqual([
      'Đề nghị hỗ trợ tiêu chí 1.3 của Xã Bát Mọt đã được trả lời',
      'Đề nghị hỗ trợ tiêu chí 1.2 của Xã Bát Mọt đã được trả lời',
    ]);
    expect((await officer.get('/api/notifications?offset=2')).json().items).toHaveLength(1);
    // Nobody else's.
    expect((await (await t.as('canbo.yennhan')).get('/api/notifications')).json()).toEqual({
      items: [],
      total: 0,
      unreadCount: 0,
    });
  });

  it('marks read the ones named, ignores another person’s, and then all', async () => {
    const officer = await t.as('canbo.batmot');
    const head = await t.as('chutich.batmot');
    const [newest] = (await officer.get('/api/notifications')).json().items;
    const [headsNewest] = (await head.get('/api/notifications')).json().items;
    const res = await officer.post('/api/notifications/read', { ids: [newest.id, headsNewest.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ unreadCount: 2 });
    // The head's notice, named by someone else, is still unread.
    expect((await head.get('/api/notifications/unread-count')).json()).toEqual({ unreadCount: 3 });
    const unread = (await officer.get('/api/notifications?unread=1')).json();
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(newest.id);
    expect(unread.total).toBe(2);
    const read = (await officer.get('/api/notifications')).json().items[0];
    expect(read.readAt).toBe(t.clock.now().toISOString());
    expect((await officer.post('/api/notifications/read', { all: true })).json()).toEqual({ unreadCount: 0 });
    expect((await head.get('/api/notifications/unread-count')).json()).toEqual({ unreadCount: 3 });
    expect((await officer.post('/api/notifications/read', { ids: [] })).statusCode).toBe(400);
  });
});

describe('deadline reminders', () => {
  let cycleId: string;
  let requestId: string;

  beforeAll(async () => {
    await t.ctx.db.delete(notifications);
    // Clock: 2 March 2026. The self-review is due 10 March (8 days), the confirmation 20 March.
    const { cycle, ids } = await openThuongXuanCycle(t, { year: 2025 });
    cycleId = cycle.id;
    await t.ctx.db
      .update(cycles)
      .set({ selfAssessmentDue: '2026-03-10', confirmationDue: '2026-03-20', dossierDue: '2026-03-30' })
      .where(eq(cycles.id, cycleId));
    await assignMember(t, cycleId, '2.4', people['bcd.thuongxuan']!);
    requestId = await insertSentRequest(t, {
      cycleId,
      communeId: ids['Xã Bát Mọt']!,
      criterionCode: '2.4',
      sentBy: people['canbo.batmot']!,
      neededBy: '2026-03-05',
    });
  });

  const titles = async (who: string) => (await rowsOf(who)).map((r) => r.title).sort();
  const DAY = 86_400_000;

  it('reminds the requester and the member of the day a request is needed by', async () => {
    const sweeper = worker({ mail: false });
    expect(await sweeper.remindIfNewDay()).toBe(true);
    const title = 'Còn 3 ngày đến hạn hỗ trợ tiêu chí 2.4 cho Xã Bát Mọt (05/03/2026)';
    expect(await titles('canbo.batmot')).toEqual([title]);
    expect(await titles('bcd.thuongxuan')).toEqual([title]);
    expect((await rowsOf('bcd.thuongxuan'))[0]!.link).toBe(`/support-requests/${requestId}`);
    // Eight days before the self-review is due: not yet; the office is not reminded of the request.
    expect(await titles('chutich.batmot')).toEqual([]);
    expect(await titles('vhtt.thuongxuan')).toEqual([]);
    // Once a day per process.
    expect(await sweeper.remindIfNewDay()).toBe(false);
  });

  it('reminds each commune’s staff of the self-review seven days ahead, once per deadline', async () => {
    t.clock.advance(DAY);
    const sweeper = worker({ mail: false });
    await sweeper.remindIfNewDay();
    const title = (commune: string) =>
      `Còn 7 ngày đến hạn nộp bản tự đánh giá năm 2025 của ${commune} (10/03/2026)`;
    expect(await titles('chutich.batmot')).toEqual([title('Xã Bát Mọt')]);
    expect(await titles('canbo.yennhan')).toEqual([title('Xã Yên Nhân')]);
    expect((await rowsOf('canbo.yennhan'))[0]!.link).toMatch(new RegExp(`^/cycles/${cycleId}/communes/`));
    // The next days of the window, a second process, a restart: nothing twice.
    t.clock.advance(DAY);
    await worker({ mail: false }).remindIfNewDay();
    await worker({ mail: false }).remindIfNewDay();
    expect(await titles('chutich.batmot')).toEqual([title('Xã Bát Mọt')]);
  });

  it('reminds the cycle’s members and the area’s office of the confirmation, not the province above', async () => {
    t.clock.advance(10 * DAY); // 14 March: the confirmation is due in 6 days
    await worker({ mail: false }).remindIfNewDay();
    const title = 'Còn 6 ngày đến hạn xác nhận kết quả tự đánh giá năm 2025 (20/03/2026)';
    expect(await titles('vhtt.thuongxuan')).toEqual([title]);
    expect(await titles('bcd.thuongxuan')).toContain(title);
    const province = await t.ctx.db
      .select()
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(users.username, 'so.cds'), eq(notifications.kind, 'deadline_soon')));
    expect(province).toEqual([]);
  });
});
