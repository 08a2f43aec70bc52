import { describe, expect, test } from 'vitest';
import { unitId } from '../support/api.ts';
import { DEMO_PASSWORD, journey, logInAndWaitForMenu, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

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
});
