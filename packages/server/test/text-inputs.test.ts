import { readdirSync } from 'node:fs';
import { DATE_MESSAGES, TEXT_MESSAGES } from '@xaso/domain/contracts/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { tableFingerprint } from './support/db-fingerprint.ts';
import { multipartFile } from './support/multipart.ts';
import { smallFrameworkYaml } from './support/small-framework.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The inputs of issue 9 item 6 that answered 500 (PostgreSQL refuses NUL and lone surrogates in text and year 0
 * in dates): each now answers 400 with a Vietnamese message on its field and changes nothing; text is stored NFC.
 */

let t: TestApp;
let cycleId: string;
let assessmentId: string;
let evidenceId: string;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ soffice: {} });
  ({
    cycle: { id: cycleId },
    ids,
  } = await openThuongXuanCycle(t));
  const officer = await t.as('canbo.batmot');
  const ws = await officer.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`);
  assessmentId = ws.json().assessment.id;
  const upload = await officer.request({
    method: 'POST',
    url: `/api/communes/${ids['Xã Bát Mọt']}/evidence`,
    ...multipartFile('ke-hoach.pdf', '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  });
  evidenceId = upload.json().evidence.id;
});
afterAll(() => t.close());

const NUL = 'Kế hoạch\u0000 năm 2024';
const LONE = 'Kế hoạch \ud800 năm 2024';

type Case = {
  who: string;
  method: 'GET' | 'POST' | 'PUT';
  url: () => string;
  payload?: () => unknown;
  field: string;
  message: string;
};

const saveUrl = () => `/api/assessments/${assessmentId}/items/criterion/1.1`;
const documentBody = async (change: (body: Record<string, unknown>) => void) => {
  const officer = await t.as('canbo.batmot');
  const defaults = (await officer.get(`/api/assessments/${assessmentId}/documents`)).json().defaults;
  const body = { ...defaults, kind: 'commune_report', format: 'docx' };
  change(body);
  return body;
};

const cases: Array<[string, Case]> = [
  [
    'item value',
    {
      who: 'canbo.batmot',
      method: 'PUT',
      url: saveUrl,
      payload: () => ({ expectedVersion: 0, value: NUL }),
      field: 'value',
      message: TEXT_MESSAGES.control,
    },
  ],
  [
    'notes',
    {
      who: 'canbo.batmot',
      method: 'PUT',
      url: saveUrl,
      payload: () => ({ expectedVersion: 0, notes: NUL }),
      field: 'notes',
      message: TEXT_MESSAGES.control,
    },
  ],
  [
    'notes with a lone surrogate',
    {
      who: 'canbo.batmot',
      method: 'PUT',
      url: saveUrl,
      payload: () => ({ expectedVersion: 0, notes: LONE }),
      field: 'notes',
      message: TEXT_MESSAGES.surrogate,
    },
  ],
  [
    'unit search',
    {
      who: 'admin',
      method: 'GET',
      url: () => '/api/org-units?q=B%C3%A1t%00',
      field: 'q',
      message: TEXT_MESSAGES.lineControl,
    },
  ],
  [
    'user search',
    {
      who: 'admin',
      method: 'GET',
      url: () => '/api/users?q=can%00bo',
      field: 'q',
      message: TEXT_MESSAGES.lineControl,
    },
  ],
  [
    'display name',
    {
      who: 'admin',
      method: 'POST',
      url: () => '/api/users',
      payload: () => ({
        username: 'nguoi.moi',
        displayName: NUL,
        password: 'mat-khau-thu-nghiem',
        roles: [],
      }),
      field: 'displayName',
      message: TEXT_MESSAGES.lineControl,
    },
  ],
  [
    'reason a criterion does not apply',
    {
      who: 'vhtt.thuongxuan',
      method: 'POST',
      url: () => '/api/cycles',
      payload: () => ({
        year: 2025,
        scopeId: ids['Huyện Thường Xuân'],
        criteriaFrameworkId: 'qd-1829-2023',
        indexFrameworkId: null,
        deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
        communeIds: [ids['Xã Bát Mọt']],
        exclusions: [{ itemCode: '2.5', reason: NUL }],
      }),
      field: 'exclusions.0.reason',
      message: TEXT_MESSAGES.control,
    },
  ],
  [
    'login name',
    {
      who: 'anonymous',
      method: 'POST',
      url: () => '/api/auth/login',
      payload: () => ({ username: 'admin\u0000', password: 'x' }),
      field: 'username',
      message: TEXT_MESSAGES.lineControl,
    },
  ],
  [
    'year 0 in a date query',
    {
      who: 'admin',
      method: 'GET',
      url: () => '/api/org-units?on=0000-01-01',
      field: 'on',
      message: DATE_MESSAGES.range,
    },
  ],
  [
    'year 0 in a citation date',
    {
      who: 'canbo.batmot',
      method: 'PUT',
      url: () => `/api/evidence/${evidenceId}`,
      payload: () => ({ docDate: '0000-01-01' }),
      field: 'docDate',
      message: DATE_MESSAGES.range,
    },
  ],
  [
    'NUL in a citation summary',
    {
      who: 'canbo.batmot',
      method: 'PUT',
      url: () => `/api/evidence/${evidenceId}`,
      payload: () => ({ summary: NUL }),
      field: 'summary',
      message: TEXT_MESSAGES.control,
    },
  ],
];

describe('text and dates the database cannot hold', () => {
  it.each(cases)('%s: 400 with the field message, nothing changed', async (_name, c) => {
    // Log in first: a login writes a session and an audit event.
    const client = c.who === 'anonymous' ? null : await t.as(c.who);
    const before = await tableFingerprint(t.ctx.db);
    const options = { method: c.method, url: c.url(), payload: c.payload?.() as object };
    const res = client ? await client.request(options) : await t.app.inject(options);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { [c.field]: c.message } });
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);
  });

  it('closing paragraphs of a report: a NUL is refused on its line', async () => {
    const officer = await t.as('canbo.batmot');
    const body = await documentBody((b) => {
      b.closingNotes = ['Đề nghị huyện hỗ trợ.', NUL];
    });
    const before = await tableFingerprint(t.ctx.db);
    const res = await officer.post(`/api/assessments/${assessmentId}/documents`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ 'closingNotes.1': TEXT_MESSAGES.control });
    expect(await tableFingerprint(t.ctx.db)).toEqual(before);
  });

  it('stores text as NFC: notes typed decomposed read back composed', async () => {
    const decomposed = 'Đã triển khai ở Thường Xuân'.normalize('NFD');
    const officer = await t.as('canbo.batmot');
    const res = await officer.put(`/api/assessments/${assessmentId}/items/criterion/1.2`, {
      expectedVersion: 0,
      notes: decomposed,
    });
    expect(res.statusCode, res.body).toBe(200);
    const ws = (await officer.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`)).json();
    const item = ws.items.find(
      (i: { code: string; kind: string }) => i.kind === 'criterion' && i.code === '1.2',
    );
    expect(item.result.notes).toBe('Đã triển khai ở Thường Xuân'.normalize('NFC'));
  });
});

describe('framework files (stored as jsonb, which holds no NUL and no lone surrogate)', () => {
  const yaml = (title: string, date = '2026-01-05') =>
    smallFrameworkYaml({ id: 'thu-nghiem-ky-tu', title, date });

  it.each([
    ['a NUL', 'Bộ tiêu chí\\0 thử', TEXT_MESSAGES.control],
    ['a lone surrogate', 'Bộ tiêu chí \\uD800 thử', TEXT_MESSAGES.surrogate],
  ])(
    'a title with %s is reported on its field and nothing is imported (was 500)',
    async (_name, title, message) => {
      const office = await t.as('so.cds');
      const before = await tableFingerprint(t.ctx.db);
      const res = await office.request({
        method: 'POST',
        url: '/api/frameworks',
        ...multipartFile('ky-tu.yaml', yaml(title)),
      });
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.json()).toMatchObject({
        ok: false,
        errors: [{ field: 'title', message: `Trường 'title': ${message}` }],
      });
      expect(await tableFingerprint(t.ctx.db)).toEqual(before);
    },
  );

  it.each(['0000-01-01', '2025-02-30'])('a decision dated %s is reported on its field', async (date) => {
    const res = await (await t.as('so.cds')).request({
      method: 'POST',
      url: '/api/frameworks/validate',
      ...multipartFile('ngay.yaml', yaml('Bộ tiêu chí thử', date)),
    });
    expect(res.json()).toMatchObject({
      ok: false,
      errors: [
        { field: 'legalBasis.date', message: expect.stringContaining('Ngày không tồn tại hoặc năm ngoài') },
      ],
    });
  });

  it('the same file with an ordinary title imports', async () => {
    const res = await (await t.as('so.cds')).request({
      method: 'POST',
      url: '/api/frameworks',
      ...multipartFile('ky-tu.yaml', yaml('Bộ tiêu chí thử')),
    });
    expect(res.json()).toMatchObject({ ok: true, created: true });
  });
});

describe('the name of an uploaded file', () => {
  const filesUnder = (dir: string): number =>
    readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const uploadNamed = async (name: string) => {
    const officer = await t.as('canbo.batmot');
    return officer.request({
      method: 'POST',
      url: `/api/communes/${ids['Xã Bát Mọt']}/evidence`,
      ...multipartFile(name, `%PDF-1.4\n% ${name.length}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`),
    });
  };

  it.each([
    ['a NUL', 'ke\u0000hoach.pdf', TEXT_MESSAGES.lineControl],
    ['a bell character', 'ke\u0007hoach.pdf', TEXT_MESSAGES.lineControl],
    [
      '256 characters',
      `${'a'.repeat(252)}.pdf`,
      'Tên tệp quá dài (tối đa 255 ký tự). Hãy đổi tên tệp rồi tải lên lại.',
    ],
  ])(
    'with %s is refused on the file field, and neither a row nor a file is left (NUL was 500)',
    async (_n, name, message) => {
      await t.as('canbo.batmot');
      const before = await tableFingerprint(t.ctx.db);
      const files = filesUnder(t.filesDir);
      const res = await uploadNamed(name);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().fields).toEqual({ file: message });
      expect(await tableFingerprint(t.ctx.db)).toEqual(before);
      expect(filesUnder(t.filesDir)).toBe(files);
    },
  );

  it('of 255 characters, typed decomposed, is accepted and stored NFC', async () => {
    const name = `${'ệ'.repeat(251)}.pdf`;
    const res = await uploadNamed(name.normalize('NFD'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().evidence.fileName).toBe(name);
  });
});
