import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { pdf, uploadAs } from './support/evidence-upload.ts';
import { type Client, createTestApp, TEST_MAX_UPLOAD_BYTES, type TestApp } from './support/test-app.ts';

let t: TestApp;
let cycleId: string;
let ids: Record<string, string>;
let officer: Client;
let assessmentId: string;
beforeAll(async () => {
  t = await createTestApp();
  ({
    cycle: { id: cycleId },
    ids,
  } = await openThuongXuanCycle(t));
  officer = await t.as('canbo.batmot');
  ({
    assessment: { id: assessmentId },
  } = (await officer.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`)).json());
});
afterAll(() => t.close());

/** Stored evidence files (staging excluded). */
const storedFiles = () =>
  readdirSync(t.filesDir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => !f.startsWith('tmp') && path.extname(f) === '' && f.includes('/'),
  );
const library = async () =>
  (await officer.get(`/api/communes/${ids['Xã Bát Mọt']}/evidence`)).json().items as Array<{
    id: string;
    links: unknown[];
  }>;
const remove = (client: Client, id: string, query = '') =>
  client.request({ method: 'DELETE', url: `/api/evidence/${id}${query}` });
const link = (id: string, code: string) =>
  officer.post(`/api/assessments/${assessmentId}/items/criterion/${code}/evidence`, { evidenceId: id });
async function uploaded(name: string) {
  const res = await uploadAs(officer, ids['Xã Bát Mọt']!, `${name}.pdf`, pdf(name));
  expect(res.statusCode).toBe(200);
  return res.json().evidence.id as string;
}
async function auditOf(id: string) {
  const admin = await t.as('admin');
  return (await admin.get(`/api/audit-events?action=evidence.deleted&entityId=${id}`)).json().items;
}

describe('deleting a document from the library', () => {
  it('an unlinked document goes with its stored file, audited; the same file can then be uploaded anew', async () => {
    const id = await uploaded('khong-gan');
    const filesBefore = storedFiles().length;
    const res = await remove(officer, id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id, unlinked: 0 });
    expect((await library()).map((e) => e.id)).not.toContain(id);
    expect(storedFiles()).toHaveLength(filesBefore - 1);
    expect((await officer.get(`/api/evidence/${id}/file`)).statusCode).toBe(404);
    const [event] = await auditOf(id);
    expect(event).toMatchObject({
      actor: { username: 'canbo.batmot' },
      payload: { before: { fileName: 'khong-gan.pdf', links: [] } },
    });
    const again = await uploadAs(officer, ids['Xã Bát Mọt']!, 'khong-gan.pdf', pdf('khong-gan'));
    expect(again.json()).toMatchObject({ duplicate: false });
  });

  it('a linked document is refused (409, naming the items) and stays, with its links and its file', async () => {
    const id = await uploaded('dang-gan');
    expect((await link(id, '1.1')).statusCode).toBe(200);
    const filesBefore = storedFiles();
    const res = await remove(officer, id);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2024 · 1.1') });
    expect((await library()).find((e) => e.id === id)?.links).toHaveLength(1);
    expect(storedFiles()).toEqual(filesBefore);
    expect(await auditOf(id)).toEqual([]);
  });

  it('"unlink everywhere and delete" removes the links, the row and the file in one step', async () => {
    const id = await uploaded('bo-gan-het');
    await link(id, '1.2');
    await link(id, '1.3');
    const filesBefore = storedFiles().length;
    const res = await remove(officer, id, '?unlinkEverywhere=1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id, unlinked: 2 });
    const ws = (await officer.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`)).json();
    const item = ws.items.find(
      (i: { code: string; kind: string }) => i.kind === 'criterion' && i.code === '1.2',
    );
    expect(item.evidence).toEqual([]);
    expect(storedFiles()).toHaveLength(filesBefore - 1);
    expect((await auditOf(id))[0].payload.before.links).toHaveLength(2);
  });

  it('readers above the commune may not delete (403); another commune gets 404; nothing changes', async () => {
    const id = await uploaded('chi-doc');
    for (const [username, status] of [
      ['bcd.thuongxuan', 403],
      ['vhtt.thuongxuan', 403],
      ['canbo.yennhan', 404],
    ] as const) {
      expect((await remove(await t.as(username), id, '?unlinkEverywhere=1')).statusCode).toBe(status);
    }
    expect((await library()).map((e) => e.id)).toContain(id);
    expect((await officer.get(`/api/evidence/${id}/file`)).statusCode).toBe(200);
  });

  // Last: submitting locks Bát Mọt's assessment for the tests above.
  it('a document linked to a submitted self-assessment cannot be deleted, even when asked to unlink (423)', async () => {
    const id = await uploaded('da-gui');
    await link(id, '1.4');
    const head = await t.as('chutich.batmot');
    expect((await head.post(`/api/assessments/${assessmentId}/submit`)).statusCode).toBe(200);
    const filesBefore = storedFiles();
    const res = await remove(officer, id, '?unlinkEverywhere=1');
    expect(res.statusCode).toBe(423);
    expect(res.json().message).toContain('năm 2024');
    expect((await library()).find((e) => e.id === id)?.links).toHaveLength(1);
    expect(storedFiles()).toEqual(filesBefore);
  });
});

describe('upload limits', () => {
  it('tells the browser the largest file the server accepts (the configured limit)', async () => {
    const res = await officer.get('/api/evidence/upload-limits');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ maxUploadBytes: TEST_MAX_UPLOAD_BYTES });
  });
});
