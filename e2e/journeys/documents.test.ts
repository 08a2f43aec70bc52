import { stat } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { apiAs, createCommuneOfficer, unitId } from '../support/api.ts';
import { journey, logIn, PHONE, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

/** Hoằng Cát's 2024 cycle (criteria and index) opened by the province office, with a new commune officer. */
async function hoangCatCycle(password: string) {
  const username = await createCommuneOfficer(baseUrl, password, 'Xã Hoằng Cát');
  const [district, commune] = await Promise.all([
    unitId(baseUrl, 'Huyện Hoằng Hóa'),
    unitId(baseUrl, 'Xã Hoằng Cát'),
  ]);
  const province = await apiAs(baseUrl, 'so.cds');
  const cycle = await province<{ id: string }>('POST', '/api/cycles', {
    year: 2024,
    scopeId: district,
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: 'qd-3853-2022-commune',
    deadlines: { selfAssessment: '2099-12-31', confirmation: '2099-12-31', dossier: '2099-12-31' },
    communeIds: [commune],
    exclusions: [],
  });
  return { username, workspaceUrl: `${baseUrl}/cycles/${cycle.id}/communes/${commune}` };
}

describe('official documents', () => {
  test('from the workspace the officer makes the report as Word, Excel and PDF and downloads each', async () => {
    const password = 'mat-khau-e2e-2026';
    const { username, workspaceUrl } = await hoangCatCycle(password);
    await journey(
      browser(),
      'documents',
      async (page) => {
        // Wait for the session before leaving the login page: navigating away cancels a login still in flight.
        await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
          logIn(page, baseUrl, username, password),
        ]);
        await page.goto(workspaceUrl);
        await page.getByRole('heading', { name: 'Tự đánh giá năm 2024 — Xã Hoằng Cát' }).waitFor();
        await page.getByRole('button', { name: 'Xuất văn bản' }).click();
        await page.getByRole('heading', { name: 'Văn bản báo cáo năm 2024 — Xã Hoằng Cát' }).waitFor();

        // The form comes filled from the commune; the officer names the signer.
        await page.getByRole('button', { name: /^Thông tin văn bản/ }).click();
        expect(await page.getByLabel('Cơ quan ban hành').inputValue()).toBe('ỦY BAN NHÂN DÂN XÃ HOẰNG CÁT');
        await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An');

        // The table as Word and Excel will hold it.
        await page.getByRole('button', { name: 'Xem trước bảng số liệu' }).click();
        await page.getByText('CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ THỰC HIỆN TRONG NĂM 2024').waitFor();
        await page.getByRole('cell', { name: 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến' }).waitFor();

        for (const [format, extension] of [
          ['Word', 'docx'],
          ['Excel', 'xlsx'],
          ['PDF', 'pdf'],
        ] as const) {
          await page.getByRole('button', { name: `Tạo bản ${format}` }).click();
          const link = page.getByRole('link', { name: new RegExp(`^Tải về: .*\\.${extension}$`) });
          await link.waitFor({ timeout: 60_000 });
          const [download] = await Promise.all([page.waitForEvent('download'), link.first().click()]);
          expect(download.suggestedFilename()).toBe(
            `Báo cáo kết quả chuyển đổi số năm 2024 - Xã Hoằng Cát.${extension}`,
          );
          expect((await stat(await download.path())).size).toBeGreaterThan(5_000);
        }
        expect(await page.getByText('Xong', { exact: true }).count()).toBe(3);
      },
      PHONE,
    );
  }, 150_000);
});
