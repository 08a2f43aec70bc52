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
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(2048).default(50),
  /** LibreOffice for PDF; otherwise `soffice` is looked up on PATH. */
  SOFFICE_PATH: z.string().optional(),
  PATH: z.string().optional(),
});

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
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (DATABASE_URL= in a shell or a CI file).
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required when NODE_ENV=production');
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
  };
}

export class ConfigError extends Error {}
