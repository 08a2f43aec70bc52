import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { safeErrorMessage } from '../../http/logger.ts';
import { vietnamDay } from '../org-units/queries.ts';
import { remindDeadlines } from './deadline-reminders.ts';
import { emailDelivery } from './email-delivery.ts';
import { claimDueMail, dropStaleMail, markFailed, markSent } from './mail-jobs.ts';
import { composeMail } from './mail-message.ts';
import { type MailSender, smtpSender } from './mail-transport.ts';

export type WorkerDeps = {
  db: Db;
  now: () => Date;
  log: FastifyBaseLogger;
  config: Pick<Config, 'mail' | 'publicUrl'>;
  /** Another way to send (tests); by default SMTP through nodemailer when `config.mail` is set. */
  sender?: MailSender;
};

/** How often the worker looks for due e-mail and a new day's reminders. */
const POLL_MS = 10_000;
const BATCH = 20;
const START_DELAY_MS = 5_000;

export type MailSweep = { sent: number; retrying: number; failed: number };

/**
 * The server's background work for notifications, outside any request: e-mail of pending notifications
 * (when SMTP is configured) and the daily deadline reminders. The notifications rows are the jobs, so a
 * restart resumes where the last process stopped. Tests call `sweepMail` and `remindIfNewDay` directly.
 */
export class NotificationWorker {
  private sender: Promise<MailSender> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private remindedOn: string | null = null;

  constructor(private readonly deps: WorkerDeps) {
    // From now on, notifications of people with an address are e-mail jobs too (`notify`).
    emailDelivery.set(deps.config.mail !== null || deps.sender !== undefined);
  }

  get sendsMail(): boolean {
    return this.deps.config.mail !== null || this.deps.sender !== undefined;
  }

  start(): void {
    const loop = () => {
      this.running = this.tick().finally(() => {
        if (!this.stopped) this.timer = setTimeout(loop, POLL_MS).unref();
      });
    };
    // The first sweep waits a little: the server's start (and its first page) comes first.
    this.timer = setTimeout(loop, START_DELAY_MS).unref();
  }

  /** Stops polling and waits for the sweep in progress; mail not sent stays pending for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    emailDelivery.set(false);
    if (this.sender) (await this.sender.catch(() => null))?.close();
  }

  private async tick(): Promise<void> {
    try {
      await this.remindIfNewDay();
      if (!this.sendsMail) return;
      // A full batch suggests more are due: keep going, a few batches at most per tick.
      for (let i = 0; i < 5; i++) {
        const sweep = await this.sweepMail();
        if (sweep.sent + sweep.retrying + sweep.failed < BATCH) break;
      }
    } catch (err) {
      this.deps.log.error({ err }, 'notification worker: sweep failed');
    }
  }

  /** The day's reminders, once a day per process (idempotent anyway: `remindDeadlines`). */
  async remindIfNewDay(): Promise<boolean> {
    const day = vietnamDay(this.deps.now());
    if (this.remindedOn === day) return false;
    await remindDeadlines(this.deps.db, this.deps.now());
    this.remindedOn = day;
    return true;
  }

  /** Sends the e-mail due now, one batch. */
  async sweepMail(): Promise<MailSweep> {
    const { db, now, log } = this.deps;
    const sweep: MailSweep = { sent: 0, retrying: 0, failed: 0 };
    sweep.failed += await dropStaleMail(db, now());
    const jobs = await claimDueMail(db, now(), BATCH);
    if (jobs.length === 0) return sweep;
    const sender = await this.openSender();
    for (const job of jobs) {
      if (!job.to.email || !job.to.active) {
        await markFailed(db, job, 'Người nhận không còn địa chỉ e-mail hoặc tài khoản đã bị khóa.', now(), {
          final: true,
        });
        sweep.failed++;
        continue;
      }
      const message = composeMail(job, this.deps.config.publicUrl);
      try {
        await sender.send({ to: job.to.email, ...message });
        await markSent(db, job.id);
        sweep.sent++;
      } catch (err) {
        // The log keeps the whole error; the row, a line the office can read.
        log.warn({ err, notificationId: job.id, attempt: job.attempts }, 'notification e-mail not sent');
        const outcome = await markFailed(db, job, safeErrorMessage(err).split('\n')[0]!, now());
        sweep[outcome === 'failed' ? 'failed' : 'retrying']++;
      }
    }
    return sweep;
  }

  private openSender(): Promise<MailSender> {
    if (this.deps.sender) return Promise.resolve(this.deps.sender);
    this.sender ??= smtpSender(this.deps.config.mail!);
    return this.sender;
  }
}

/** Starts the worker with the server and stops it when the server closes. */
export function startNotificationWorker(app: FastifyInstance, deps: WorkerDeps): NotificationWorker {
  const worker = new NotificationWorker(deps);
  worker.start();
  app.addHook('onClose', () => worker.stop());
  return worker;
}
