import { loadConfig } from '../config/env.ts';
import type { Ctx } from '../context.ts';
import { createLogger } from '../http/logger.ts';
import { openConfiguredDatabase } from '../server.ts';

export type CliIo = {
  out(text: string): void;
  /** Writes the message to stderr and gives the exit code to return. */
  fail(message: string, code?: number): number;
};

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  fail: (message, code = 1) => {
    process.stderr.write(`${message}\n`);
    return code;
  },
};

/** Opens (and migrates) the database named by DATA_DIR / DATABASE_URL for one command, then closes it. */
export async function withDatabase<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await fn({ db: database.db, now: () => new Date(), log: createLogger('warn') });
  } finally {
    await database.close();
  }
}
