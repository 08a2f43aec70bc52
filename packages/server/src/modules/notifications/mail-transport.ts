import type { MailConfig } from '../../config/env.ts';

/** Sends one message; rejects with the SMTP server's error. */
export type MailSender = {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
};

/**
 * A nodemailer SMTP transport for the configured server. nodemailer is loaded here, on first use, so a server
 * without SMTP never loads it (start-up time: decision 001). Timeouts bound a hung mail server well inside the
 * claim on a job (`CLAIM_MS`), so a slow send is not taken again by another process meanwhile.
 */
export async function smtpSender(config: MailConfig): Promise<MailSender> {
  const nodemailer = (await import('nodemailer')).default;
  const transport = nodemailer.createTransport(
    {
      url: config.smtpUrl,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    },
    { from: config.from },
  );
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}
