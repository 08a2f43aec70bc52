import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

// The API's JSON goes compressed to a client that accepts it, and reads back the same; small answers and
// clients that ask for nothing get it plain.
let t: TestApp;
let cookie: string;
let frameworkUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'so.cds', password: 'xaso-demo-2026' },
  });
  cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  const list = await t.app.inject({ method: 'GET', url: '/api/frameworks', headers: { cookie } });
  frameworkUrl = `/api/frameworks/${list.json().items[0].id}`;
});
afterAll(() => t.close());

/** A whole criteria set: tens of kilobytes of JSON, like a workspace. */
const framework = (acceptEncoding?: string) =>
  t.app.inject({
    method: 'GET',
    url: frameworkUrl,
    headers: { cookie, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
  });

describe('compressed API answers', () => {
  it('sends a large JSON answer in brotli when the browser accepts it, the same JSON once decoded', async () => {
    const plain = await framework();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const br = await framework('gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const decoded = brotliDecompressSync(br.rawPayload);
    expect(decoded.length).toBeLessThan(plain.rawPayload.length * 2);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(decoded.toString('utf8'))).toEqual(plain.json());
  });

  it('falls back to gzip for a client without brotli', async () => {
    const gz = await framework('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual((await framework()).json());
  });

  it('leaves a small answer plain', async () => {
    const health = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toEqual({ ok: true });
  });
});
