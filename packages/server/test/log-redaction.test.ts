import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { createLogger, safeErrorMessage } from '../src/http/logger.ts';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g';

/** A PostgreSQL (pg) error as the driver raises it: the failing row's values are in `detail`. */
function pgCheckViolation(): Error {
  return Object.assign(new Error('new row for relation "users" violates check constraint "x"'), {
    code: '23514',
    table: 'users',
    constraint: 'x',
    detail: `Failing row contains (0b6e…, admin, ${HASH}, t).`,
    where: `SQL statement "update users set password_hash = '${HASH}'"`,
  });
}

function logged(err: unknown): string {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  createLogger('info', sink).error({ err }, 'failed');
  return text;
}

describe('error logging', () => {
  const query = 'update "users" set "password_hash" = $1 where "users"."id" = $2';
  const failure = new DrizzleQueryError(query, [HASH, '0b6e-user-id'], pgCheckViolation());

  it("keeps the SQL text, code and constraint, drops Drizzle's params and pg's detail and where", () => {
    const text = logged(failure);
    const entry = JSON.parse(text);
    expect(entry.err.message).toBe(`Failed query: ${query}`);
    expect(entry.err.query).toBe(query);
    expect(entry.err.cause).toMatchObject({ code: '23514', table: 'users', constraint: 'x' });
    expect(text).not.toContain('argon2');
    expect(text).not.toContain('0b6e-user-id');
    expect(text).not.toContain('Failing row');
  });

  it('the same through nested causes and aggregate errors', () => {
    const text = logged(new AggregateError([new Error('outer', { cause: failure })], 'many'));
    expect(text).toContain('Failed query: update');
    expect(text).not.toContain('argon2');
  });

  it('the message printed by the CLI and at start-up has no parameters', () => {
    expect(safeErrorMessage(failure)).toBe(`Failed query: ${query}`);
    expect(safeErrorMessage('plain')).toBe('plain');
  });
});
