import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { apiAs, unitId } from '../support/api.ts';
import { journey, logIn, PHONE, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

type Item = {
  kind: string;
  code: string;
  result: Record<string, unknown> | null;
  evaluation: { verdict: string; points: number | null };
};

/**
 * Issue 10, items 2 and 5, in the browser: the commune types its self-scored points and their reason on
 * indicators scored by a person, marks one "Chưa thực hiện", and judges the qualitative criteria of 2023
 * (4.8 and 1.11, target "*"); each save is read back from the API. A named round keeps this file's 2023 cycle
 * apart from the other journeys'.
 */
let cycleId: string;
let batMot: string;

beforeAll(async () => {
  const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
  batMot = await unitId(baseUrl, 'Xã Bát Mọt');
  const cycle = await office<{ id: string }>('POST', '/api/cycles', {
    year: 2023,
    round: 'Đợt tự chấm điểm',
    scopeId: await unitId(baseUrl, 'Huyện Thường Xuân'),
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: 'qd-3853-2022-commune',
    deadlines: { selfAssessment: '2099-12-31', confirmation: '2099-12-31', dossier: '2099-12-31' },
    communeIds: [batMot],
    exclusions: [],
  });
  cycleId = cycle.id;
});

async function stored(kind: 'criterion' | 'indicator', code: string): Promise<Item> {
  const officer = await apiAs(baseUrl, 'canbo.batmot');
  const ws = await officer<{ items: Item[] }>('GET', `/api/cycles/${cycleId}/communes/${batMot}/workspace`);
  return ws.items.find((i) => i.kind === kind && i.code === code)!;
}

async function openWorkspace(page: Page) {
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
    logIn(page, baseUrl, 'canbo.batmot'),
  ]);
  await page.goto(`${baseUrl}/cycles/${cycleId}/communes/${batMot}`);
  await page.getByRole('heading', { name: /^Tự đánh giá năm 2023/ }).waitFor();
}

async function openItem(page: Page, code: string) {
  const name = new RegExp(`^${code.replace('.', '\\.')}(?!\\d)`);
  await page.getByRole('tabpanel').getByRole('button', { name }).click();
  const drawer = page.getByRole('dialog').first();
  await drawer.waitFor();
  return drawer;
}

async function typeInto(field: Locator, keys: string) {
  await field.click();
  await field.press('Control+A');
  await field.press('Backspace');
  await field.pressSequentially(keys);
}

async function save(page: Page, drawer: Locator) {
  const answered = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/items/'));
  await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
  const response = await answered;
  expect(response.status()).toBe(200);
}

async function closeDrawer(page: Page) {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').first().waitFor({ state: 'hidden' });
}

describe('the commune scores hand-scored indicators and judges qualitative criteria', () => {
  test('indicators: points typed with a reason, a missing reason refused on its field, "Chưa thực hiện"', async () => {
    await journey(browser(), 'self-scoring-indicators', async (page) => {
      await openWorkspace(page);
      await page.getByRole('tab', { name: /^Bộ chỉ số/ }).click();

      // 6.4 is scored by a person, its maximum unknown: the points are typed the Vietnamese way ("9,9").
      let drawer = await openItem(page, '6.4');
      await drawer.getByText(/từ 0 điểm trở lên \(chưa biết điểm tối đa\)/).waitFor();
      const points = drawer.getByLabel('Điểm tự chấm', { exact: true });
      await typeInto(points, '9,9');
      let puts = 0;
      const count = (r: { method: () => string; url: () => string }) => {
        if (r.method() === 'PUT' && r.url().includes('/items/')) puts += 1;
      };
      page.on('request', count);
      await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
      await drawer
        .getByText('Nêu căn cứ chấm điểm (việc đã làm, văn bản minh chứng).', { exact: true })
        .waitFor();
      page.off('request', count);
      expect(puts).toBe(0);
      expect((await stored('indicator', '6.4')).result).toBeNull();

      await typeInto(
        drawer.getByLabel('Căn cứ chấm điểm', { exact: true }),
        '115 lượt hài lòng trên 04 lĩnh vực',
      );
      await save(page, drawer);
      const saved = await stored('indicator', '6.4');
      expect(saved.result).toMatchObject({
        selfPoints: 9.9,
        selfPointsReason: '115 lượt hài lòng trên 04 lĩnh vực',
      });
      expect(saved.evaluation).toMatchObject({ verdict: 'scored', points: 9.9 });
      await closeDrawer(page);
      // The list shows the points although the maximum is unknown.
      await page.getByRole('tabpanel').getByText('9,9 điểm (chưa biết điểm tối đa)').waitFor();

      // 8.3 "Chưa thực hiện": ticked with the keyboard, 0 points.
      drawer = await openItem(page, '8.3');
      const notStarted = drawer.getByRole('checkbox', { name: 'Chưa thực hiện (0 điểm)' });
      await notStarted.focus();
      await page.keyboard.press('Space');
      await save(page, drawer);
      const eight3 = await stored('indicator', '8.3');
      expect(eight3.result).toMatchObject({ status: 'not_started', selfPoints: null });
      expect(eight3.evaluation.points).toBe(0);
    });
  }, 180_000);

  test('criteria: 4.8 ("Đánh giá định tính" in 2023) judged Đạt with its description', async () => {
    await journey(browser(), 'self-judgement', async (page) => {
      await openWorkspace(page);
      const drawer = await openItem(page, '4.8');
      await drawer.getByText('Chỉ tiêu 2023: Đánh giá định tính', { exact: true }).waitFor();
      expect(await drawer.getByText('*', { exact: true }).count()).toBe(0);
      await drawer.getByRole('radio', { name: 'Đạt', exact: true }).focus();
      await page.keyboard.press('Space');
      await typeInto(
        drawer.getByLabel('Mô tả căn cứ tự đánh giá', { exact: true }),
        'Có 12 điểm wifi công cộng miễn phí tại UBND xã và nhà văn hóa các thôn',
      );
      await save(page, drawer);
      const item = await stored('criterion', '4.8');
      expect(item.result).toMatchObject({
        selfJudgement: 'met',
        selfJudgementReason: 'Có 12 điểm wifi công cộng miễn phí tại UBND xã và nhà văn hóa các thôn',
      });
      expect(item.evaluation.verdict).toBe('met');
    });
  }, 120_000);

  test('on a phone: 1.11 judged Chưa đạt', async () => {
    await journey(
      browser(),
      'self-judgement-phone',
      async (page) => {
        await openWorkspace(page);
        const drawer = await openItem(page, '1.11');
        await drawer.getByRole('radio', { name: 'Chưa đạt', exact: true }).focus();
        await page.keyboard.press('Space');
        await typeInto(
          drawer.getByLabel('Mô tả căn cứ tự đánh giá', { exact: true }),
          'Mới triển khai 1/3 nền tảng',
        );
        await save(page, drawer);
        const item = await stored('criterion', '1.11');
        expect(item.result).toMatchObject({
          selfJudgement: 'not_met',
          selfJudgementReason: 'Mới triển khai 1/3 nền tảng',
        });
        expect(item.evaluation.verdict).toBe('not_met');
      },
      PHONE,
    );
  }, 120_000);
});
