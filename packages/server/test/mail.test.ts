import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/env.ts';
import { notifications } from '../src/db/schema.ts';
import { claimDueMail, MAX_MAIL_ATTEMPTS } from '../src/modules/notifications/mail-jobs.ts';
import { NotificationWorker } from '../src/modules/notifications/notification-worker.ts';
import { notify } from '../src/modules/notifications/notify.ts';
import { openBatMotAssessment } from './support/cycle-fixture.ts';
import { closedPortUrl, startSmtpCapture } from './support/smtp-capture.ts';
import { assignMember, userId } from './support/support-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/*
 * Notification e-mail through a real SMTP server in this process: what arrives, what happens when the server
 * is down or hangs, and that a restart picks up where the last process stopped.
 */

const FROM = 'Xã Số Thường Xuân <xaso@thuongxuan.thanhhoa.gov.vn>';
const PUBLIC_URL = 'https://xaso.thanhhoa.gov.vn';
const MEMBER_EMAIL = 'thanhvien.bcd@thuongxuan.thanhhoa.gov.vn';

let t: TestApp;
let cycleId: string;
let assessmentId: string;
let communeId: string;
let memberId: string;

function workerFor(smtpUrl: string) {
  return new NotificationWorker({
    db: t.ctx.db,
    now: t.clock.now,
    log: pino({ level: 'silent' }),
    config: { mail: { smtpUrl, from: FROM }, publicUrl: PUBLIC_URL },
  });
}

async function mailRows() {
  return t.ctx.db.select().from(notifications).where(eq(notifications.userId, memberId));
}

/** Bát Mọt sends a request for `code` (marked as needing support, assigned to the demo member). */
async function sendRequest(code: string) {
  const officer = await t.as('canbo.batmot');
  await officer.put(`/api/assessments/${assessmentId}/items/criterion/${code}`, {
    numerator: null,
    denominator: null,
    value: null,
    typedPercent: null,
    selfPoints: null,
    capability: 'needs_support',
    plannedCompletion: 'Quý IV/2026',
    notes: null,
    difficulties: null,
    expectedVersion: 0,
  });
  await assignMember(t, cycleId, code, memberId);
  return officer.post('/api/support-requests', {
    cycleId,
    communeUnitId: communeId,
    criterionCode: code,
    need: 'Xã cần hướng dẫn triển khai nội dung này.',
    neededBy: '2026-06-30',
  });
}

beforeAll(async () => {
  t = await createTestApp();
  ({
    cycle: { id: cycleId },
    assessmentId,
  } = await openBatMotAssessment(t));
  communeId = (await (await t.as('canbo.batmot')).get('/api/auth/session')).json().user.roles[0].orgUnit.id;
  memberId = await userId(t, 'bcd.thuongxuan');
});
afterAll(() => t.close());

describe('configuration', () => {
  it('has e-mail off by default and asks for a sender with SMTP_URL', () => {
    expect(loadConfig({})).toMatchObject({ mail: null, publicUrl: null });
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.vn:587' })).toThrow(/MAIL_FROM: required/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.vn', MAIL_FROM: 'a@example.vn' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ PUBLIC_URL: 'xaso.example.vn' })).toThrow(/PUBLIC_URL/);
    expect(
      loadConfig({
        SMTP_URL: 'smtps://xaso:mat%40khau@mail.example.vn:465',
        MAIL_FROM: FROM,
        PUBLIC_URL: 'https://xaso.example.vn/',
      }),
    ).toMatchObject({
      mail: { smtpUrl: 'smtps://xaso:mat%40khau@mail.example.vn:465', from: FROM },
      publicUrl: 'https://xaso.example.vn',
    });
  });
});

describe('a user’s e-mail address', () => {
  it('is set by the user’s manager, checked, and removed with an empty field', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const bad = await office.put(`/api/users/${memberId}/email`, { email: 'thanhvien.bcd' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['email']);
    expect((await office.put(`/api/users/${memberId}/email`, { email: '' })).json().email).toBeNull();
    const res = await office.put(`/api/users/${memberId}/email`, { email: ` ${MEMBER_EMAIL} ` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().email).toBe(MEMBER_EMAIL);
    // A commune officer manages nobody.
    expect(
      (await (await t.as('canbo.batmot')).put(`/api/users/${memberId}/email`, { email: null })).statusCode,
    ).toBe(403);
  });
});

describe('sending', () => {
  it('e-mails the member the request’s notice, with the title as subject and a link to the request', async () => {
    const smtp = await startSmtpCapture();
    const worker = workerFor(smtp.url);
    try {
      const sent = await sendRequest('2.4');
      expect(sent.statusCode, sent.body).toBe(200);
      // Nothing is sent inside the request: the notice waits for the worker.
      expect(smtp.received).toEqual([]);
      expect((await mailRows()).map((r) => r.emailStatus)).toEqual(['pending']);
      expect(await worker.sweepMail()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const [mail] = smtp.received;
      expect(mail).toMatchObject({
        from: 'xaso@thuongxuan.thanhhoa.gov.vn',
        to: [MEMBER_EMAIL],
        subject: 'Xã Bát Mọt đề nghị hỗ trợ tiêu chí 2.4',
      });
      expect(mail!.text).toContain('Kính gửi Thành viên BCĐ huyện Thường Xuân,');
      expect(mail!.text).toContain(`${PUBLIC_URL}/support-requests/${sent.json().id}`);
      expect(mail!.raw).toMatch(/^To: thanhvien\.bcd@/m);
      expect((await mailRows()).map((r) => [r.emailStatus, r.emailAttempts])).toEqual([['sent', 1]]);
      // Sent once: the next sweep finds nothing.
      expect(await worker.sweepMail()).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(smtp.received).toHaveLength(1);
    } finally {
      await worker.stop();
      await smtp.close();
      await t.ctx.db.delete(notifications);
    }
  });

  it('retries a mail server that is down with growing waits, then gives up with the reason', async () => {
    const worker = workerFor(await closedPortUrl());
    try {
      await notify(
        t.ctx.db,
        {
          userIds: [memberId],
          kind: 'plan_returned',
          params: { communeName: 'Xã Bát Mọt', criterionCode: '4.1' },
          link: null,
        },
        t.clock.now(),
      );
      const waits: number[] = [];
      for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
        const sweep = await worker.sweepMail();
        const [row] = await mailRows();
        expect(row!.emailAttempts).toBe(attempt);
        expect(row!.emailError).toMatch(/ECONNREFUSED/);
        expect(row!.emailError).not.toMatch(/\n|\bat /);
        if (attempt < MAX_MAIL_ATTEMPTS) {
          expect(sweep).toEqual({ sent: 0, retrying: 1, failed: 0 });
          // Not due again before its wait.
          expect(await worker.sweepMail()).toEqual({ sent: 0, retrying: 0, failed: 0 });
          const wait = row!.emailNextAttemptAt!.getTime() - t.clock.now().getTime();
          waits.push(wait);
          t.clock.advance(wait);
        } else {
          expect(sweep).toEqual({ sent: 0, retrying: 0, failed: 1 });
          expect(row).toMatchObject({ emailStatus: 'failed', emailNextAttemptAt: null });
        }
      }
      expect(waits).toEqual([...waits].sort((a, b) => a - b));
      expect(new Set(waits).size).toBe(waits.length);
      // The in-app notice is there all along.
      expect((await mailRows())[0]!.title).toBe('Phương án hỗ trợ tiêu chí 4.1 cho Xã Bát Mọt bị trả lại');
    } finally {
      await worker.stop();
      await t.ctx.db.delete(notifications);
    }
  });

  it('answers the request that notifies while the mail server hangs', async () => {
    let release: () => void = () => {};
    let reached: () => void = () => {};
    const hanging = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const smtp = await startSmtpCapture({
      // Holds the sender at MAIL FROM until the test lets it go.
      onMailFrom(_address, _session, callback) {
        release = () => callback();
        reached();
      },
    });
    const worker = workerFor(smtp.url);
    try {
      const first = await sendRequest('3.1');
      expect(first.statusCode, first.body).toBe(200);
      let swept = false;
      const sweeping = worker.sweepMail().then((s) => {
        swept = true;
        return s;
      });
      await hanging;
      // The worker is stuck on the mail server; another request that notifies is answered meanwhile.
      const second = await sendRequest('3.2');
      expect(second.statusCode, second.body).toBe(200);
      expect(swept).toBe(false);
      expect((await mailRows()).map((r) => r.emailStatus).sort()).toEqual(['pending', 'pending']);
      release();
      expect(await sweeping).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(smtp.received.map((m) => m.subject)).toEqual(['Xã Bát Mọt đề nghị hỗ trợ tiêu chí 3.1']);
    } finally {
      release();
      await worker.stop();
      await smtp.close();
      await t.ctx.db.delete(notifications);
    }
  });
});

describe('durability', () => {
  it('sends each e-mail once when two processes sweep at the same time', async () => {
    const smtp = await startSmtpCapture();
    const [one, two] = [workerFor(smtp.url), workerFor(smtp.url)];
    try {
      for (const code of ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10'])
        await notify(
          t.ctx.db,
          {
            userIds: [memberId],
            kind: 'request_closed',
            params: { communeName: 'Xã Bát Mọt', criterionCode: code },
            link: null,
          },
          t.clock.now(),
        );
      const sweeps = await Promise.all([one.sweepMail(), two.sweepMail(), one.sweepMail(), two.sweepMail()]);
      expect(sweeps.reduce((n, s) => n + s.sent, 0)).toBe(10);
      const subjects = smtp.received.map((m) => m.subject);
      expect(new Set(subjects).size).toBe(10);
      expect(subjects).toHaveLength(10);
    } finally {
      await one.stop();
      await two.stop();
      await smtp.close();
      await t.ctx.db.delete(notifications);
    }
  });

  it('sends after a restart what the stopped process left, and retakes a claim its sender died with', async () => {
    const about = { communeName: 'Xã Bát Mọt', criterionCode: '1.1' };
    const first = workerFor(await closedPortUrl());
    await notify(
      t.ctx.db,
      { userIds: [memberId], kind: 'request_received', params: about, link: null },
      t.clock.now(),
    );
    await notify(
      t.ctx.db,
      { userIds: [memberId], kind: 'request_closed', params: about, link: null },
      t.clock.now(),
    );
    // A process claims one e-mail and dies before sending it; the other was never touched.
    const [claimed] = await claimDueMail(t.ctx.db, t.clock.now(), 1);
    await first.stop();

    const smtp = await startSmtpCapture();
    const restarted = workerFor(smtp.url);
    try {
      expect(await restarted.sweepMail()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      // The claimed one comes back when its claim runs out.
      const [row] = (await mailRows()).filter((r) => r.id === claimed!.id);
      expect(row!.emailStatus).toBe('pending');
      t.clock.advance(row!.emailNextAttemptAt!.getTime() - t.clock.now().getTime());
      expect(await restarted.sweepMail()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(smtp.received.map((m) => m.subject).sort()).toEqual(
        [
          'Xã Bát Mọt đề nghị hỗ trợ tiêu chí 1.1',
          'Đề nghị hỗ trợ tiêu chí 1.1 của Xã Bát Mọt đã đóng',
        ].sort(),
      );
    } finally {
      await restarted.stop();
      await smtp.close();
    }
  });
});
