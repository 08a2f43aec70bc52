import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { validateFramework } from '../../packages/domain/src/framework/validate.ts';
import { buildFrameworkTemplate } from '../../packages/server/src/modules/frameworks/parse/build-template.ts';
import { journey, logInAndWaitForMenu, mainMenu, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

const QD_1829_TITLE = 'Tiêu chí chuyển đổi số cấp xã đến năm 2025 trên địa bàn tỉnh Thanh Hóa';

async function openFrameworkList(page: Page, username: string) {
  await logInAndWaitForMenu(page, baseUrl, username);
  await mainMenu(page).getByRole('menuitem', { name: 'Bộ tiêu chí, chỉ số' }).click();
  await page.getByRole('heading', { name: 'Bộ tiêu chí, chỉ số', level: 1 }).waitFor();
  await page.getByRole('link', { name: QD_1829_TITLE }).waitFor();
}

/** The text of `row`'s cell under the column headed `header`. */
async function cellUnder(page: Page, rowCode: string, header: string): Promise<string> {
  const headers = await page.getByRole('columnheader').allTextContents();
  const index = headers.indexOf(header);
  expect(index, `column "${header}" in ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0);
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: rowCode, exact: true }) });
  return (await row.getByRole('cell').nth(index).textContent()) ?? '';
}

/** A one-item criteria set typed into the Excel template, as an official would; unique per run. */
async function filledTemplate(id: string, title: string): Promise<string> {
  const validation = validateFramework({
    id,
    title,
    legalBasis: { number: '15/QĐ-UBND', date: '2026-01-05', issuer: 'Chủ tịch UBND tỉnh Thử Nghiệm' },
    kind: 'criteria',
    appliesTo: 'commune',
    years: [2026],
    groups: [
      {
        code: '1',
        name: 'Chính quyền số',
        items: [
          {
            code: '1.1',
            name: 'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến',
            unit: '%',
            measure: { kind: 'ratio', numeratorLabel: 'hồ sơ trực tuyến', denominatorLabel: 'hồ sơ' },
            targets: { '2026': { comparator: '>=', value: 80 } },
            dependency: 'independent',
            provenance: { source: 'QĐ 15/QĐ-UBND', status: 'confirmed' },
          },
        ],
      },
    ],
  });
  if (!validation.ok) throw new Error(`fixture is invalid: ${JSON.stringify(validation.issues)}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'xaso-e2e-framework-'));
  const file = path.join(dir, `${id}.xlsx`);
  await writeFile(file, await buildFrameworkTemplate(validation.framework));
  return file;
}

describe('frameworks', () => {
  test('the province office opens QĐ 1829 and reads the 2024 target of criterion 1.6 by group', async () => {
    await journey(browser(), 'framework-detail', async (page) => {
      await openFrameworkList(page, 'so.cds');
      await page.getByRole('link', { name: QD_1829_TITLE }).click();

      await page.getByRole('heading', { name: QD_1829_TITLE, level: 1 }).waitFor();
      expect(await page.getByRole('main').textContent()).toContain('1829/QĐ-UBND ngày 30/05/2023');
      await page.getByRole('cell', { name: '1. Chính quyền số', exact: true }).waitFor();
      expect(await cellUnder(page, '1.6', 'Chỉ tiêu 2024')).toBe('≥ 75%');
      expect(await cellUnder(page, '1.6', 'Chỉ tiêu 2023')).toBe('≥ 70%');
      expect(await cellUnder(page, '1.1', 'Chỉ tiêu 2024')).toBe('Có');
    });
  });

  test('the province office imports a filled Excel template and finds the new framework in the list', async () => {
    const id = `e2e-${Date.now().toString(36)}`;
    const title = `Bộ tiêu chí thử nghiệm ${id}`;
    const file = await filledTemplate(id, title);
    try {
      await journey(browser(), 'framework-import', async (page) => {
        await openFrameworkList(page, 'so.cds');
        await page.getByRole('button', { name: 'Nhập bộ tiêu chí/chỉ số' }).click();
        const dialog = page.getByRole('dialog', { name: 'Nhập bộ tiêu chí/chỉ số từ tệp' });
        expect(await dialog.getByRole('link', { name: 'Tải mẫu Excel' }).getAttribute('href')).toBe(
          '/api/frameworks/template.xlsx',
        );
        await dialog.locator('input[type=file]').setInputFiles(file);

        await dialog.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
        await dialog
          .getByRole('status')
          .filter({ hasText: `Tệp hợp lệ: ${title} (mã ${id}), 1 mục` })
          .waitFor();

        await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
        await dialog
          .getByRole('status')
          .filter({ hasText: `Đã nhập ${title} (mã ${id}), phiên bản 1.` })
          .waitFor();
        // The footer button and the corner × are both "Đóng".
        await dialog.getByRole('button', { name: 'Đóng', exact: true }).first().click();

        // The list was refreshed behind the dialog.
        const row = page.getByRole('row').filter({ hasText: id });
        await row.getByRole('link', { name: title }).click();
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
        expect(await cellUnder(page, '1.1', 'Chỉ tiêu 2026')).toBe('≥ 80%');
      });
    } finally {
      await rm(path.dirname(file), { recursive: true, force: true });
    }
  });

  test('a file with errors imports nothing and lists each error with its place', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'xaso-e2e-framework-'));
    const file = path.join(dir, 'hong.yaml');
    await writeFile(file, 'id: Không Hợp Lệ\ntitle: Bộ hỏng\nkind: tieu-chi\n');
    try {
      await journey(browser(), 'framework-import-errors', async (page) => {
        await openFrameworkList(page, 'admin');
        await page.getByRole('button', { name: 'Nhập bộ tiêu chí/chỉ số' }).click();
        const dialog = page.getByRole('dialog', { name: 'Nhập bộ tiêu chí/chỉ số từ tệp' });
        await dialog.locator('input[type=file]').setInputFiles(file);
        await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
        await dialog.getByRole('alert').filter({ hasText: 'chưa nhập gì' }).waitFor();
        const errorRows = dialog.getByRole('row').filter({ hasText: 'hong.yaml' });
        expect(await errorRows.count()).toBeGreaterThan(0);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a commune officer sees the frameworks but cannot import one', async () => {
    await journey(browser(), 'framework-list-officer', async (page) => {
      await openFrameworkList(page, 'canbo.batmot');
      await page.getByRole('button', { name: 'So sánh' }).waitFor();
      expect(await page.getByRole('button', { name: 'Nhập bộ tiêu chí/chỉ số' }).count()).toBe(0);
    });
  });

  test('the comparison of the 2022 criteria with QĐ 1829 shows added and changed criteria', async () => {
    await journey(browser(), 'framework-compare', async (page) => {
      await openFrameworkList(page, 'so.cds');
      await page.getByRole('button', { name: 'So sánh' }).click();
      await page.getByRole('heading', { name: 'So sánh bộ tiêu chí, chỉ số', level: 1 }).waitFor();

      // Type to filter each picker, then take the match; one dropdown at a time, so options are not confused.
      const pick = async (label: string, side: 'left' | 'right', id: string) => {
        await page.getByLabel(label, { exact: true }).fill(id);
        await page.locator(`.ant-select-item-option[title$="(${id})"]:visible`).click();
        await page.waitForURL((url) => url.searchParams.get(side) === id);
        await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
      };
      await pick('Bộ thứ nhất (trước)', 'left', 'commune-criteria-2022');
      await pick('Bộ thứ hai (sau)', 'right', 'qd-1829-2023');

      await page.getByRole('status').filter({ hasText: '7 thêm mới' }).waitFor();

      const row = (code: string) =>
        page.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
      expect(await row('3.12').textContent()).toContain('Thêm mới');
      expect(await row('3.12').textContent()).toContain('Không có mục này');
      expect(await row('4.1').textContent()).toContain('Thay đổi');

      // "Chỉ hiện khác biệt" leaves no unchanged row (1.2 keeps its ≥ 100% target from 2022 to 2023).
      expect(await row('1.2').textContent()).toContain('Không đổi');
      await page.getByLabel('Chỉ hiện khác biệt').click();
      expect(await page.getByRole('cell', { name: 'Không đổi', exact: true }).count()).toBe(0);
    });
  });
});
