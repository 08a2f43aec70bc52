import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

// The web app's page and its public/ folder as Vite copies them into dist (Vite copies public/ unchanged).
const web = path.resolve(import.meta.dirname, '../../web');
let dist: string;
let t: TestApp;
beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'xaso-favicon-'));
  copyFileSync(path.join(web, 'index.html'), path.join(dist, 'index.html'));
  copyFileSync(path.join(web, 'public/favicon.svg'), path.join(dist, 'favicon.svg'));
  t = await createTestApp({ config: { webDist: dist } });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

it('every page names a favicon the server serves (no 404 per page)', async () => {
  const page = await t.app.inject({ method: 'GET', url: '/' });
  const href = /<link rel="icon"[^>]*href="([^"]+)"/.exec(page.body)?.[1];
  expect(href).toBe('/favicon.svg');
  const icon = await t.app.inject({ method: 'GET', url: href! });
  expect(icon.statusCode).toBe(200);
  expect(icon.headers['content-type']).toContain('image/svg+xml');
});
