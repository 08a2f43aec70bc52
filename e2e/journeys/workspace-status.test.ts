import { describe, expect, test } from 'vitest';
import { apiAs, unitId } from '../support/api.ts';
import { journey, logIn, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

/**
 * Issue 10, items 13–14: the workspace of a commune that has entered nothing says "Chưa bắt đầu" (as the
 * office's list does), counts criteria and indicators apart, never "Đạt 0/0", names its deadline once; and
 * sending it lists what is still empty before anything is sent.
 */
async function hoangCatCycle() {
  const [district, commune] = await Promise.all([
    unitId(baseUrl, 'Huyện Hoằng Hóa'),
    unitId(baseUrl, 'Xã Hoằng Cát'),
  ]);
  const admin = await apiAs(baseUrl, 'admin');
  const username = `e2e.chutich.${Date.now().toString(36)}`;
  const password = 'mat-khau-e2e-2026';
  await admin('POST', '/api/users', {
    username,
    displayName: 'Chủ tịch thử nghiệm',
    password,
    roles: [{ role: 'commune_head', orgUnitId: commune }],
  });
  const province = await apiAs(baseUrl, 'so.cds');
  const cycle = await province<{ id: string }>('POST', '/api/cycles', {
    year: 2025,
    scopeId: district,
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: 'qd-3853-2022-commune',
    deadlines: { selfAssessment: '2099-12-31', confirmation: '2099-12-31', dossier: '2099-12-31' },
    communeIds: [commune],
    exclusions: [],
  });
  return { username, password, cycleId: cycle.id, commune };
}

describe('workspace status words and the submit confirmation', () => {
  test('an untouched workspace says "Chưa bắt đầu", counts criteria and indicators apart, and sending lists what is empty', async () => {
    const { username, password, cycleId, commune } = await hoangCatCycle();
    await journey(
      browser(),
      'workspace-status',
      async (page) => {
        await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
          logIn(page, baseUrl, username, password),
        ]);
        await page.goto(`${baseUrl}/cycles/${cycleId}/communes/${commune}`);
        await page.getByRole('heading', { name: 'Tự đánh giá năm 2025 — Xã Hoằng Cát' }).waitFor();
        const main = page.locator('main');
        await main.getByText('Chưa bắt đầu', { exact: true }).waitFor();
        expect(await main.getByText('Đang nhập', { exact: true }).count()).toBe(0);
        const summary = main.getByText(/^Tiêu chí: /);
        expect(await summary.textContent()).toMatch(
          /^Tiêu chí: chưa nhập tiêu chí nào trong \d+ · \d+ chưa có minh chứng\. Chỉ số: đã nhập 0\/\d+$/,
        );
        expect(await main.getByText(/Đạt 0\/0/).count()).toBe(0);
        expect(await main.getByText('Hạn: 31/12/2099', { exact: true }).count()).toBe(1);

        await page.getByRole('button', { name: 'Gửi bản tự đánh giá' }).click();
        const dialog = page.getByRole('dialog', { name: 'Gửi bản tự đánh giá?' });
        const missing = dialog.getByRole('list', { name: 'Bản tự đánh giá còn thiếu:' });
        await missing.waitFor();
        const text = (await missing.textContent()) ?? '';
        expect(text).toMatch(/(\d+)\/\1 tiêu chí chưa nhập/);
        expect(text).toMatch(/(\d+)\/\1 chỉ số chưa nhập/);
        expect(text).toMatch(/(\d+)\/\1 tiêu chí chưa có minh chứng/);
        expect(text).toContain('1.1, 1.2');
        await dialog.getByRole('button', { name: 'Hủy' }).click();
        const office = await apiAs(baseUrl, 'so.cds');
        const { items } = await office<{ items: Array<{ status: string; itemsEntered: number }> }>(
          'GET',
          `/api/cycles/${cycleId}/assessments`,
        );
        expect(items[0]).toMatchObject({ status: 'draft', itemsEntered: 0 });
      },
      { width: 1366, height: 768 },
    );

    // The office's list uses the same word for the same commune (it said "Đang nhập" once the draft existed).
    await journey(
      browser(),
      'workspace-status-office',
      async (page) => {
        await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
          logIn(page, baseUrl, 'so.cds'),
        ]);
        await page.goto(`${baseUrl}/cycles/${cycleId}`);
        const row = page.getByRole('row').filter({ hasText: 'Xã Hoằng Cát' });
        await row.getByText('Chưa bắt đầu', { exact: true }).waitFor();
        const text = (await row.textContent()) ?? '';
        expect(text).not.toContain('Đang nhập');
        expect(text).not.toMatch(/Đạt 0\/0/);
      },
      { width: 1366, height: 768 },
    );
  });
});
