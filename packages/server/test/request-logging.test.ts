import { Writable } from 'node:stream';
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
