import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { unitId } from '../support/api.ts';
import { DEMO_PASSWORD, journey, logIn, logInAndWaitForMenu, PHONE, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();
/** The oversized files written for this run (tens of MB each), removed at the end. */
const bigFiles: string[] = [];
afterAll(() => Promise.all(bigFiles.map((f) => rm(f, { force: true }))));

/** A signed-in fetch for one demo account: JSON calls, and the multipart upload the library uses. */
async function sessionOf(username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login as ${username}: ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(init.headers ?? {}) },
    });
}

/** A small PDF whose bytes differ per call (the library refuses an identical file as a duplicate). */
function pdf(label: string): Blob {
  return new Blob([`%PDF-1.4\n% ${label} ${Math.random()}\ntrailer<<>>\n%%EOF\n`], {
    type: 'application/pdf',
  });
}

async function uploadAs(username: string, communeId: string, fileName: string, docNumber: string) {
  const call = await sessionOf(username);
  const body = new FormData();
  body.append('docNumber', docNumber);
  body.append('file', pdf(fileName), fileName);
  const response = await call(`/api/communes/${communeId}/evidence`, { method: 'POST', body });
  if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { evidence: { id: string } }).evidence.id;
}

describe('evidence library', () => {
  test.each([
    ['bcd.thuongxuan', 'steering member'],
    ['vhtt.thuongxuan', 'standing office'],
  ])(
    '%s (%s) reads a commune’s library in its district, without upload, edit or delete',
    async (username) => {
      const batMot = await unitId(baseUrl, 'Xã Bát Mọt');
      const fileName = `ke-hoach-${username}.pdf`;
      await uploadAs('canbo.batmot', batMot, fileName, `9/KH-${username}`);
      await journey(browser(), `evidence-read-only-${username}`, async (page) => {
        await logInAndWaitForMenu(page, baseUrl, username);
        await page.goto(`${baseUrl}/communes/${batMot}/evidence`);
        await page.getByRole('heading', { name: 'Thư viện minh chứng — Xã Bát Mọt' }).waitFor();
        await page.getByText(/chỉ đọc/).waitFor();
        await page.getByRole('link', { name: `Tải về: ${fileName}` }).waitFor();
        expect(await page.getByText('403').count()).toBe(0);
        expect(await page.getByRole('region', { name: 'Tải tài liệu lên' }).count()).toBe(0);
        expect(await page.locator('input[type=file]').count()).toBe(0);
        expect(await page.getByRole('button', { name: `Sửa thông tin: ${fileName}` }).count()).toBe(0);
        expect(await page.getByRole('button', { name: `Xoá: ${fileName}` }).count()).toBe(0);
        // The download the page offers is one this reader may actually fetch.
        const href = await page.getByRole('link', { name: `Tải về: ${fileName}` }).getAttribute('href');
        const status = await page.evaluate(async (url) => (await fetch(url ?? '')).status, href);
        expect(status).toBe(200);
      });
    },
  );

  test('a file the server refuses as too large (413) is said next to it, not left at 99%', async () => {
    const batMot = await unitId(baseUrl, 'Xã Bát Mọt');
    const call = await sessionOf('canbo.batmot');
    const { maxUploadBytes } = (await (await call('/api/evidence/upload-limits')).json()) as {
      maxUploadBytes: number;
    };
    const big = path.join(tmpdir(), `xaso-e2e-413-${Date.now()}.pdf`);
    bigFiles.push(big);
    await writeFile(big, Buffer.alloc(maxUploadBytes + 1024 * 1024, 0x20));
    await journey(browser(), 'evidence-413', async (page) => {
      // A browser that believes in a larger limit (an older page, a proxy's own limit): the server decides.
      await page.route('**/api/evidence/upload-limits', (route) =>
        route.fulfill({ json: { maxUploadBytes: maxUploadBytes * 4 } }),
      );
      await signIn(page, 'canbo.batmot');
      await page.goto(`${baseUrl}/communes/${batMot}/evidence`);
      await page.getByRole('heading', { name: 'Thư viện minh chứng — Xã Bát Mọt' }).waitFor();
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/evidence')),
        page.locator('input[type=file]').setInputFiles(big),
      ]);
      expect(response.status()).toBe(413);
      const row = page.getByRole('list', { name: 'Tệp vừa chọn' }).locator('li');
      await expect.poll(() => row.getAttribute('data-status'), { timeout: 30_000 }).toBe('error');
      expect(await row.textContent()).toMatch(/quá lớn/);
    });
  }, 90_000);

  test('the commune deletes a document; the citation form is empty after an upload (phone)', async () => {
    const batMot = await unitId(baseUrl, 'Xã Bát Mọt');
    const fileName = `bien-ban-${Date.now()}.pdf`;
    await journey(
      browser(),
      'evidence-delete',
      async (page) => {
        await signIn(page, 'canbo.batmot');
        await page.goto(`${baseUrl}/communes/${batMot}/evidence`);
        await page.getByRole('heading', { name: 'Thư viện minh chứng — Xã Bát Mọt' }).waitFor();
        const docNumber = page.getByLabel('Số/ký hiệu', { exact: true });
        const summary = page.getByLabel('Trích yếu', { exact: true });
        await docNumber.pressSequentially('15/BB-UBND');
        await summary.pressSequentially('Biên bản kiểm tra');
        await page.locator('input[type=file]').setInputFiles({
          name: fileName,
          mimeType: 'application/pdf',
          buffer: Buffer.from(await pdf(fileName).arrayBuffer()),
        });
        await page.getByText(`Đã tải lên ${fileName}.`).waitFor();
        // The next file must not inherit this one's citation without the user noticing.
        await expect.poll(() => docNumber.inputValue()).toBe('');
        expect(await summary.inputValue()).toBe('');
        const stored = await libraryOf(batMot);
        const row = stored.find((e) => e.fileName === fileName);
        expect(row).toMatchObject({ docNumber: '15/BB-UBND', summary: 'Biên bản kiểm tra' });

        await page.getByRole('button', { name: `Xóa: ${fileName}` }).click();
        const dialog = page.getByRole('dialog', { name: `Xóa tài liệu ${fileName}?` });
        await dialog.getByRole('button', { name: 'Xóa' }).click();
        await page.getByText(`Đã xóa ${fileName}.`).waitFor();
        expect((await libraryOf(batMot)).some((e) => e.fileName === fileName)).toBe(false);
        const call = await sessionOf('canbo.batmot');
        expect((await call(`/api/evidence/${row!.id}/file`)).status).toBe(404);
      },
      PHONE,
    );
  });

  test('an oversized file is refused before sending and a refused type is said next to the file (375 and 1366 px)', async () => {
    const batMot = await unitId(baseUrl, 'Xã Bát Mọt');
    const { maxUploadBytes } = (await (
      await (
        await sessionOf('canbo.batmot')
      )('/api/evidence/upload-limits')
    ).json()) as {
      maxUploadBytes: number;
    };
    const big = path.join(tmpdir(), `xaso-e2e-qua-lon-${Date.now()}.pdf`);
    bigFiles.push(big);
    await writeFile(big, Buffer.alloc(maxUploadBytes + 1, 0x20));
    for (const [width, viewport] of [
      [375, PHONE],
      [1366, { width: 1366, height: 768 }],
    ] as const) {
      await journey(
        browser(),
        `evidence-refusals-${width}`,
        async (page) => {
          await signIn(page, 'canbo.batmot');
          await page.goto(`${baseUrl}/communes/${batMot}/evidence`);
          await page.getByRole('heading', { name: 'Thư viện minh chứng — Xã Bát Mọt' }).waitFor();
          const posts: string[] = [];
          page.on('request', (r) => {
            if (r.method() === 'POST' && r.url().includes('/evidence')) posts.push(r.url());
          });
          const queue = page.getByRole('list', { name: 'Tệp vừa chọn' });

          await page.locator('input[type=file]').setInputFiles(big);
          await queue.getByText(/Tệp quá lớn: tối đa/).waitFor();
          expect(posts).toEqual([]);

          // Content decides the type: text named .pdf is refused by the server (415), said under its name.
          const fake = `gia-mao-mot-ten-tep-rat-dai-de-thu-bo-cuc-tren-dien-thoai-${width}.pdf`;
          await page.locator('input[type=file]').setInputFiles({
            name: fake,
            mimeType: 'application/pdf',
            buffer: Buffer.from('đây không phải PDF'),
          });
          const fakeRow = queue.locator('li', { hasText: fake });
          await fakeRow.locator('[data-status], .ant-typography-danger').first().waitFor();
          await expect.poll(() => fakeRow.getAttribute('data-status')).toBe('error');
          expect(await fakeRow.textContent()).toMatch(/không|hỗ trợ/i);
          await noOverlap(page, fakeRow);
          expect(posts).toHaveLength(1);
        },
        viewport,
      );
    }
  });
});

/** The name and the status of a queued file sit side by side, never on top of each other. */
async function noOverlap(page: Page, row: ReturnType<Page['locator']>) {
  const name = await row.locator('.ant-typography').first().boundingBox();
  const status = await row.locator('div').last().boundingBox();
  expect(name && status).toBeTruthy();
  expect(name!.x + name!.width).toBeLessThanOrEqual(status!.x + 1);
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(status!.x + status!.width).toBeLessThanOrEqual(width);
}

async function libraryOf(communeId: string) {
  const call = await sessionOf('canbo.batmot');
  const { items } = (await (await call(`/api/communes/${communeId}/evidence`)).json()) as {
    items: Array<{ id: string; fileName: string; docNumber: string | null; summary: string | null }>;
  };
  return items;
}

/** Logs in at any width (on a phone the menu is folded away, so wait for leaving the login page instead). */
async function signIn(page: Page, username: string) {
  await logIn(page, baseUrl, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
