import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIds } from './support/cycle-fixture.ts';
import { citation, pdf, uploadAs } from './support/evidence-upload.ts';
import { type Client, createTestApp, type TestApp } from './support/test-app.ts';

/**
 * `PUT /api/evidence/:id`: correcting the citation of a document in a commune's library (số, ngày, cơ quan
 * ban hành, trích yếu). Each refusal is read back: the stored citation is unchanged and nothing is audited.
 */
let t: TestApp;
let batMot: string;
let officer: Client;
beforeAll(async () => {
  t = await createTestApp();
  batMot = (await unitIds(t, ['Xã Bát Mọt']))['Xã Bát Mọt']!;
  officer = await t.as('canbo.batmot');
});
afterAll(() => t.close());

type Stored = {
  id: string;
  docNumber: string | null;
  docDate: string | null;
  issuer: string | null;
  summary: string | null;
};

async function uploaded(name: string): Promise<string> {
  const res = await uploadAs(officer, batMot, `${name}.pdf`, pdf(name));
  expect(res.statusCode, res.body).toBe(200);
  return res.json().evidence.id;
}
/** The document as the commune's library lists it. */
async function stored(id: string): Promise<Stored | undefined> {
  const res = await officer.get(`/api/communes/${batMot}/evidence`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as Stored[]).find((e) => e.id === id);
}
async function updates(id: string) {
  const admin = await t.as('admin');
  const res = await admin.get(`/api/audit-events?action=evidence.updated&entityId=${id}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as {
    actor: { username: string };
    payload: { v: number; before: unknown; after: unknown };
  }[];
}
const corrected = {
  docNumber: '38/KH-UBND',
  docDate: '2024-04-01',
  issuer: 'UBND xã Bát Mọt, huyện Thường Xuân',
  summary: 'Kế hoạch chuyển đổi số năm 2024 (sửa đổi)',
};

describe('PUT /api/evidence/:id', () => {
  it('the commune officer corrects a citation: answered, listed, and audited with before and after', async () => {
    const id = await uploaded('ke-hoach');
    const res = await officer.put(`/api/evidence/${id}`, corrected);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, fileName: 'ke-hoach.pdf', ...corrected });
    expect(await stored(id)).toMatchObject(corrected);
    expect(await updates(id)).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ username: 'canbo.batmot' }),
        payload: { v: 1, before: citation, after: corrected },
      }),
    ]);
  });

  it('replaces the whole citation: a field left out or empty is cleared, text is trimmed', async () => {
    const id = await uploaded('trich-yeu');
    const res = await officer.put(`/api/evidence/${id}`, {
      docNumber: '  ',
      docDate: '',
      summary: '  Biên bản  ',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await stored(id)).toMatchObject({
      docNumber: null,
      docDate: null,
      issuer: null,
      summary: 'Biên bản',
    });
  });

  it('a date that does not exist is refused on its field; the citation stays as it was', async () => {
    const id = await uploaded('ngay-sai');
    const res = await officer.put(`/api/evidence/${id}`, { ...corrected, docDate: '2024-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { docDate: expect.any(String) } });
    expect(await stored(id)).toMatchObject(citation);
    expect(await updates(id)).toEqual([]);
  });

  it.each([
    // Outside the commune: its library is not theirs to know about.
    ['canbo.yennhan', 404, 'NOT_FOUND'],
    // Inside the scope but read-only: the steering member checks evidence, never edits it.
    ['bcd.thuongxuan', 403, 'FORBIDDEN'],
  ])('%s is refused (%i) and the citation stays as it was', async (username, status, code) => {
    const id = await uploaded(`tu-choi-${username}`);
    const other = await t.as(username);
    const res = await other.put(`/api/evidence/${id}`, corrected);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().code).toBe(code);
    expect(await stored(id)).toMatchObject(citation);
    expect(await updates(id)).toEqual([]);
  });

  it('an unknown document is 404', async () => {
    const res = await officer.put('/api/evidence/00000000-0000-4000-8000-000000000000', corrected);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});
