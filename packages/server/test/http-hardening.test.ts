import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, users } from '../src/db/schema.ts';
import { createLogger } from '../src/http/logger.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/** Vietnamese, in the one error shape: a message with at least one Vietnamese letter, no English default. */
function expectVietnameseError(res: { statusCode: number; json(): unknown }, status: number) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { code: string; message: string };
  expect(Object.keys(body).sort()).toEqual(['code', 'message']);
  expect(body.code).toMatch(/^[A-Z_]+$/);
  expect(body.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('client address (TRUST_PROXY)', () => {
  const failFrom = (app: TestApp, forwardedFor: string, username: string) =>
    app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.0.2.10',
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { username, password: 'sai-mat-khau-123' },
    });

  it('by default, a rotated X-Forwarded-For does not escape the throttle of an account', async () => {
    for (let i = 1; i <= 5; i++)
      expect((await failFrom(t, `198.51.100.${i}`, 'so.cds')).statusCode).toBe(401);
    const sixth = await failFrom(t, '198.51.100.6', 'so.cds');
    expect(sixth.statusCode).toBe(429);
  });

  it("by default, a rotated X-Forwarded-For does not escape the address's ceiling", async () => {
    const app = await createTestApp();
    try {
      for (let i = 1; i <= 30; i++) await failFrom(app, `198.51.100.${i}`, `ai-do-${i}`);
      expect((await failFrom(app, '198.51.100.31', 'ai-do-31')).statusCode).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('by default, the audit log records the socket address, not a forwarded one', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.0.2.11',
      headers: { 'x-forwarded-for': '203.0.113.66' },
      payload: { username: 'canbo.yennhan', password: 'xaso-demo-2026' },
    });
    expect(res.statusCode).toBe(200);
    expect(await lastLoginAddress(t, 'canbo.yennhan')).toBe('192.0.2.11');
  });

  it('with TRUST_PROXY naming the proxy, the forwarded address is used for the throttle and the audit', async () => {
    const behindProxy = await createTestApp({ config: { trustProxy: ['192.0.2.10'] } });
    try {
      for (let i = 1; i <= 5; i++) await failFrom(behindProxy, '198.51.100.1', 'so.cds');
      expect((await failFrom(behindProxy, '198.51.100.1', 'so.cds')).statusCode).toBe(429);
      // Another client behind the same proxy is another address: not throttled.
      expect((await failFrom(behindProxy, '198.51.100.2', 'so.cds')).statusCode).toBe(401);
      const ok = await behindProxy.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '192.0.2.10',
        headers: { 'x-forwarded-for': '203.0.113.66' },
        payload: { username: 'canbo.yennhan', password: 'xaso-demo-2026' },
      });
      expect(ok.statusCode).toBe(200);
      expect(await lastLoginAddress(behindProxy, 'canbo.yennhan')).toBe('203.0.113.66');
    } finally {
      await behindProxy.close();
    }
  });
});

async function lastLoginAddress(app: TestApp, username: string): Promise<unknown> {
  const [user] = await app.database.db.select().from(users).where(eq(users.username, username));
  const [event] = await app.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'session.login'), eq(auditEvents.entityId, user!.id)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return (event?.payload as { after?: { address?: string } } | undefined)?.after?.address;
}

describe('a path the router decodes meets the same session checks', () => {
  const encodings = ['/%61pi/auth/session', '/api/auth/%73ession', '/%61%70%69/auth/session'];

  it.each(encodings)('GET %s without a session answers 401 in the error shape', async (url) => {
    const res = await t.app.inject({ method: 'GET', url });
    expectVietnameseError(res, 401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it.each(['/%61pi/auth/logout', '/api/auth/%6Cogout'])(
    'POST %s without the CSRF token is refused and the session stays open',
    async (url) => {
      const client = await t.login('vhtt.thuongxuan');
      const res = await t.app.inject({ method: 'POST', url, headers: { cookie: client.cookie } });
      expectVietnameseError(res, 403);
      expect(res.json().code).toBe('CSRF_FAILED');
      expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    },
  );

  it.each(['//api/auth/session', '/api//auth/session', '/api/auth/session%2F', '/%2Fapi/auth/session'])(
    'GET %s reaches no API route without a session',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.body).not.toContain('csrfToken');
    },
  );
});

describe("Fastify's own errors answer in Vietnamese, in the error shape", () => {
  it('a bad percent-encoding in a path parameter: 400', async () => {
    const client = await t.as('admin');
    const res = await client.get('/api/cycles/%E0%A4%A');
    expectVietnameseError(res, 400);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expectVietnameseError(await client.get('/api/org-units/%zz'), 400);
  });

  it('a path parameter longer than the router accepts: 414', async () => {
    const client = await t.as('admin');
    expectVietnameseError(await client.get(`/api/org-units/${'a'.repeat(150)}`), 414);
  });

  it('an unknown API route: 404; a bad encoding anywhere in the path: 400', async () => {
    expectVietnameseError(await t.app.inject({ method: 'GET', url: '/api/khong-co' }), 404);
    expectVietnameseError(await t.app.inject({ method: 'GET', url: '/api/khong-co/%E0%A4%A' }), 400);
  });

  it('a request the HTTP parser refuses (malformed header, headers or URL too large): 400 and 431', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const malformed = await rawRequest(
      port,
      'GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n',
    );
    const tooLarge = await rawRequest(
      port,
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    const longUrl = await rawRequest(port, `GET /api/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    for (const [raw, status] of [
      [malformed, 400],
      [tooLarge, 431],
      [longUrl, 431],
    ] as const) {
      const [head = '', body = ''] = raw.split('\r\n\r\n');
      expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(head).toContain('x-content-type-options: nosniff');
      expectVietnameseError({ statusCode: status, json: () => JSON.parse(body) }, status);
    }
  });
});

function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', (err) => (received ? resolve(received) : reject(err)));
    socket.on('close', () => resolve(received));
  });
}

describe('a truncated multipart body answers 400, whatever the route', () => {
  function truncated() {
    const boundary = '----xasoTruncated';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.yaml"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    return {
      payload: Buffer.concat([Buffer.from(head), Buffer.alloc(4096, 0x61)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    };
  }

  it('framework validation (file read whole)', async () => {
    const client = await t.as('admin');
    const res = await client.request({ method: 'POST', url: '/api/frameworks/validate', ...truncated() });
    expectVietnameseError(res, 400);
    expect(res.json().code).toBe('BAD_REQUEST');
  });

  it('evidence upload (file streamed to storage)', async () => {
    const client = await t.as('canbo.batmot');
    const communeId = (await client.get('/api/auth/session')).json().user.roles[0].orgUnit.id;
    const res = await client.request({
      method: 'POST',
      url: `/api/communes/${communeId}/evidence`,
      ...truncated(),
    });
    expectVietnameseError(res, 400);
    const list = await client.get(`/api/communes/${communeId}/evidence`);
    expect(list.statusCode).toBe(200);
    expect(JSON.stringify(list.json())).not.toContain('a.yaml');
  });
});

describe('security headers', () => {
  let web: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'xaso-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Xã Số</title>');
    web = await createTestApp({ config: { webDist: dist } });
  });
  afterAll(async () => {
    await web.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('the app, a client route, the API and an API error carry a CSP that allows only own scripts', async () => {
    for (const url of ['/', '/org-units/1', '/api/health', '/api/auth/session', '/api/khong-co']) {
      const res = await web.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self';");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('HSTS and upgrade-insecure-requests only in production; the API docs off there by default', async () => {
    const production = await createTestApp({ config: { nodeEnv: 'production', webDist: dist } });
    try {
      const home = await production.app.inject({ method: 'GET', url: '/' });
      expect(home.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      expect(String(home.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
      const api = await production.app.inject({ method: 'GET', url: '/api/health' });
      expect(api.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      for (const url of ['/api/docs', '/api/docs/json', '/api/docs/static/index.html']) {
        const res = await production.app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json().code).toBe('NOT_FOUND');
      }
    } finally {
      await production.close();
    }
  });

  it('API_DOCS=public in production serves them; API_DOCS=off elsewhere hides them', async () => {
    const publicDocs = await createTestApp({ config: { nodeEnv: 'production', apiDocs: 'public' } });
    const noDocs = await createTestApp({ config: { apiDocs: 'off' } });
    try {
      expect((await publicDocs.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200);
      expect((await noDocs.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(404);
    } finally {
      await publicDocs.close();
      await noDocs.close();
    }
  });

  it('the docs page has its own CSP (scripts of its own origin only) and may not be framed', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'[^;]*;/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});

describe('logs never hold the values of a failed statement', () => {
  it('a failing password update logs its SQL but not the new hash nor the parameters', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await createTestApp({ log: createLogger('info', sink) });
    try {
      const client = await logged.login('chutich.batmot');
      // Any change to a user row now fails in the database, after the new hash was computed.
      await logged.database.db.execute(
        sql.raw(
          'alter table users add constraint test_refuse_changes check (length(password_hash) < 0) not valid',
        ),
      );
      const res = await client.post('/api/auth/password', {
        currentPassword: 'xaso-demo-2026',
        newPassword: 'mat-khau-moi-bi-loi-2026',
      });
      expectVietnameseError(res, 500);
      const log = lines.join('');
      const failure = lines.map((l) => JSON.parse(l)).find((l) => l.err);
      expect(failure.err.message).toBe(
        'Failed query: update "users" set "password_hash" = $1 where "users"."id" = $2',
      );
      expect(failure.err.cause.constraint).toBe('test_refuse_changes');
      expect(log).not.toContain('$argon2');
      expect(log).not.toContain('params:');
      expect(log).not.toContain('Failing row contains');
    } finally {
      await logged.close();
    }
  });
});
