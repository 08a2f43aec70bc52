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
  >;
};
