import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { throttledAddress } from '../src/modules/auth/login-throttle.ts';
import { clientFor, createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('login', () => {
  it('opens a session with an HttpOnly, SameSite=Lax cookie and returns the user with roles and actions', async () => {
    const res = await login('canbo.batmot', 'xaso-demo-2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'xaso_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user.roles).toEqual([
      { role: 'commune_officer', orgUnit: expect.objectContaining({ name: 'Xã Bát Mọt', type: 'commune' }) },
    ]);
    expect(body.user.actions).not.toContain('user:manage');
    expect(body.csrfToken).toMatch(/.{20,}/);
  });

  it('refuses a wrong password or an unknown user with the same Vietnamese message', async () => {
    const wrong = await login('chutich.batmot', 'sai-mat-khau-1234');
    const unknown = await login('khong-ton-tai', 'sai-mat-khau-1234');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: expect.stringContaining('không đúng'),
    });
    expect(unknown.json()).toEqual(wrong.json());
  });
});

describe('login throttle: per account and address, and per address', () => {
  const from = (address: string, username: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: address,
      payload: { username, password },
    });
  const newAccount = async (username: string) => {
    const admin = await t.login('admin');
    const created = await admin.post('/api/users', {
      username,
      displayName: `Tài khoản thử ${username}`,
      password: 'mat-khau-dung-123',
      roles: [],
    });
    expect(created.statusCode).toBe(200);
  };

  it('the right password still works after 4 failures from an address', async () => {
    await newAccount('thu.bon');
    for (let i = 1; i <= 4; i++)
      expect((await from('198.51.100.4', 'thu.bon', 'sai-mat-khau-123')).statusCode).toBe(401);
    expect((await from('198.51.100.4', 'thu.bon', 'mat-khau-dung-123')).statusCode).toBe(200);
  });

  it('after the 5th failure the 6th attempt from that address is refused for 15 minutes, even with the right password', async () => {
    await newAccount('thu.khoa');
    for (let i = 1; i <= 5; i++)
      expect((await from('198.51.100.5', 'thu.khoa', 'sai-mat-khau-123')).statusCode).toBe(401);
    const sixth = await from('198.51.100.5', 'thu.khoa', 'mat-khau-dung-123');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('15 phút') });
    t.clock.advance(14 * 60_000);
    expect((await from('198.51.100.5', 'thu.khoa', 'mat-khau-dung-123')).statusCode).toBe(429);
    t.clock.advance(2 * 60_000);
    expect((await from('198.51.100.5', 'thu.khoa', 'mat-khau-dung-123')).statusCode).toBe(200);
  });

  it('the owner logs in from another address while an attacker is throttled, and does not free the attacker', async () => {
    await newAccount('chu.tai.khoan');
    for (let i = 1; i <= 6; i++) await from('203.0.113.66', 'chu.tai.khoan', 'doan-mo-123456');
    expect((await from('203.0.113.66', 'chu.tai.khoan', 'doan-mo-123456')).statusCode).toBe(429);
    expect((await from('192.0.2.20', 'chu.tai.khoan', 'mat-khau-dung-123')).statusCode).toBe(200);
    expect((await from('203.0.113.66', 'chu.tai.khoan', 'doan-mo-123456')).statusCode).toBe(429);
  });

  it('an IPv6 client rotating addresses within its /64 stays throttled; another /64 is another address', async () => {
    await newAccount('thu.ipv6');
    for (let i = 1; i <= 5; i++) await from(`2001:db8:1:2::${i}`, 'thu.ipv6', 'sai-mat-khau-123');
    expect((await from('2001:db8:1:2:ffff::6', 'thu.ipv6', 'mat-khau-dung-123')).statusCode).toBe(429);
    expect((await from('2001:db8:1:3::1', 'thu.ipv6', 'mat-khau-dung-123')).statusCode).toBe(200);
  });

  it('an address has a ceiling of 30 failures over all accounts', async () => {
    for (let i = 1; i <= 29; i++) await from('203.0.113.9', `ke-do-${i}`, 'sai-mat-khau-123');
    expect((await from('203.0.113.9', 'ke-do-30', 'sai-mat-khau-123')).statusCode).toBe(401);
    const after = await from('203.0.113.9', 'so.cds', 'xaso-demo-2026');
    expect(after.statusCode).toBe(429);
    expect((await from('192.0.2.21', 'so.cds', 'xaso-demo-2026')).statusCode).toBe(200);
  });
});

describe('the address the throttle counts', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['2001:db8:1:2::7', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1:2:3:4', 'fe80:0:0:0::/64'],
  ])('%s counts as %s', (address, key) => {
    expect(throttledAddress(address)).toBe(key);
  });
});

describe('session', () => {
  it('answers 401 without a session and 200 with one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const client = await t.login('so.cds');
    const res = await client.get('/api/auth/session');
    expect(res.statusCode).toBe(200);
    expect(res.json().user.username).toBe('so.cds');
  });

  it('refuses a state-changing request without the CSRF token and changes nothing', async () => {
    const client = await t.login('bcd.thuongxuan');
    const forged = clientFor(t.app, client.cookie, 'not-the-token');
    const res = await forged.post('/api/auth/password', {
      currentPassword: 'xaso-demo-2026',
      newPassword: 'mat-khau-moi-2026',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
    expect((await login('bcd.thuongxuan', 'xaso-demo-2026')).statusCode).toBe(200);
  });

  it('ends after its lifetime', async () => {
    const client = await t.login('vhtt.thuongxuan');
    t.clock.advance(13 * 3600_000);
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('logout closes the session', async () => {
    const client = await t.login('canbo.yennhan');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });
});

describe('password change', () => {
  it('needs the current password, then the new one works and the old one does not', async () => {
    const admin = await t.login('admin');
    await admin.post('/api/users', {
      username: 'doi.mk',
      displayName: 'Thử đổi mật khẩu',
      password: 'mat-khau-cu-123',
      roles: [],
    });
    const client = await t.login('doi.mk', 'mat-khau-cu-123');
    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'khong-dung-123',
      newPassword: 'mat-khau-moi-123',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual({ currentPassword: 'Mật khẩu hiện tại không đúng.' });
    const short = await client.post('/api/auth/password', {
      currentPassword: 'mat-khau-cu-123',
      newPassword: 'ngan',
    });
    expect(short.json().fields.newPassword).toContain('ít nhất 10 ký tự');
    const ok = await client.post('/api/auth/password', {
      currentPassword: 'mat-khau-cu-123',
      newPassword: 'mat-khau-moi-123',
    });
    expect(ok.statusCode).toBe(200);
    expect((await login('doi.mk', 'mat-khau-cu-123')).statusCode).toBe(401);
    expect((await login('doi.mk', 'mat-khau-moi-123')).statusCode).toBe(200);
  });
});

describe('password change throttle', () => {
  it('after 5 wrong current passwords the 6th attempt is refused for 15 minutes, even when right', async () => {
    const admin = await t.login('admin');
    await admin.post('/api/users', {
      username: 'doan.mk',
      displayName: 'Thử đoán mật khẩu',
      password: 'mat-khau-cu-123',
      roles: [],
    });
    const client = await t.login('doan.mk', 'mat-khau-cu-123');
    const change = (currentPassword: string) =>
      client.request({
        method: 'POST',
        url: '/api/auth/password',
        remoteAddress: '198.51.100.77',
        payload: { currentPassword, newPassword: 'mat-khau-moi-123' },
      });
    for (let i = 1; i <= 5; i++) {
      const wrong = await change(`doan-lan-thu-${i}`);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().fields).toEqual({ currentPassword: 'Mật khẩu hiện tại không đúng.' });
    }
    const sixth = await change('mat-khau-cu-123');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toEqual({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Bạn đã nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại.',
    });
    // Nothing changed: the old password still opens a session.
    expect((await login('doan.mk', 'mat-khau-cu-123')).statusCode).toBe(200);
    t.clock.advance(16 * 60_000);
    expect((await change('mat-khau-cu-123')).statusCode).toBe(200);
  });

  it('4 wrong current passwords still leave the right one usable', async () => {
    const admin = await t.login('admin');
    await admin.post('/api/users', {
      username: 'doan.bon',
      displayName: 'Thử đoán bốn lần',
      password: 'mat-khau-cu-123',
      roles: [],
    });
    const client = await t.login('doan.bon', 'mat-khau-cu-123');
    const change = (currentPassword: string) =>
      client.request({
        method: 'POST',
        url: '/api/auth/password',
        remoteAddress: '198.51.100.78',
        payload: { currentPassword, newPassword: 'mat-khau-moi-123' },
      });
    for (let i = 1; i <= 4; i++) expect((await change(`doan-lan-thu-${i}`)).statusCode).toBe(400);
    expect((await change('mat-khau-cu-123')).statusCode).toBe(200);
  });
});

describe('errors', () => {
  it('answers malformed JSON with 400 and a Vietnamese message, never a stack trace', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'BAD_REQUEST', message: expect.stringContaining('JSON') });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers an unknown API route with 404 in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });

  it('names each invalid field in Vietnamese', async () => {
    const res = await login('', '');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      username: 'Vui lòng nhập tên đăng nhập.',
      password: 'Vui lòng nhập mật khẩu.',
    });
  });
});

describe('OpenAPI', () => {
  it('documents every API route with its schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    for (const route of [
      '/api/auth/login',
      '/api/org-units',
      '/api/org-units/{id}',
      '/api/users',
      '/api/audit-events',
    ]) {
      expect(doc.paths).toHaveProperty([route]);
    }
    expect(doc.paths['/api/auth/login'].post.requestBody).toBeDefined();
  });
});

describe('web app', () => {
  it('serves index.html for client routes and 404 for a missing asset', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { buildApp } = await import('../src/http/app.ts');
    const { LocalFileStorage } = await import('../src/storage/local-file-storage.ts');
    const dist = mkdtempSync(path.join(tmpdir(), 'xaso-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Xã Số</title>');
    writeFileSync(path.join(dist, 'assets', 'app-abc.js'), 'console.log(1)');
    const app = await buildApp({
      db: t.database.db,
      now: t.clock.now,
      storage: new LocalFileStorage(dist),
      config: {
        maxUploadBytes: 1024,
        sessionTtlHours: 1,
        secureCookies: false,
        webDist: dist,
        logLevel: 'silent',
        nodeEnv: 'test',
        soffice: {},
      },
    });
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<title>Xã Số</title>');
    const page = await app.inject({ method: 'GET', url: '/org-units/123' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Xã Số</title>');
    const asset = await app.inject({ method: 'GET', url: '/assets/app-abc.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await app.inject({ method: 'GET', url: '/assets/app-old.js' });
    expect(missing.statusCode).toBe(404);
    await app.close();
  });
});
