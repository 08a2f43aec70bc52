import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { unitId } from '../support/api.ts';
import { journey, logInAndWaitForMenu, mainMenu, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

const PDF = Buffer.from(
  '%PDF-1.4\n% csp journey\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * Everything the browser refused under the Content-Security-Policy: the page's securitypolicyviolation
 * events (set up before any script of the app runs) and Chromium's console reports, which also cover frames.
 * Not counted: one refused `eval` per page, zod 4 probing once whether it may compile parsers (`new
 * Function('')` in a try/catch; refused, it parses without compiling). Setting zod's `jitless` would skip the
 * probe, but only before the first schema is made, which the bundler's chunk order does not allow today.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) reported.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(
        `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      );
    });
  });
  return async () => {
    const events = await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    );
    const zodProbe = events.findIndex((e) => e.startsWith('script-src eval '));
    return [...reported, ...events.filter((_, i) => i !== zodProbe)];
  };
}

describe('content security policy', () => {
  test('the app works under its CSP: pages, antd styles, an upload and a framed PDF, nothing refused', async () => {
    const batMot = await unitId(baseUrl, 'Xã Bát Mọt');
    await journey(browser(), 'content-security-policy', async (page) => {
      const violations = await watchViolations(page);
      const home = await page.goto(`${baseUrl}/login`);
      expect(home?.headers()['content-security-policy']).toContain("script-src 'self'");
      await logInAndWaitForMenu(page, baseUrl, 'canbo.batmot');
      // antd's CSS-in-JS styles applied: the menu is laid out, not unstyled list items.
      const menu = mainMenu(page).getByRole('menu').first();
      expect(await menu.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');

      await page.goto(`${baseUrl}/communes/${batMot}/evidence`);
      await page.getByRole('heading', { name: 'Thư viện minh chứng — Xã Bát Mọt' }).waitFor();
      await page.getByLabel('Số/ký hiệu', { exact: true }).fill('99/CSP-UBND');
      await page.getByLabel('Trích yếu', { exact: true }).fill('Minh chứng 99/CSP-UBND');
      await page.locator('input[type=file]').setInputFiles({
        name: 'kiem-tra-csp.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await page.getByText('Đã tải lên kiem-tra-csp.pdf.').waitFor();
      await page.getByRole('button', { name: 'Xem: kiem-tra-csp.pdf' }).click();
      await page.getByRole('dialog').locator('iframe[title="kiem-tra-csp.pdf"]').waitFor();
      await expect
        .poll(() => page.frames().map((f) => f.url()))
        .toContainEqual(expect.stringMatching(/\/api\/evidence\/[\w-]+\/file$/));
      expect(page.frames().some((f) => f.url().startsWith('chrome-error:'))).toBe(false);
      await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();

      expect(await violations()).toEqual([]);
    });
  }, 90_000);

  test('the API documentation page works under its own CSP', async () => {
    await journey(browser(), 'content-security-policy-docs', async (page) => {
      const violations = await watchViolations(page);
      await page.goto(`${baseUrl}/api/docs`);
      await page.getByText('Xã Số API').first().waitFor();
      await page.locator('.opblock').first().waitFor();
      expect(await violations()).toEqual([]);
    });
  }, 60_000);
});
