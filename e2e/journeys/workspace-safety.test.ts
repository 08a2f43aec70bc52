import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { apiAs, createCommuneOfficer, unitId } from '../support/api.ts';
import { journey, logIn, logInAndWaitForMenu, mainMenu, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

type Workspace = { assessment: { id: string } };

/**
 * The paths where work could be lost: two people saving one criterion, the network failing during a save, the
 * deadline passing. Cycles are opened through the API for years the main journey does not use (2024, 2023).
 */
let openCycle: { id: string; batMot: string };
let lockedCycle: { id: string; batMot: string };

async function createCycle(year: number, selfAssessment: string) {
  const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
  const [district, batMot] = await Promise.all([
    unitId(baseUrl, 'Huyện Thường Xuân'),
    unitId(baseUrl, 'Xã Bát Mọt'),
  ]);
  const cycle = await office<{ id: string }>('POST', '/api/cycles', {
    year,
    scopeId: district,
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: null,
    deadlines: { selfAssessment, confirmation: selfAssessment, dossier: selfAssessment },
    communeIds: [batMot],
    exclusions: [],
  });
  return { id: cycle.id, batMot };
}

beforeAll(async () => {
  openCycle = await createCycle(2024, '2099-12-31');
  lockedCycle = await createCycle(2023, '2024-02-15');
});

async function openItem(page: Page, code: string) {
  const name = new RegExp(`^${code.replace('.', '\\.')}(?!\\d)`);
  await page.getByRole('button', { name }).first().click();
  await page.getByRole('dialog').first().waitFor();
  return page.getByRole('dialog');
}

describe('the workspace keeps work safe', () => {
  test('a save that meets another person’s newer save shows their value and lets the officer choose', async () => {
    await journey(browser(), 'conflict', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'canbo.batmot');
      await page.goto(`${baseUrl}/cycles/${openCycle.id}/communes/${openCycle.batMot}`);
      await page.getByRole('heading', { name: 'Tự đánh giá năm 2024 — Xã Bát Mọt' }).waitFor();
      const drawer = await openItem(page, '1.6');
      await drawer.getByLabel(/^Tử số/).fill('92');
      await drawer.getByLabel(/^Mẫu số/).fill('100');

      // Meanwhile the commune head saves the same criterion from another device.
      const head = await apiAs(baseUrl, 'chutich.batmot');
      const ws = await head<Workspace>(
        'GET',
        `/api/cycles/${openCycle.id}/communes/${openCycle.batMot}/workspace`,
      );
      await head('PUT', `/api/assessments/${ws.assessment.id}/items/criterion/1.6`, {
        numerator: 70,
        denominator: 100,
        expectedVersion: 0,
      });

      await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
      const alert = drawer
        .getByRole('alert')
        .filter({ hasText: 'Người khác vừa lưu tiêu chí này trước bạn' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Chủ tịch UBND xã Bát Mọt');
      expect(await alert.textContent()).toContain('70/100');
      // The officer's own figures are still in the form, nothing was overwritten on either side.
      expect(await drawer.getByLabel(/^Tử số/).inputValue()).toBe('92');

      await alert.getByRole('button', { name: 'Ghi đè bằng giá trị của tôi' }).click();
      await page.getByText('Đã lưu 1.6.').waitFor();
      const saved = await head<Workspace & { items: Array<{ code: string; result: { numerator: number } }> }>(
        'GET',
        `/api/cycles/${openCycle.id}/communes/${openCycle.batMot}/workspace`,
      );
      expect(saved.items.find((i) => i.code === '1.6')?.result.numerator).toBe(92);
    });
  }, 90_000);

  test('when the network fails the form says so and keeps the figures, even across a reload', async () => {
    await journey(browser(), 'network-failure', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'canbo.batmot');
      const url = `${baseUrl}/cycles/${openCycle.id}/communes/${openCycle.batMot}`;
      await page.goto(url);
      await page.getByRole('heading', { name: 'Tự đánh giá năm 2024 — Xã Bát Mọt' }).waitFor();
      let drawer = await openItem(page, '3.1');
      await drawer.getByLabel(/^Tử số/).fill('450');
      await drawer.getByLabel(/^Mẫu số/).fill('900');

      await page.route('**/api/assessments/**', (route) => route.abort('internetdisconnected'));
      await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
      await drawer.getByText('Chưa lưu được — kiểm tra kết nối rồi bấm Lưu lại').waitFor();

      await page.unroute('**/api/assessments/**');
      await page.reload();
      await page.getByRole('heading', { name: 'Tự đánh giá năm 2024 — Xã Bát Mọt' }).waitFor();
      drawer = page.getByRole('dialog');
      if (!(await drawer.isVisible())) drawer = await openItem(page, '3.1');
      await drawer.getByText('Đã khôi phục dữ liệu bạn nhập nhưng chưa lưu lần trước.').waitFor();
      expect(await drawer.getByLabel(/^Tử số/).inputValue()).toBe('450');
      await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.getByText('Đã lưu 3.1.').waitFor();
    });
  }, 90_000);

  test('after the deadline the workspace is read-only and says whom to ask', async () => {
    await journey(browser(), 'locked', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'canbo.batmot');
      await page.goto(`${baseUrl}/cycles/${lockedCycle.id}/communes/${lockedCycle.batMot}`);
      await page.getByRole('heading', { name: 'Tự đánh giá năm 2023 — Xã Bát Mọt' }).waitFor();
      await page
        .getByText('Đã quá hạn tự đánh giá 15/02/2024 nên không sửa được.', { exact: false })
        .waitFor();
      const drawer = await openItem(page, '1.6');
      expect(await drawer.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
    });
  }, 90_000);

  test('a commune not assigned this year registers two criteria early and gets a workspace of just those', async () => {
    const password = 'mat-khau-e2e-2026';
    const username = await createCommuneOfficer(baseUrl, password, 'Xã Lương Sơn');
    await journey(browser(), 'early-registration', async (page) => {
      await logIn(page, baseUrl, username, password);
      await mainMenu(page).getByRole('menuitem', { name: 'Kỳ đánh giá' }).click();
      const cycle = page.getByRole('listitem').filter({ hasText: 'Kỳ đánh giá năm 2024' });
      await cycle.getByRole('button', { name: 'Đăng ký sớm tiêu chí' }).click();
      const dialog = page.getByRole('dialog', { name: 'Đăng ký sớm tiêu chí năm 2024' });
      // Dependent criteria are shown but cannot be ticked.
      expect(await dialog.getByRole('checkbox', { name: /^3\.2\./ }).isDisabled()).toBe(true);
      await dialog.getByRole('checkbox', { name: /^1\.1\./ }).check();
      await dialog.getByRole('checkbox', { name: /^4\.4\./ }).check();
      await dialog.getByRole('button', { name: 'Đăng ký 2 tiêu chí' }).click();
      await page.getByRole('heading', { name: 'Tự đánh giá năm 2024 — Xã Lương Sơn' }).waitFor();
      await page.getByText(/Xã đăng ký sớm 2 tiêu chí không phụ thuộc/).waitFor();
      const buttons = await page.getByRole('button', { name: /^\d+\.\d+/ }).allTextContents();
      expect(buttons.map((b) => /^\d+\.\d+/.exec(b)?.[0])).toEqual(['1.1', '4.4']);
    });
  }, 90_000);
});
