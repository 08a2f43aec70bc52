import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/http/logger.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/** The app with the production logger at the default level, its lines collected. */
const lines: Array<Record<string, unknown>> = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ log: createLogger('info', sink) });
});
afterAll(() => t.close());

describe('request logging at the default level', () => {
  it('writes no line for a request that succeeds', async () => {
    lines.length = 0;
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(lines).toEqual([]);
  });

  it('writes one summary line for a refused request, without its query string', async () => {
    lines.length = 0;
    const res = await t.app.inject({ method: 'GET', url: '/api/users?q=Nguyen%20Van%20A' });
    expect(res.statusCode).toBe(401);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, method: 'GET', path: '/api/users', status: 401 });
    expect(JSON.stringify(lines[0])).not.toContain('Nguyen');
  });
});

describe('a request that fails (5xx)', () => {
  /** A second app whose accounts table is gone, so a login fails inside its query. */
  let broken: TestApp;
  beforeAll(async () => {
    broken = await createTestApp({ log: createLogger('info', sink) });
    await broken.database.db.execute(sql`alter table users rename to users_gone`);
  });
  afterAll(() => broken.close());

  it('writes one line with the request, its status and the error with its stack, without the query values', async () => {
    lines.length = 0;
    const res = await broken.app.inject({
      method: 'POST',
      url: '/api/auth/login?from=start',
      payload: { username: 'nguyen-van-a', password: 'mat-khau-thu-2026' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'INTERNAL' });
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({ level: 50, method: 'POST', path: '/api/auth/login', status: 500 });
    const err = line.err as { message: string; stack: string };
    expect(err.message).toMatch(/^Failed query: /);
    expect(err.stack).toMatch(/\n\s+at /);
    const text = JSON.stringify(line);
    expect(text).toContain('users');
    expect(text).not.toContain('nguyen-van-a');
    expect(text).not.toContain('from=start');
  });
});
