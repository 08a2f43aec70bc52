import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const DEMO_PASSWORD = 'xaso-demo-2026';
const artifactsDir = path.join(import.meta.dirname, '..', 'artifacts');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 740 };

/** One headless Chromium per test file; each journey gets its own context (its own cookies). */
export function useBrowser(): { browser: () => Browser; baseUrl: string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('browser not launched yet');
      return browser;
    },
    baseUrl: inject('baseUrl'),
  };
}

/**
 * Runs a journey in a fresh page; on failure saves a full-page screenshot to e2e/artifacts/<name>.png and rethrows.
 */
export async function journey(
  browser: Browser,
  name: string,
  run: (page: Page) => Promise<void>,
  viewport = DESKTOP,
): Promise<void> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  try {
    await run(page);
  } catch (error) {
    const file = path.join(artifactsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

export async function logIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export function mainMenu(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

/** Logs in and waits until the layout with its menu is on screen. */
export async function logInAndWaitForMenu(
  page: Page,
  baseUrl: string,
  username: string,
  password = DEMO_PASSWORD,
) {
  await logIn(page, baseUrl, username, password);
  await mainMenu(page).getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
}
