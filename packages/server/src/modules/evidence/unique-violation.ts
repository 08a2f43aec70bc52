/** PostgreSQL's code for a unique index refusing a row. */
const UNIQUE_VIOLATION = '23505';

/**
 * Whether a failed write was refused by a unique index. Drizzle wraps the driver's error (pg's and PGlite's
 * both carry the SQLSTATE in `code`) in its own, with the original as `cause`, so the chain is followed.
 */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as Error).cause, depth++) {
    if ((e as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
  }
  return false;
}

/** PostgreSQL's code for a foreign key refusing a change (a row still referred to). */
const FOREIGN_KEY_VIOLATION = '23503';

/** Whether a failed write was refused by a foreign key, following the same error chain. */
export function isForeignKeyViolation(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as Error).cause, depth++) {
    if ((e as { code?: unknown }).code === FOREIGN_KEY_VIOLATION) return true;
  }
  return false;
}
