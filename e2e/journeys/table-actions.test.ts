import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { apiAs, createCommuneOfficer, unitId } from '../support/api.ts';
import { DEMO_PASSWORD, journey, logIn, PHONE, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();
const WIDTHS = [
  ['375', PHONE],
  ['1366', { width: 1366, height: 768 }],
] as const;

/**
 * Issue 10, item 15: a table's actions stay on screen and usable at 375 and 1366 px: the documents list kept
 * its status and download out of sight on a phone, the users list its actions, and at 1366 px the third user
 * action was cut off.
 */
async function signIn(page: Page, username: string, password?: string) {
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
    logIn(page, baseUrl, username, password),
  ]);
}

/** Fully inside the window horizontally, without scrolling sideways. */
async function expectOnScreen(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  // Reaching it must not take a sideways scroll of the table (Playwright scrolls nested containers too, so a
  // column pushed out of sight would otherwise pass): no ancestor is scrolled horizontally, none clips it.
  const clippedBy = await target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (a.scrollLeft > 0) return `scrolled sideways: ${a.className}`;
      const rect = a.getBoundingClientRect();
      if (style.overflowX !== 'visible' && (box.right > rect.right + 1 || box.left < rect.left - 1))
        return `clipped by: ${a.className}`;
    }
    return null;
  });
  expect(clippedBy).toBeNull();
  const box = await target.boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box, 'the action has a box').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  // Covered or clipped, it would not take the click: the callers click it next (Playwright checks the hit).
}

describe('table actions reachable at 375 and 1366 px', () => {
  test.each(WIDTHS)(
    'users list at %s px: each action of a row is on screen and opens its dialog',
    async (width, viewport) => {
      const username = await createCommuneOfficer(baseUrl, 'mat-khau-e2e-2026');
      await journey(
        browser(),
        `users-actions-${width}`,
        async (page) => {
          await signIn(page, 'admin');
          await page.goto(`${baseUrl}/users`);
          await page.getByLabel('Tìm người dùng').pressSequentially(username);
          const row = page.getByRole('row').filter({ hasText: username });
          await row.waitFor();
          for (const [action, dialogTitle] of [
            ['Phân quyền', /Phân quyền/],
            ['Đặt lại mật khẩu', /Đặt lại mật khẩu/],
            ['Khóa', /Khóa/],
          ] as const) {
            const button = row.getByRole('button', { name: `${action}: ${username}`, exact: true });
            await expectOnScreen(page, button);
            await button.click();
            const dialog = page.getByRole('dialog').filter({ hasText: dialogTitle }).last();
            await dialog.waitFor();
            await dialog.getByRole('button', { name: 'Hủy' }).click();
            await dialog.waitFor({ state: 'hidden' });
          }
        },
        viewport,
      );
    },
  );

  test.each(WIDTHS)(
    'documents list at %s px: the status and the download are on screen',
    async (width, viewport) => {
      const { username, password, url, fileName } = await documentMade();
      await journey(
        browser(),
        `documents-actions-${width}`,
        async (page) => {
          await signIn(page, username, password);
          await page.goto(url);
          const link = page.getByRole('link', { name: `Tải về: ${fileName}` });
          await link.waitFor();
          const row = page.getByRole('row').filter({ has: link });
          await expectOnScreen(page, row.getByText('Xong', { exact: true }));
          await expectOnScreen(page, link);
          const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
          expect(download.suggestedFilename()).toBe(fileName);
        },
        viewport,
      );
    },
  );
});

let made: Promise<{ username: string; password: string; url: string; fileName: string }> | undefined;

/** One Word report of Xã Hoằng Cát (2023), made through the API and waited for; shared by both widths. */
function documentMade() {
  made ??= (async () => {
    // The demo password, so the API helper can log in as this officer too.
    const password = DEMO_PASSWORD;
    const username = await createCommuneOfficer(baseUrl, password, 'Xã Hoằng Cát');
    const [district, commune] = await Promise.all([
      unitId(baseUrl, 'Huyện Hoằng Hóa'),
      unitId(baseUrl, 'Xã Hoằng Cát'),
    ]);
    const province = await apiAs(baseUrl, 'so.cds');
    const cycle = await province<{ id: string }>('POST', '/api/cycles', {
      year: 2023,
      scopeId: district,
      criteriaFrameworkId: 'qd-1829-2023',
      indexFrameworkId: null,
      deadlines: { selfAssessment: '2099-12-31', confirmation: '2099-12-31', dossier: '2099-12-31' },
      communeIds: [commune],
      exclusions: [],
    });
    const officer = await apiAs(baseUrl, username);
    const ws = await officer<{ assessment: { id: string } }>(
      'GET',
      `/api/cycles/${cycle.id}/communes/${commune}/workspace`,
    );
    const path = `/api/assessments/${ws.assessment.id}/documents`;
    const { defaults } = await officer<{ defaults: Record<string, unknown> }>('GET', path);
    const queued = await officer<{ id: string }>('POST', path, {
      ...defaults,
      kind: 'commune_report',
      format: 'docx',
    });
    let doc: { id: string; status: string; fileName: string } | undefined;
    await expect
      .poll(
        async () => {
          const { items } = await officer<{ items: Array<{ id: string; status: string; fileName: string }> }>(
            'GET',
            path,
          );
          doc = items.find((d) => d.id === queued.id);
          return doc?.status;
        },
        { timeout: 30_000 },
      )
      .toBe('done');
    return {
      username,
      password,
      url: `${baseUrl}/cycles/${cycle.id}/communes/${commune}/documents`,
      fileName: doc!.fileName,
    };
  })();
  return made;
}
