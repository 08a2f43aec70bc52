import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiAs, unitId } from '../support/api.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { journey, logIn, logInAndWaitForMenu, mainMenu, PHONE, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

/**
 * Issue 12, the standing office's part of the done-when journey: Thường Xuân's office imports its roadmap for
 * 2022–2025 from an Excel file, opens the 2023 cycle with the roadmap's communes proposed, assigns a lead unit
 * and a responsible member to every criterion at once, and exports the matrix. A named round keeps this cycle
 * apart from the unnamed 2023 cycles other journeys open in the same district.
 */
const ROUND = 'Đợt theo lộ trình';
const LEAD = 'Phòng Văn hóa và Thông tin';
const MEMBER = 'Thành viên BCĐ huyện Thường Xuân';

/** The roadmap as seeds 000 (2022) and 002 (2023–2025) write it: names without "Xã", as the decision does. */
const ROADMAP: Record<number, string[]> = {
  2022: ['Bát Mọt', 'Yên Nhân', 'Thị trấn Thường Xuân'],
  2023: ['Tân Thành', 'Lương Sơn', 'Xuân Cao', 'Thọ Thanh', 'Luận Khê'],
  2024: ['Ngọc Phụng', 'Xuân Thắng', 'Xuân Chinh', 'Xuân Lẹ', 'Xuân Lộc'],
  2025: ['Luận Thành', 'Vạn Xuân', 'Xuân Dương'],
};
const YEARS = [2022, 2023, 2024, 2025];
const fullName = (name: string) => (name.startsWith('Thị trấn') ? name : `Xã ${name}`);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'xaso-e2e-roadmap-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  // The roadmap preselects communes in the cycle form: other journeys that open a cycle there expect none.
  const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
  const areaId = await unitId(baseUrl, 'Huyện Thường Xuân');
  const { version } = await office<{ version: number }>('GET', `/api/areas/${areaId}/roadmap`);
  await office('PUT', `/api/areas/${areaId}/roadmap`, { entries: [], expectedVersion: version });
});

/** The office's own workbook, typed as the template asks: a title row, a row of years, an x per commune. */
async function roadmapWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lộ trình');
  sheet.addRow(['Lộ trình hoàn thành chuyển đổi số cấp xã huyện Thường Xuân']);
  sheet.addRow(['Xã, phường, thị trấn', ...YEARS.map((y) => `Năm ${y}`)]);
  for (const year of YEARS)
    for (const name of ROADMAP[year] ?? [])
      sheet.addRow([name, ...YEARS.map((y) => (y === year ? 'x' : null))]);
  const file = path.join(dir, 'lo-trinh-thuong-xuan.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

function option(page: Page, text: string): Locator {
  return page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text });
}

/** Types into a field with the keyboard, replacing what it held. */
async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(text);
}

/** Opens a picker, types part of a name without diacritics, and picks the option. */
async function pick(page: Page, label: string, search: string, name: string) {
  await page.getByLabel(label, { exact: true }).pressSequentially(search);
  await option(page, name).click();
}

type Matrix = {
  version: number;
  rows: {
    criterion: { code: string };
    leadUnit: { name: string } | null;
    responsibleMember: { displayName: string } | null;
  }[];
  unassigned: string[];
};

describe("the standing office's year", () => {
  test('import the roadmap, open the 2023 cycle with its communes, assign every criterion, export', async () => {
    const file = await roadmapWorkbook();
    const areaId = await unitId(baseUrl, 'Huyện Thường Xuân');
    const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
    let cycleId = '';
    let exported = '';

    await journey(browser(), 'steering-office', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'vhtt.thuongxuan');
      await mainMenu(page).getByRole('menuitem', { name: 'Lộ trình' }).click();
      await page.getByRole('heading', { name: 'Lộ trình chuyển đổi số cấp xã' }).waitFor();

      await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nhập lộ trình từ tệp Excel' });
      await dialog.locator('input[type=file]').setInputFiles(file);
      await dialog.getByRole('button', { name: 'Nhập lộ trình' }).click();
      await dialog.getByText('Đã nhập lộ trình: 16 xã có năm hoàn thành.').waitFor();
      await dialog.getByText('Mọi xã của địa bàn đều đã có năm hoàn thành.').waitFor();
      await dialog.getByRole('button', { name: 'Đóng' }).first().click();

      // The table shows what was imported: Xuân Cao's radio is on 2023, and the footer counts 3, 5, 5, 3.
      expect(await page.getByRole('radio', { name: 'Xã Xuân Cao: hoàn thành năm 2023' }).isChecked()).toBe(
        true,
      );
      const footer = page.locator('.ant-table-summary tr').first();
      expect((await footer.getByRole('cell').allTextContents()).map((t) => t.trim())).toEqual([
        'Số xã',
        '3',
        '5',
        '5',
        '3',
        '0',
      ]);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Opening the 2023 cycle: the roadmap's five communes come chosen.
      await mainMenu(page).getByRole('menuitem', { name: 'Kỳ đánh giá' }).click();
      await page.getByRole('button', { name: 'Mở kỳ đánh giá' }).click();
      await page.getByRole('heading', { name: 'Mở kỳ đánh giá mới' }).waitFor();
      await typeInto(page.getByLabel('Năm đánh giá'), '2023');
      await page.getByLabel('Năm đánh giá').press('Tab');
      await typeInto(page.getByLabel('Tên đợt'), ROUND);
      await page
        .getByRole('status')
        .filter({ hasText: 'Theo lộ trình năm 2023: đã chọn sẵn 5 xã' })
        .waitFor();
      await page.getByRole('button', { name: 'Mở kỳ đánh giá', exact: true }).click();
      await page
        .getByRole('heading', { name: `Kỳ đánh giá năm 2023 — Huyện Thường Xuân (${ROUND})` })
        .waitFor();
      cycleId = page.url().split('/cycles/')[1] ?? '';

      // The cycle's page flags the criteria nobody answers for and leads to the matrix.
      const before = await office<Matrix>('GET', `/api/cycles/${cycleId}/responsibilities`);
      const total = before.rows.length;
      if (before.unassigned.length > 0)
        await page.getByText(`${before.unassigned.length} tiêu chí chưa có người chịu trách nhiệm`).waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Phân công trách nhiệm' }).click();
      await page.getByRole('heading', { name: 'Phân công trách nhiệm', level: 1 }).waitFor();

      // Every criterion selected (the header's box, with the keyboard), one lead unit and one member for all.
      await page.locator('.ant-table-thead input[type=checkbox]').press('Space');
      await page.getByText(`Đã chọn ${total} tiêu chí`).waitFor();
      await pick(page, 'Đơn vị chủ trì', 'van hoa', LEAD);
      await pick(page, 'Thành viên BCĐ chịu trách nhiệm', 'thanh vien', MEMBER);
      await page.getByRole('button', { name: `Gán cho ${total} tiêu chí` }).click();
      await page.getByText(`Đã gán cho ${total} tiêu chí.`).waitFor();
      await page.getByText(`Cả ${total} tiêu chí đã có người chịu trách nhiệm.`).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Xuất Excel' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      exported = path.join(dir, 'phan-cong.xlsx');
      await download.saveAs(exported);

      // The classification page counts the five communes' criteria, none classified before their self-review.
      await page.goto(`${baseUrl}/cycles/${cycleId}/classification`);
      await page.getByRole('heading', { name: 'Phân loại tiêu chí', level: 1 }).waitFor();
      await page.getByText(`Chưa phân loại: ${(ROADMAP[2023]?.length ?? 0) * total}`).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });

    // What the server stored: the roadmap, the cycle's communes, the matrix.
    const roadmap = await office<{ years: number[]; countsByYear: number[]; unscheduled: number }>(
      'GET',
      `/api/areas/${areaId}/roadmap`,
    );
    expect(roadmap).toMatchObject({ years: YEARS, countsByYear: [3, 5, 5, 3], unscheduled: 0 });
    const cycle = await office<{ communes: { name: string; assigned: boolean }[] }>(
      'GET',
      `/api/cycles/${cycleId}`,
    );
    expect(
      cycle.communes
        .filter((c) => c.assigned)
        .map((c) => c.name)
        .sort(),
    ).toEqual((ROADMAP[2023] ?? []).map(fullName).sort());
    const matrix = await office<Matrix>('GET', `/api/cycles/${cycleId}/responsibilities`);
    expect(matrix.unassigned).toEqual([]);
    for (const row of matrix.rows)
      expect(row, row.criterion.code).toMatchObject({
        leadUnit: { name: LEAD },
        responsibleMember: { displayName: MEMBER },
      });

    // The downloaded workbook names the member against every criterion.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const cells = workbook.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map((v) => String(v ?? '')) : [])),
    );
    expect(cells.filter((text) => text === MEMBER)).toHaveLength(matrix.rows.length);
  });

  test('on a phone the bulk assignment stays in reach while the matrix scrolls', async () => {
    const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
    const { items } = await office<{ items: { id: string; round: string | null }[] }>('GET', '/api/cycles');
    const cycle = items.find((c) => c.round === ROUND);
    expect(cycle, 'the first journey opened the cycle').toBeDefined();

    await journey(
      browser(),
      'steering-office-phone',
      async (page) => {
        await logIn(page, baseUrl, 'vhtt.thuongxuan');
        await page.waitForURL(`${baseUrl}/`);
        await page.goto(`${baseUrl}/cycles/${cycle?.id}/responsibilities`);
        await page.getByRole('heading', { name: 'Phân công trách nhiệm', level: 1 }).waitFor();
        await page.locator('.ant-table-tbody tr.ant-table-row input[type=checkbox]').first().press('Space');
        const open = page.getByRole('button', { name: 'Gán cho 1 tiêu chí…' });
        await open.waitFor();
        // Halfway down the table, the button is still on screen.
        await page.mouse.wheel(0, 1500);
        await page.waitForFunction(() => window.scrollY > 0);
        const box = await open.boundingBox();
        expect(box).not.toBeNull();
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
        expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
        await open.click();
        await page.getByRole('dialog', { name: 'Gán cho 1 tiêu chí đã chọn' }).waitFor();
      },
      PHONE,
    );
  });
});
