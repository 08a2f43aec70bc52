import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { apiAs, createCommuneOfficer, unitId } from '../support/api.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { journey, logIn, logInAndWaitForMenu, mainMenu, PHONE, useBrowser } from '../support/browser.ts';

const { browser, baseUrl } = useBrowser();

// Xuân Cao is one of Thường Xuân's communes; the cycle has a round of its own so other journeys' cycles of the
// same year do not meet it. Deadlines lie ahead of the real clock: the officer can still enter results.
const ROUND = 'Đợt đề nghị hỗ trợ';
const CRITERION = '2.4';
const MEMBER = 'Thành viên BCĐ huyện Thường Xuân';
const DEPARTMENT = 'Phòng Văn hóa và Thông tin';
const PDF_NAME = 'de-xuat-ho-tro-thanh-toan.pdf';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);
const NEED = 'Cần hỗ trợ kết nối ví điện tử cho các hộ kinh doanh ở chợ xã và tập huấn cho người dân';
const ANSWER = 'Phòng Văn hóa và Thông tin sẽ phối hợp ngân hàng tập huấn trong tháng tới.';

function vietnamDay(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** "2026-05-04" → "04/05/2026", as a date field takes it from the keyboard. */
function typedDay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Types into a field from the keyboard, as a person does (no fill). */
async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.pressSequentially(text);
}

async function typeDate(field: Locator, iso: string) {
  await field.click();
  await field.pressSequentially(typedDay(iso));
  await field.press('Enter');
}

/**
 * Types in an antd select until its list shows the match highlighted, takes it with Enter and closes the list
 * with Escape (which the select keeps from the dialog). Not Tab: in a multiple select antd's Tab toggles the
 * highlighted option, so it would take the document off again.
 */
async function pick(page: Page, field: Locator, typed: string, option: string) {
  await field.click();
  await field.pressSequentially(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-active')
    .filter({ hasText: option })
    .waitFor();
  await field.press('Enter');
  await field.press('Escape');
}

type Request = {
  id: string;
  status: string;
  need: string;
  neededBy: string;
  evidence: { fileName: string }[];
  answer: string | null;
  plan: {
    actions: { description: string; units: { name: string }[]; dueDate: string }[];
    budget: { amountVnd: number; source: string } | null;
  } | null;
  history: { event: string; actorKind: string }[];
};

/** Uploads a PDF to the commune's library as its officer (multipart: the JSON helper does not send files). */
async function uploadEvidence(username: string, password: string, communeId: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const form = new FormData();
  form.set('docNumber', '12/TTr-UBND');
  form.set('docDate', vietnamDay(-3));
  form.set('issuer', 'UBND xã Xuân Cao');
  form.set('summary', 'Tờ trình đề nghị hỗ trợ thanh toán không dùng tiền mặt');
  form.set('file', new Blob([PDF], { type: 'application/pdf' }), PDF_NAME);
  const response = await fetch(`${baseUrl}/api/communes/${communeId}/evidence`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken },
    body: form,
  });
  if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
  const { evidence } = (await response.json()) as { evidence: { id: string } };
  return evidence.id;
}

/**
 * A 2025 cycle for Xuân Cao whose matrix names the district's steering member as responsible for 2.4, and an
 * officer of Xuân Cao with a document in the library.
 */
async function setUp(password: string) {
  const [district, commune] = await Promise.all([
    unitId(baseUrl, 'Huyện Thường Xuân'),
    unitId(baseUrl, 'Xã Xuân Cao'),
  ]);
  const office = await apiAs(baseUrl, 'vhtt.thuongxuan');
  const cycle = await office<{ id: string }>('POST', '/api/cycles', {
    year: 2025,
    round: ROUND,
    scopeId: district,
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: null,
    deadlines: { selfAssessment: vietnamDay(30), confirmation: vietnamDay(90), dossier: vietnamDay(100) },
    communeIds: [commune],
    exclusions: [],
  });
  type Matrix = {
    version: number;
    rows: {
      criterion: { code: string };
      leadUnit: { id: string } | null;
      coordinatingUnits: { id: string }[];
      partners: { id: string }[];
      responsibleMember: { id: string } | null;
    }[];
    choices: { departments: { id: string; name: string }[]; members: { id: string; displayName: string }[] };
  };
  const matrix = await office<Matrix>('GET', `/api/cycles/${cycle.id}/responsibilities`);
  const member = matrix.choices.members.find((m) => m.displayName === MEMBER);
  const lead = matrix.choices.departments.find((d) => d.name === DEPARTMENT);
  if (!member || !lead) throw new Error('the matrix offers no steering member or department of Thường Xuân');
  await office('PUT', `/api/cycles/${cycle.id}/responsibilities`, {
    expectedVersion: matrix.version,
    rows: matrix.rows.map((row) => {
      const mine = row.criterion.code === CRITERION;
      return {
        criterionCode: row.criterion.code,
        leadUnitId: mine ? lead.id : (row.leadUnit?.id ?? null),
        coordinatingUnitIds: row.coordinatingUnits.map((u) => u.id),
        partnerIds: row.partners.map((p) => p.id),
        responsibleMemberId: mine ? member.id : (row.responsibleMember?.id ?? null),
      };
    }),
  });
  const officer = await createCommuneOfficer(baseUrl, password, 'Xã Xuân Cao');
  await uploadEvidence(officer, password, commune);
  return { cycleId: cycle.id, communeId: commune, officer, office };
}

async function bellCount(page: Page): Promise<number> {
  const bell = page.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ });
  await bell.waitFor();
  const label = (await bell.getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(label)?.[1]);
}

/** Opens the notification with this title from the bell; it leads to the request's page. */
async function openFromBell(page: Page, title: string) {
  await page.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ }).click();
  // The row is named by what it shows (title, then time), "Chưa đọc" first for a screen reader.
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('button', { name: new RegExp(`^Chưa đọc: ${escaped} \\d{2}/`) }).click();
  await page.getByRole('heading', { name: `Đề nghị hỗ trợ tiêu chí ${CRITERION} — Xã Xuân Cao` }).waitFor();
}

describe('support requests', () => {
  test('Xuân Cao asks for support on 2.4 with a document; the member answers and plans; the head approves', async () => {
    const password = 'mat-khau-e2e-2026';
    const { cycleId, communeId, officer, office } = await setUp(password);
    const neededBy = vietnamDay(20);
    const dueDate = vietnamDay(40);

    // The officer, on a phone: marks 2.4 as needing support, then sends the request from the same drawer.
    await journey(
      browser(),
      'support-request-commune',
      async (page) => {
        await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
          logIn(page, baseUrl, officer, password),
        ]);
        await page.goto(`${baseUrl}/cycles/${cycleId}/communes/${communeId}`);
        await page.getByRole('heading', { name: 'Tự đánh giá năm 2025 — Xã Xuân Cao' }).waitFor();
        await page
          .getByRole('main')
          .getByRole('button', { name: new RegExp(`^${CRITERION.replace('.', '\\.')}(?!\\d)`) })
          .click();
        const drawer = page.getByRole('dialog', { name: `Tiêu chí ${CRITERION}` });
        // antd's radio buttons hide the input: the visible label is what a person clicks.
        await drawer.getByText('Cần hỗ trợ', { exact: true }).click();
        await typeInto(drawer.getByLabel('Thời gian hoàn thành dự kiến'), 'Quý IV/2025');
        await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
        await page.getByText(`Đã lưu ${CRITERION}.`).waitFor();

        await drawer.getByRole('button', { name: 'Đề nghị hỗ trợ' }).click();
        const form = page.getByRole('dialog', { name: `Đề nghị hỗ trợ tiêu chí ${CRITERION}` });
        await typeInto(form.getByLabel('Nội dung cần hỗ trợ'), NEED);
        await typeDate(form.getByLabel('Cần được hỗ trợ trước ngày'), neededBy);
        await pick(page, form.getByLabel(/^Tài liệu đính kèm/), '12/TTr', '12/TTr-UBND');
        await form.locator('.ant-select-selection-item').filter({ hasText: '12/TTr-UBND ngày' }).waitFor();
        await form.getByRole('button', { name: 'Gửi đề nghị' }).click();
        await page.getByText('Đã gửi đề nghị hỗ trợ.').waitFor();
        // The drawer now shows the request being worked on instead of the button.
        await drawer.getByText('Đã có đề nghị hỗ trợ cho tiêu chí này đang được xử lý').waitFor();
        await drawer.getByText('Đã gửi', { exact: true }).waitFor();
      },
      PHONE,
    );

    const { items } = await office<{ items: { id: string; status: string }[] }>(
      'GET',
      `/api/support-requests?cycleId=${cycleId}`,
    );
    expect(items.map((r) => r.status)).toEqual(['sent']);
    const id = items[0]?.id ?? '';
    const sent = await office<Request>('GET', `/api/support-requests/${id}`);
    expect(sent).toMatchObject({ need: NEED, neededBy, status: 'sent' });
    expect(sent.evidence.map((e) => e.fileName)).toEqual([PDF_NAME]);

    // The member, at a desk: the bell counts the request; their list shows it; they answer and submit a plan.
    await journey(browser(), 'support-request-member', async (page) => {
      await logInAndWaitForMenu(page, baseUrl, 'bcd.thuongxuan');
      expect(await bellCount(page)).toBeGreaterThanOrEqual(1);
      await mainMenu(page).getByRole('menuitem', { name: 'Đề nghị hỗ trợ' }).click();
      await page.getByRole('heading', { name: 'Đề nghị hỗ trợ tiêu chí tôi phụ trách' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Xã Xuân Cao' });
      await row.getByText('Đã gửi', { exact: true }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await openFromBell(page, `Xã Xuân Cao đề nghị hỗ trợ tiêu chí ${CRITERION}`);
      await page
        .getByRole('link', { name: new RegExp(`^12/TTr-UBND ngày .* \\(tải về tệp ${PDF_NAME}\\)$`) })
        .waitFor();
      await page.getByText(NEED).waitFor();

      await page.getByRole('button', { name: 'Trả lời', exact: true }).click();
      const answer = page.getByRole('dialog', { name: 'Trả lời đề nghị hỗ trợ' });
      await typeInto(answer.getByLabel('Nội dung trả lời'), ANSWER);
      await answer.getByRole('button', { name: 'Trả lời', exact: true }).click();
      await page.getByText('Đã gửi trả lời.').waitFor();
      await page.getByText(ANSWER).first().waitFor();

      await page.getByRole('button', { name: 'Trình phương án hỗ trợ' }).click();
      const plan = page.getByRole('dialog', { name: /^Phương án hỗ trợ/ });
      await typeInto(plan.getByLabel('Tóm tắt phương án'), 'Tập huấn và kết nối thanh toán số cho chợ xã');
      await typeInto(
        plan.getByLabel('Nội dung', { exact: true }),
        'Tập huấn mở ví điện tử cho hộ kinh doanh',
      );
      await pick(page, plan.getByLabel('Phòng, ban thực hiện'), 'van hoa', DEPARTMENT);
      await typeDate(plan.getByLabel('Thời hạn', { exact: true }), dueDate);
      await plan.getByRole('checkbox', { name: 'Có kinh phí' }).check();
      await typeInto(plan.getByLabel('Số tiền (đồng)'), '150.000.000');
      await typeInto(plan.getByLabel('Nguồn kinh phí'), 'Ngân sách huyện năm 2025');
      await plan.getByRole('button', { name: 'Trình phương án hỗ trợ' }).click();
      await page.getByText('Đã trình phương án hỗ trợ.').waitFor();
      await page.getByText('150.000.000 đồng — nguồn: Ngân sách huyện năm 2025').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });

    const member = await apiAs(baseUrl, 'bcd.thuongxuan');
    const planned = await member<Request>('GET', `/api/support-requests/${id}`);
    expect(planned.status).toBe('plan_submitted');
    expect(planned.answer).toBe(ANSWER);
    expect(planned.plan?.budget).toEqual({ amountVnd: 150_000_000, source: 'Ngân sách huyện năm 2025' });
    expect(planned.plan?.actions).toMatchObject([{ units: [{ name: DEPARTMENT }], dueDate }]);

    // The head, on a phone: the bell leads to the plan waiting for them; they approve it.
    await journey(
      browser(),
      'support-request-head',
      async (page) => {
        await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.ok()),
          logIn(page, baseUrl, 'truongbcd.thuongxuan'),
        ]);
        expect(await bellCount(page)).toBeGreaterThanOrEqual(1);
        await openFromBell(
          page,
          `Phương án hỗ trợ tiêu chí ${CRITERION} cho Xã Xuân Cao chờ Trưởng BCĐ duyệt`,
        );
        await page.getByRole('button', { name: 'Duyệt phương án' }).click();
        const approve = page.getByRole('dialog', { name: 'Duyệt phương án hỗ trợ' });
        await approve.getByRole('button', { name: 'Duyệt phương án' }).click();
        await page.getByText('Đã duyệt phương án hỗ trợ.').waitFor();
        await page.getByText('Phương án được duyệt', { exact: true }).first().waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      },
      PHONE,
    );

    const approved = await office<Request>('GET', `/api/support-requests/${id}`);
    expect(approved.status).toBe('plan_approved');
    expect(approved.history.map((h) => [h.event, h.actorKind])).toEqual([
      ['send', 'commune'],
      ['answer', 'member'],
      ['submit_plan', 'member'],
      ['approve_plan', 'head'],
    ]);
  });
});
