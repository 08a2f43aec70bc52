import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { apiAs, unitId } from '../support/api.ts';
import { journey, logIn, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

/** Issue 10, item 16: "Tổng quan" shows each role what waits for it, not only a greeting. */
const ROUND = 'Đợt kiểm tra trang tổng quan';
const TITLE = `Kỳ đánh giá 2025 — ${ROUND}`;

/** A day in Vietnam, `days` from today, as YYYY-MM-DD (the browser runs in Asia/Ho_Chi_Minh). */
function vietnamDay(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function openCycle() {
  const ids = await Promise.all(
    ['Huyện Thường Xuân', 'Xã Bát Mọt', 'Xã Yên Nhân'].map((name) => unitId(baseUrl, name)),
  );
  const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
  const deadline = vietnamDay(10);
  const cycle = await office<{ id: string }>('POST', '/api/cycles', {
    year: 2025,
    round: ROUND,
    scopeId: ids[0],
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: null,
    deadlines: { selfAssessment: deadline, confirmation: deadline, dossier: vietnamDay(20) },
    communeIds: [ids[1], ids[2]],
    exclusions: [],
  });
  // Bát Mọt enters one criterion; Yên Nhân has not started.
  const officer = await apiAs(baseUrl, 'canbo.batmot');
  const ws = await officer<{ assessment: { id: string } }>(
    'GET',
    `/api/cycles/${cycle.id}/communes/${ids[1]}/workspace`,
  );
  await officer('PUT', `/api/assessments/${ws.assessment.id}/items/criterion/1.1`, {
    value: true,
    expectedVersion: 0,
  });
  return { cycleId: cycle.id, batMot: ids[1]! };
}

async function home(page: Page, username: string) {
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
    logIn(page, baseUrl, username),
  ]);
  await page.waitForURL((url) => url.pathname === '/');
}

describe('home page by role', () => {
  test('commune, office, steering member and admin each see what waits for them', async () => {
    const { cycleId, batMot } = await openCycle();

    await journey(browser(), 'home-commune', async (page) => {
      await home(page, 'canbo.batmot');
      const card = page.getByRole('region', { name: 'Việc cần làm' }).locator('.ant-card', {
        hasText: `${TITLE} — Xã Bát Mọt`,
      });
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('Đang nhập');
      expect(text).toContain('Đã nhập 1 mục');
      expect(text).toMatch(/\(còn 10 ngày\)/);
      await card.getByRole('link', { name: 'Mở bản tự đánh giá' }).click();
      await page.waitForURL(`${baseUrl}/cycles/${cycleId}/communes/${batMot}`);
    });

    await journey(browser(), 'home-office', async (page) => {
      await home(page, 'vhtt.thuongxuan');
      const region = page.getByRole('region', { name: 'Tình hình các xã' });
      const card = region.locator('.ant-card', { hasText: `${TITLE} — Huyện Thường Xuân` });
      await card.waitFor();
      expect(await card.textContent()).toContain('0 đã gửi · 1 đang nhập · 1 chưa bắt đầu');
      const due = region.getByRole('listitem').filter({ hasText: TITLE });
      expect(await due.textContent()).toMatch(/còn 10 ngày\): 2 xã chưa gửi/);
    });

    await journey(browser(), 'home-steering', async (page) => {
      await home(page, 'bcd.thuongxuan');
      const card = page
        .getByRole('region', { name: 'Các xã trong địa bàn' })
        .locator('.ant-card', { hasText: TITLE });
      await card.waitFor();
      const batMotRow = card.getByRole('listitem').filter({ hasText: 'Xã Bát Mọt' });
      const yenNhanRow = card.getByRole('listitem').filter({ hasText: 'Xã Yên Nhân' });
      expect(await batMotRow.textContent()).toMatch(/Đang nhập.*Đạt \d+\/\d+ tiêu chí/);
      expect(await yenNhanRow.textContent()).toContain('Chưa bắt đầuChưa có số liệu');
    });

    const admin = await apiAs(baseUrl, 'admin');
    const { items: users } = await admin<{ items: unknown[] }>('GET', '/api/users?q=');
    await journey(browser(), 'home-admin', async (page) => {
      await home(page, 'admin');
      const region = page.getByRole('region', { name: 'Hệ thống' });
      await region.getByText(/tài khoản \(\d+ đang hoạt động\)/).waitFor();
      expect(await region.textContent()).toContain(`${users.length} tài khoản`);
      expect(await region.textContent()).toMatch(/\d+ xã, phường, thị trấn/);
    });
  }, 120_000);
});
