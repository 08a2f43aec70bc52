import { describe, expect, test } from 'vitest';
import { journey, logIn, logInAndWaitForMenu, mainMenu, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

const everyone = ['Tổng quan', 'Kỳ đánh giá', 'Đơn vị hành chính', 'Bộ tiêu chí, chỉ số'];
const communes = [
  'Tổng quan',
  'Kỳ đánh giá',
  'Minh chứng',
  'Đề nghị hỗ trợ',
  'Đơn vị hành chính',
  'Bộ tiêu chí, chỉ số',
];
const offices = [
  'Tổng quan',
  'Kỳ đánh giá',
  'Lộ trình',
  'Phân công trách nhiệm',
  'Phân loại tiêu chí',
  'Đề nghị hỗ trợ',
  'Đơn vị hành chính',
  'Bộ tiêu chí, chỉ số',
  'Người dùng',
];
const members = ['Tổng quan', 'Kỳ đánh giá', 'Đề nghị hỗ trợ', 'Đơn vị hành chính', 'Bộ tiêu chí, chỉ số'];
const heads = [
  'Tổng quan',
  'Kỳ đánh giá',
  'Phân loại tiêu chí',
  'Đề nghị hỗ trợ',
  'Đơn vị hành chính',
  'Bộ tiêu chí, chỉ số',
];
const admins = [...everyone, 'Người dùng', 'Nhật ký thay đổi'];

const demoAccounts: { username: string; roleLabel: string; menu: string[] }[] = [
  { username: 'admin', roleLabel: 'Quản trị hệ thống', menu: admins },
  { username: 'so.cds', roleLabel: 'Sở phụ trách CĐS', menu: offices },
  { username: 'vhtt.thuongxuan', roleLabel: 'Cơ quan thường trực', menu: offices },
  { username: 'bcd.thuongxuan', roleLabel: 'Thành viên BCĐ', menu: members },
  { username: 'truongbcd.thuongxuan', roleLabel: 'Trưởng BCĐ', menu: heads },
  { username: 'canbo.batmot', roleLabel: 'Cán bộ xã', menu: communes },
  { username: 'chutich.batmot', roleLabel: 'Chủ tịch UBND xã', menu: communes },
  { username: 'canbo.yennhan', roleLabel: 'Cán bộ xã', menu: communes },
];

describe('logging in', () => {
  test.each(demoAccounts)(
    '$username sees exactly the menu of their role',
    async ({ username, roleLabel, menu }) => {
      await journey(browser(), `menu-${username}`, async (page) => {
        await logInAndWaitForMenu(page, baseUrl, username);
        expect(await mainMenu(page).getByRole('menuitem').allTextContents()).toEqual(menu);
        const header = page.getByRole('banner');
        expect(await header.textContent()).toContain(roleLabel);
        await expect.poll(() => page.title()).toBe('Tổng quan — Xã Số');
      });
    },
  );

  test('a wrong password shows a Vietnamese error and stays on the login page', async () => {
    await journey(browser(), 'wrong-password', async (page) => {
      await logIn(page, baseUrl, 'canbo.yennhan', 'mat-khau-sai-roi');
      const alert = page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Vui lòng thử lại');
      expect(new URL(page.url()).pathname).toBe('/login');
    });
  });

  test('logging out returns to the login page, and a deep link comes back after logging in', async () => {
    await journey(browser(), 'logout-deep-link', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'chutich.batmot');
      await page
        .getByRole('banner')
        .getByRole('button', { name: /Chủ tịch UBND xã Bát Mọt/ })
        .click();
      await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
      await page.waitForURL(`${baseUrl}/login`);

      await page.goto(`${baseUrl}/org-units`);
      await page.waitForURL(/\/login\?next=/);
      await page.getByLabel('Tên đăng nhập', { exact: true }).fill('chutich.batmot');
      await page.getByLabel('Mật khẩu', { exact: true }).fill('xaso-demo-2026');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(`${baseUrl}/org-units`);
      await page.getByRole('heading', { name: 'Đơn vị hành chính', level: 1 }).waitFor();
    });
  });
});
