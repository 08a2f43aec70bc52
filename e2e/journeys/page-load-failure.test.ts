import { describe, expect, test } from 'vitest';
import { journey, logInAndWaitForMenu, mainMenu, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

describe('a page whose code cannot be downloaded', () => {
  test('says so in Vietnamese with a reload button instead of a blank app, and reloading opens the page', async () => {
    await journey(browser(), 'page-load-failure', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'canbo.batmot');
      // The network drops while the officer opens another page: its chunk never arrives.
      await page.route(/\/assets\/OrgUnitsPage-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
      await mainMenu(page).getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Không hiển thị được trang này' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Dữ liệu đã lưu không bị ảnh hưởng');

      await page.unroute(/\/assets\/OrgUnitsPage-[^/]+\.js$/);
      await alert.getByRole('button', { name: 'Tải lại trang' }).click();
      await page.getByRole('heading', { name: 'Đơn vị hành chính', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/org-units');
    });
  });
});
