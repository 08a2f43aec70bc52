import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; raw: string };

/** A real SMTP server in this process (no TLS, any sender), keeping every message it accepts. */
export async function startSmtpCapture(hooks: Partial<SMTPServerOptions> = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parseMessage(raw),
          raw,
        });
        callback();
      });
    },
    ...hooks,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: a mail server that is down. */
export async function closedPortUrl(): Promise<string> {
  const capture = await startSmtpCapture();
  await capture.close();
  return capture.url;
}

/**
 * The subject and the text body of a simple (single-part) message, decoded: RFC 2047 words in the subject,
 * quoted-printable or base64 in the body. Enough for what nodemailer sends for a text e-mail.
 */
function parseMessage(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) =>
    head
      .split('\r\n')
      .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? fromQuotedPrintable(body.replace(/=\r\n/g, ''))
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { subject: decodeWords(header('Subject')), text: text.replace(/\r\n/g, '\n') };
}

function quotedPrintableBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, 'utf8'));
  }
  return bytes;
}

function fromQuotedPrintable(text: string): string {
  return Buffer.from(quotedPrintableBytes(text)).toString('utf8');
}

/**
 * RFC 2047 words of a header. Adjacent encoded words are joined without the space between them (6.2), and
 * their bytes decoded together, as a character may be split across two words.
 */
function decodeWords(value: string): string {
  const parts = value.split(/(=\?[^?]+\?[QB]\?[^?]*\?=)/i);
  let out = '';
  let pending: number[] = [];
  parts.forEach((part, i) => {
    const word = /^=\?[^?]+\?([QB])\?([^?]*)\?=$/i.exec(part);
    if (word) {
      const [, kind, data] = word;
      pending.push(
        ...(kind!.toUpperCase() === 'B'
          ? Buffer.from(data!, 'base64')
          : quotedPrintableBytes(data!.replace(/_/g, ' '))),
      );
      return;
    }
    // Whitespace between two encoded words is not text.
    const between = /^\s*$/.test(part) && i > 0 && i < parts.length - 1;
    if (between) return;
    out += Buffer.from(pending).toString('utf8') + part;
    pending = [];
  });
  return out + Buffer.from(pending).toString('utf8');
}
