import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config/env.ts';
import type { Db } from '../db/client.ts';
import type { FileStorage } from '../storage/file-storage.ts';

/** What the HTTP layer is built from. `now` is injectable so tests can move time. */
export type AppDeps = {
  db: Db;
  now: () => Date;
  storage: FileStorage;
  config: Pick<
    Config,
    'sessionTtlHours' | 'secureCookies' | 'webDist' | 'logLevel' | 'nodeEnv' | 'maxUploadBytes' | 'soffice'
  > &
    // Optional so an app built for a test is closed by default: no trusted proxy; docs as for its NODE_ENV.
    Partial<Pick<Config, 'trustProxy' | 'apiDocs'>>;
  /** The logger to use (e.g. one writing to a stream a test reads); by default one at `config.logLevel`. */
  log?: FastifyBaseLogger;
};
