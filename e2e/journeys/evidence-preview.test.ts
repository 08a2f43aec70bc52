import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { unitId } from '../support/api.ts';
import { journey, logInAndWaitForMenu, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

// A 1×1 PNG and a minimal PDF: real formats, checked by content on upload. The PDF differs from the one the
// self-assessment journey uploads to the same library (identical content would be refused as a duplicate).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from(
  '%PDF-1.4\n% evidence preview\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer, docNumber: string) {
  await page.getByLabel('Số/ký hiệu', { exact: true }).fill(docNumber);
  await page.getByLabel('Trích yếu', { exact: true }).fill(`Minh chứng ${docNumber}`);
  await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  await page.getByText(`Đã tải lên ${name}.`).waitFor();
}

describe('evidence preview', () => {
  test('an image shows in the preview, and a PDF loads inside the app’s frame', async () => {
    const batMot = await unitId(baseUrl, 'Xã Bát Mọt');
    await journey(browser(), 'evidence-preview', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'canbo.batmot');
      await page.goto(`${baseUrl}/communes/${batMot}/evidence`);
      await page.getByRole('heading', { name: 'Thư viện minh chứng — Xã Bát Mọt' }).waitFor();
      await upload(page, 'anh-diem-wifi.png', 'image/png', PNG, '12/BB-UBND');
      await upload(page, 'quyet-dinh-bcd.pdf', 'application/pdf', PDF, '2137/QĐ-UBND');

      await page.getByRole('button', { name: 'Xem: anh-diem-wifi.png' }).click();
      const image = page.getByRole('dialog').getByRole('img', { name: 'Minh chứng 12/BB-UBND' });
      await image.waitFor();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBe(1);
      await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();

      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/evidence/') && r.url().endsWith('/file')),
        page.getByRole('button', { name: 'Xem: quyet-dinh-bcd.pdf' }).click(),
      ]);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      // Framed by the app itself only: a refused frame would end on Chromium's error page instead.
      expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
      await page.getByRole('dialog').locator('iframe[title="quyet-dinh-bcd.pdf"]').waitFor();
      await expect
        .poll(() => page.frames().map((f) => f.url()))
        .toContainEqual(expect.stringMatching(/\/api\/evidence\/[\w-]+\/file$/));
      expect(page.frames().some((f) => f.url().startsWith('chrome-error:'))).toBe(false);
    });
  }, 90_000);
});
