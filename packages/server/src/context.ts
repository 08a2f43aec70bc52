import type { FastifyBaseLogger } from 'fastify';
import type { Db } from './db/client.ts';

/** What every use case receives: the database (or a transaction), the clock and a logger. */
export type Ctx = {
  db: Db;
  /** Injectable so tests can move time (deadlines, sessions, rate limits). */
  now: () => Date;
  log: FastifyBaseLogger;
};

/** The signed-in user as use cases see it. */
export type Actor = {
  id: string;
  username: string;
  /** Shown as who last saved a result. */
  displayName: string;
  roles: ActorRole[];
};

export type ActorRole = {
  role: import('@xaso/domain/roles').Role;
  orgUnitId: string;
  /** Materialised path of the unit; the role covers every unit whose path starts with it. */
  orgUnitPath: string;
};
