import { describe, expect, test } from 'vitest';
import { apiAs, createCommuneOfficer } from '../support/api.ts';
import { journey, logIn, logInAndWaitForMenu, mainMenu, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

describe('user administration', () => {
  test('an admin creates a commune officer for Xã Bát Mọt, who then logs in and sees the commune menu', async () => {
    // A name of its own, so the journey does not depend on data left by another run or test.
    const username = `canbo.e2e.${Date.now().toString(36)}`;
    const password = 'mat-khau-moi-2026';

    await journey(browser(), 'create-user', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'admin');
      await mainMenu(page).getByRole('menuitem', { name: 'Người dùng' }).click();
      await page.getByRole('cell', { name: /^canbo\.batmot/ }).waitFor();

      await page.getByRole('button', { name: 'Thêm người dùng' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
      await dialog.getByLabel('Tên đăng nhập').fill(username);
      await dialog.getByLabel('Họ tên hoặc chức danh').fill('Cán bộ thử nghiệm xã Bát Mọt');
      await dialog.getByLabel('Mật khẩu').fill(password);
      // Typed key by key, as a person would (the address is checked by the server's own rule as they type).
      await dialog.getByLabel('Thư điện tử').pressSequentially(`${username}@thanhhoa.gov.vn`);

      await dialog.getByLabel('Vai trò 1').click();
      // antd renders the visible options without a role (a hidden listbox carries it for screen readers).
      await page.locator('.ant-select-item-option[title="Cán bộ xã"]').click();
      await dialog.getByLabel('Đơn vị 1').fill('bat mot');
      await page.locator('.ant-select-item-option[title="Xã Bát Mọt"]').click();
      await dialog.getByRole('button', { name: 'Lưu' }).click();

      const row = page.getByRole('row').filter({ hasText: username });
      await row.waitFor();
      expect(await row.textContent()).toContain('Cán bộ xã — Xã Bát Mọt');
      expect(await row.textContent()).toContain(`${username}@thanhhoa.gov.vn`);
    });
    // Stored as typed: where notifications are mailed.
    const admin = await apiAs(baseUrl, 'admin');
    const { items } = await admin<{ items: { username: string; email: string | null }[] }>(
      'GET',
      `/api/users?q=${encodeURIComponent(username)}`,
    );
    expect(items.find((u) => u.username === username)?.email).toBe(`${username}@thanhhoa.gov.vn`);

    await journey(browser(), 'created-user-logs-in', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, username, password);
      expect(await mainMenu(page).getByRole('menuitem').allTextContents()).toEqual([
        'Tổng quan',
        'Kỳ đánh giá',
        'Minh chứng',
        'Đề nghị hỗ trợ',
        'Đơn vị hành chính',
        'Bộ tiêu chí, chỉ số',
      ]);
      // The home page greets them with their role on the commune.
      await page.getByRole('main').getByText('Xã Bát Mọt', { exact: true }).waitFor();
      expect(await page.getByRole('main').textContent()).toContain('Cán bộ xã');
    });
  });

  test('an admin deactivates an account after confirming, and its holder can no longer log in', async () => {
    const password = 'mat-khau-thu-nghiem';
    const username = await createCommuneOfficer(baseUrl, password);

    await journey(browser(), 'deactivate-user', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'admin');
      await mainMenu(page).getByRole('menuitem', { name: 'Người dùng' }).click();
      await page.getByLabel('Tìm người dùng').fill(username);
      const row = page.getByRole('row').filter({ hasText: username });
      await row.getByRole('button', { name: 'Khóa' }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: `Khóa tài khoản ${username}?` });
      await confirm.getByRole('button', { name: 'Xác nhận' }).click();
      await row.getByText('Đã khóa').waitFor();
    });

    await journey(browser(), 'deactivated-user-login', async (page) => {
      await logIn(page, baseUrl, username, password);
      await page.getByRole('alert').filter({ hasText: 'Tài khoản đã bị khóa' }).waitFor();
    });
  });
});
