import { describe, expect, test } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { journey, logInAndWaitForMenu, mainMenu, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

describe('accessibility (axe-core)', () => {
  test('the login page has no serious or critical violations', async () => {
    await journey(browser(), 'a11y-login', async (page) => {
      await page.goto(`${baseUrl}/login`);
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  });

  test('the org-unit browser with a unit open has no serious or critical violations', async () => {
    await journey(browser(), 'a11y-org-units', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'admin');
      await mainMenu(page).getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
      await page.getByRole('tree').getByText('Tỉnh Thanh Hóa').click();
      await page.getByRole('article').getByRole('heading', { name: 'Tỉnh Thanh Hóa' }).waitFor();
      await page.getByRole('tree').getByText('Huyện Thường Xuân').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  });
});
