import { describe, expect, test } from 'vitest';
import { journey, logInAndWaitForMenu, mainMenu, PHONE, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

describe('org-unit browser', () => {
  test('searching "thuong xuan" without diacritics finds Huyện Thường Xuân and opens its communes', async () => {
    await journey(browser(), 'org-unit-search', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'so.cds');
      await mainMenu(page).getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
      await page.getByRole('tree').getByText('Tỉnh Thanh Hóa').waitFor();

      await page.getByLabel('Tìm đơn vị').fill('thuong xuan');
      await page.getByLabel('Tìm đơn vị').press('Enter');
      const hit = page.getByRole('button', { name: /^Huyện Thường Xuân/ });
      await hit.waitFor();
      expect(await hit.textContent()).toContain('Tỉnh Thanh Hóa');
      await hit.click();

      const detail = page.getByRole('article');
      await detail.getByRole('heading', { name: 'Huyện Thường Xuân' }).waitFor();
      expect(await detail.textContent()).toContain('396');
      await detail.getByRole('button', { name: 'Xã Bát Mọt' }).waitFor();
      await detail.getByRole('button', { name: 'Xã Yên Nhân' }).waitFor();
      await detail.getByRole('button', { name: 'Thị trấn Thường Xuân' }).waitFor();
      // The tree opens down to the selected district, with its communes and departments.
      await page.getByRole('tree').getByText('Xã Bát Mọt').waitFor();
      expect(await page.getByRole('tree').textContent()).toContain('Phòng/Ban');
    });
  });

  test('a commune officer sees only their own commune', async () => {
    await journey(browser(), 'org-unit-scope', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'canbo.batmot');
      await mainMenu(page).getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
      await page.getByRole('tree').getByText('Xã Bát Mọt').waitFor();
      expect(await page.getByRole('tree').textContent()).not.toContain('Yên Nhân');
    });
  });

  test('on a phone the menu opens in a drawer', async () => {
    await journey(
      browser(),
      'phone-menu',
      async (page) => {
        await page.goto(`${baseUrl}/login`);
        await page.getByLabel('Tên đăng nhập', { exact: true }).fill('vhtt.thuongxuan');
        await page.getByLabel('Mật khẩu', { exact: true }).fill('xaso-demo-2026');
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
        await page.getByRole('button', { name: 'Mở menu' }).click();
        await mainMenu(page).getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
        await page.getByRole('heading', { name: 'Đơn vị hành chính', level: 1 }).waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(PHONE.width);
      },
      PHONE,
    );
  });
});
