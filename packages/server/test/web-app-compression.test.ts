import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { ERROR_MESSAGES } from '@xaso/domain/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

// A small built app as the web build leaves it: each compressible file with its .br and .gz copies beside it,
// except the icon, which has none (a file the build did not compress must still be served).
const INDEX_HTML =
  '<!doctype html><html lang="vi"><head><title>Xã Số</title></head><body><div id="root"></div></body></html>';
const APP_JS = `export const greeting = ${JSON.stringify('Xin chào '.repeat(200))};\n`;
const ICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>Xã Số</title></svg>';
const BROWSER = 'gzip, deflate, br, zstd';

let dist: string;
let t: TestApp;
beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'xaso-web-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  const write = (name: string, text: string, compressed = true) => {
    const file = path.join(dist, name);
    writeFileSync(file, text);
    if (!compressed) return;
    writeFileSync(`${file}.br`, brotliCompressSync(text));
    writeFileSync(`${file}.gz`, gzipSync(text));
  };
  write('index.html', INDEX_HTML);
  write('assets/index-Ab12Cd34.js', APP_JS);
  write('favicon.svg', ICON_SVG, false);
  t = await createTestApp({ config: { webDist: dist } });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('hashed assets', () => {
  it('go out as brotli to a browser that accepts it, smaller than the file and decoding to it', async () => {
    const res = await get('/assets/index-Ab12Cd34.js', BROWSER);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(APP_JS));
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(APP_JS);
  });

  it('go out as gzip to a client that accepts only gzip', async () => {
    const res = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(res.rawPayload).toString()).toBe(APP_JS);
  });

  it('go out plain to a client that accepts no compression, still marked as varying with it', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const res = await get('/assets/index-Ab12Cd34.js', acceptEncoding);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.body).toBe(APP_JS);
    }
  });

  it('a missing asset (an old hashed name) answers 404 JSON, not the app page', async () => {
    const res = await get('/assets/index-Old00000.js', BROWSER);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy trang.' });
  });
});

describe('the app page', () => {
  it('the root path sends index.html compressed, never kept stale (no-cache)', async () => {
    const res = await get('/', BROWSER);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(INDEX_HTML);
  });

  it('a client route opened directly (reload, shared link) gets index.html, compressed as accepted', async () => {
    const br = await get('/cycles/c1/communes/u1', BROWSER);
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('text/html');
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(INDEX_HTML);

    const gzip = await get('/login?next=%2Fcycles', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(INDEX_HTML);

    const plain = await get('/login');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.body).toBe(INDEX_HTML);
  });
});

it('a file the build left uncompressed is still served: compressed on the fly when accepted, plain otherwise', async () => {
  const res = await get('/favicon.svg', BROWSER);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('image/svg+xml');
  expect(res.headers['content-encoding']).toBe('br');
  expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(ICON_SVG);
  const plain = await get('/favicon.svg');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body).toBe(ICON_SVG);
});

it('an unknown API path answers the API 404, not the app page', async () => {
  const res = await get('/api/no-such-thing', BROWSER);
  expect(res.statusCode).toBe(404);
  expect(res.json()).toEqual({ code: 'NOT_FOUND', message: ERROR_MESSAGES.NOT_FOUND });
});
