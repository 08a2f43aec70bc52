import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { PATHS } from '../paths.ts';

/** The only place that reads process.env. A bad value stops the process with a clear message. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  // No SESSION_SECRET: session cookies carry 256-bit random tokens that are looked up (SHA-256) in the
  // database, so there is nothing to sign. A deployment that still sets it starts as before (unknown keys
  // are ignored).
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(2048).default(50),
  /** LibreOffice for PDF; otherwise `soffice` is looked up on PATH. */
  SOFFICE_PATH: z.string().optional(),
  PATH: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  API_DOCS: z.enum(['public', 'off']).optional(),
  /** E-mail notifications: off unless set. smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, 'SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465')
    .refine(isUrl, 'SMTP_URL is not a valid URL (a password with @, : or / must be percent-encoded)')
    .optional(),
  /** The sender of notification e-mails: an address, or a name and an address ("Xã Số <xaso@example.vn>"). */
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'MAIL_FROM must be an e-mail address')
    .optional(),
  /** The address people open the app at, for links in e-mails (https://xaso.thanhhoa.gov.vn). */
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s]+/, 'PUBLIC_URL must start with http:// or https://')
    .refine(isUrl, 'PUBLIC_URL is not a valid URL')
    .optional(),
});

function isUrl(value: string): boolean {
  return URL.canParse(value);
}

/**
 * Which proxies may tell us the client's address through X-Forwarded-For. Off by default: trusting any
 * sender lets a client forge its address, escape the per-address login throttle and write a false address
 * into the audit log. Given as the proxies' addresses or CIDR ranges (or proxy-addr's names loopback,
 * linklocal, uniquelocal), comma-separated. Refused: `true` (trust everyone) and a hop count, which Fastify 5
 * ignores because it cannot tell a proxy from a client that reaches the server directly.
 */
export type TrustProxy = false | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

export function parseTrustProxy(value: string | undefined): TrustProxy | { error: string } {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true' || /^\d+$/.test(text)) {
    return {
      error:
        "give the proxies' addresses or CIDR ranges (e.g. 127.0.0.1 or 10.0.0.0/8): " +
        `"${text}" would let a client that reaches the server directly forge its address`,
    };
  }
  const entries = text.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (bad.length > 0) {
    return { error: `not an address or CIDR range: ${bad.map((b) => JSON.stringify(b)).join(', ')}` };
  }
  return entries;
}

export type Config = {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionTtlHours: number;
  logLevel: string;
  webDist: string;
  secureCookies: boolean;
  maxUploadBytes: number;
  /** Where to look for LibreOffice (PDF generation). */
  soffice: { SOFFICE_PATH?: string; PATH?: string };
  trustProxy: TrustProxy;
  /** `public`: the OpenAPI page and JSON at /api/docs; `off`: not served (404). */
  apiDocs: 'public' | 'off';
  /** Notification e-mail: the SMTP server and the sender; null when SMTP_URL is unset (in-app only). */
  mail: MailConfig | null;
  /** Where people open the app, without a trailing slash, for links in e-mails; null: relative links. */
  publicUrl: string | null;
};

export type MailConfig = { smtpUrl: string; from: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (DATABASE_URL= in a shell or a CI file).
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const trustProxy = parseTrustProxy(e.TRUST_PROXY);
  if (typeof trustProxy === 'object' && !Array.isArray(trustProxy)) {
    throw new ConfigError(`Invalid configuration:\n  TRUST_PROXY: ${trustProxy.error}`);
  }
  if (e.SMTP_URL && !e.MAIL_FROM) {
    // A relay refuses, or a recipient's filter drops, mail from an invented sender: the operator names it.
    throw new ConfigError(
      'Invalid configuration:\n  MAIL_FROM: required with SMTP_URL (the sender address, e.g. "Xã Số <xaso@example.vn>")',
    );
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(e.WEB_DIST ?? PATHS.webDist),
    secureCookies: e.NODE_ENV === 'production',
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    soffice: {
      ...(e.SOFFICE_PATH ? { SOFFICE_PATH: e.SOFFICE_PATH } : {}),
      ...(e.PATH ? { PATH: e.PATH } : {}),
    },
    trustProxy,
    // The documentation lists every route and field: handy in development, an inventory for an attacker
    // in production unless the operator decides otherwise.
    apiDocs: e.API_DOCS ?? (e.NODE_ENV === 'production' ? 'off' : 'public'),
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : null,
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, '') : null,
  };
}

export class ConfigError extends Error {}
