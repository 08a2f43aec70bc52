import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { apiAs, unitId } from '../support/api.ts';
import { journey, logIn, logInAndWaitForMenu, mainMenu, PHONE, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

/**
 * Issue 10, item 7, as a new user meets it: the office opens a cycle for a past year (the form warns that the
 * deadlines are past, but accepts), corrects a deadline, and reopens every commune in one action; the API then
 * says every commune's workspace is editable. A named round ("Đợt nhập bù") keeps it apart from the unnamed
 * 2023 cycle another journey opens in the same district.
 */
const ROUND = 'Đợt nhập bù';
const COMMUNES = ['Xã Bát Mọt', 'Xã Yên Nhân', 'Xã Xuân Lẹ'] as const;

function option(page: Page, text: string | RegExp): Locator {
  return page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text });
}

/** Types into a field with the keyboard, replacing what it held. */
async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(text);
}

/** Types a day into a date field and leaves it with Tab, as an officer moving on to the next field. */
async function typeDate(scope: Page | Locator, label: string, date: string) {
  const input = scope.getByLabel(label, { exact: true });
  await typeInto(input, date);
  await input.press('Tab');
}

/** Today and a week ahead in Vietnam time, as the server counts days. */
function vietnamDay(offsetDays = 0): { iso: string; shown: string } {
  const iso = new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return { iso, shown: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` };
}

describe('a cycle that can be corrected', () => {
  test('open a past year, see the warning, correct a deadline, reopen every commune at once', async () => {
    let cycleId = '';
    const until = vietnamDay(7);

    await journey(browser(), 'cycle-corrections', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'vhtt.thuongxuan');
      await mainMenu(page).getByRole('menuitem', { name: 'Kỳ đánh giá' }).click();
      await page.getByRole('button', { name: 'Mở kỳ đánh giá' }).click();
      await page.getByRole('heading', { name: 'Mở kỳ đánh giá mới' }).waitFor();

      // 2023: the form fills in that year's deadlines (15/02, 10/12, 15/12), all past.
      await typeInto(page.getByLabel('Năm đánh giá'), '2023');
      await page.getByLabel('Năm đánh giá').press('Tab');
      await typeInto(page.getByLabel('Tên đợt'), ROUND);
      const warning = page.getByRole('status').filter({ hasText: 'Đã qua hạn tự đánh giá 15/02/2023' });
      await warning.waitFor();
      expect(await warning.textContent()).toContain('các xã sẽ không nhập được cho đến khi được mở lại');

      const communes = page.getByLabel('Xã được giao hoàn thành trong năm');
      for (const [search, name] of [
        ['bat mot', 'Xã Bát Mọt'],
        ['yen nhan', 'Xã Yên Nhân'],
        ['xuan le', 'Xã Xuân Lẹ'],
      ] as const) {
        await communes.pressSequentially(search);
        await option(page, name).click();
      }
      await page.getByRole('button', { name: 'Mở kỳ đánh giá', exact: true }).click();
      await page
        .getByRole('heading', { name: `Kỳ đánh giá năm 2023 — Huyện Thường Xuân (${ROUND})` })
        .waitFor();
      cycleId = page.url().split('/cycles/')[1] ?? '';

      // Correct the dossier deadline; the self-assessment deadline stays in 2023, so the warning stays too.
      await page.getByRole('button', { name: 'Sửa kỳ đánh giá' }).click();
      await page.getByRole('heading', { name: /^Sửa kỳ đánh giá năm 2023/ }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Đã qua hạn tự đánh giá' }).waitFor();
      await typeDate(page, 'Hạn nộp hồ sơ', '20/12/2023');
      // The calendar closed: a click while it fades out could land on it instead of the button.
      await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.getByText('Đã lưu thay đổi của kỳ đánh giá.').waitFor();
      await page.getByText('20/12/2023').waitFor();

      // Every commune, none of which has opened its workspace, reopened in one action.
      await page.getByRole('button', { name: 'Mở lại nhiều xã' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mở lại cho nhiều xã' });
      await dialog.getByRole('checkbox', { name: 'Chọn tất cả (3)' }).press('Space');
      await dialog.getByText('Đã chọn 3/3 xã').waitFor();
      await typeDate(dialog, 'Mở đến hết ngày', until.shown);
      await typeInto(dialog.getByLabel('Lý do mở lại'), 'Nhập bù số liệu năm 2023');
      await dialog.getByRole('button', { name: 'Mở lại 3 xã' }).click();
      await page.getByText(`Đã mở lại cho 3 xã đến hết ngày ${until.shown}.`).waitFor();
    });

    // Read back what the server stored: the corrected deadline, and every commune editable until that day.
    const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
    const cycle = await office<{ round: string; deadlines: { dossier: string; selfAssessment: string } }>(
      'GET',
      `/api/cycles/${cycleId}`,
    );
    expect(cycle).toMatchObject({
      round: ROUND,
      deadlines: { selfAssessment: '2023-02-15', dossier: '2023-12-20' },
    });
    for (const name of COMMUNES) {
      const ws = await office<{ assessment: { editable: boolean; deadline: string } }>(
        'GET',
        `/api/cycles/${cycleId}/communes/${await unitId(baseUrl, name)}/workspace`,
      );
      expect(ws.assessment, name).toMatchObject({ editable: true, deadline: until.iso });
    }
  });

  test('on a phone: reopen all, close and delete a cycle opened by mistake, each confirmed', async () => {
    const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
    const ids = await Promise.all(['Huyện Thường Xuân', ...COMMUNES].map((n) => unitId(baseUrl, n)));
    const cycle = await office<{ id: string }>('POST', '/api/cycles', {
      year: 2024,
      round: 'Đợt mở nhầm',
      scopeId: ids[0],
      criteriaFrameworkId: 'qd-1829-2023',
      indexFrameworkId: null,
      deadlines: { selfAssessment: '2024-02-15', confirmation: '2024-12-10', dossier: '2024-12-15' },
      communeIds: ids.slice(1),
      exclusions: [],
    });
    const until = vietnamDay(3);

    await journey(
      browser(),
      'cycle-corrections-phone',
      async (page) => {
        // On a phone the menu is folded away: wait for the session itself before leaving the login page.
        await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
          logIn(page, baseUrl, 'vhtt.thuongxuan'),
        ]);
        await page.goto(`${baseUrl}/cycles/${cycle.id}`);
        await page
          .getByRole('heading', { name: 'Kỳ đánh giá năm 2024 — Huyện Thường Xuân (Đợt mở nhầm)' })
          .waitFor();

        await page.getByRole('button', { name: 'Mở lại nhiều xã' }).click();
        const dialog = page.getByRole('dialog', { name: 'Mở lại cho nhiều xã' });
        await dialog.getByRole('checkbox', { name: 'Chọn tất cả (3)' }).press('Space');
        await typeDate(dialog, 'Mở đến hết ngày', until.shown);
        await typeInto(dialog.getByLabel('Lý do mở lại'), 'Mở nhầm, thử lại');
        await dialog.getByRole('button', { name: 'Mở lại 3 xã' }).click();
        await page.getByText(`Đã mở lại cho 3 xã đến hết ngày ${until.shown}.`).waitFor();

        await page.getByRole('button', { name: 'Đóng kỳ' }).click();
        const confirmClose = page.getByRole('dialog').filter({ hasText: 'Đóng kỳ đánh giá?' });
        await confirmClose.getByRole('button', { name: 'Đóng kỳ' }).click();
        await page.getByText('Đã đóng kỳ đánh giá.').waitFor();
        await page.getByText('Kỳ đánh giá đã đóng: mọi dữ liệu chỉ xem được').waitFor();
        expect(await page.getByRole('button', { name: 'Mở lại nhiều xã' }).count()).toBe(0);

        // No commune entered anything: the cycle opened by mistake can go.
        await page.getByRole('button', { name: 'Xóa kỳ' }).click();
        const confirmDelete = page.getByRole('dialog').filter({ hasText: 'Xóa kỳ đánh giá?' });
        await confirmDelete.getByRole('button', { name: 'Xóa kỳ' }).click();
        await page.getByText('Đã xóa kỳ đánh giá.').waitFor();
        await page.waitForURL(/\/cycles$/);
      },
      PHONE,
    );

    await expect(office('GET', `/api/cycles/${cycle.id}`)).rejects.toThrow(/404/);
  });
});
