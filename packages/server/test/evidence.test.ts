import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { citation, evidenceForm, pdf } from './support/evidence-upload.ts';
import { createTestApp, TEST_MAX_UPLOAD_BYTES, type TestApp } from './support/test-app.ts';

let t: TestApp;
let cycleId: string;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  ({
    cycle: { id: cycleId },
    ids,
  } = await openThuongXuanCycle(t));
});
afterAll(() => t.close());

async function upload(username: string, commune: string, fileName: string, bytes: Buffer, fields = citation) {
  const client = await t.as(username);
  return client.request({
    method: 'POST',
    url: `/api/communes/${ids[commune]}/evidence`,
    ...evidenceForm(fields, fileName, bytes),
  });
}

function storedFiles(): string[] {
  return readdirSync(t.filesDir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => !f.startsWith('tmp') && path.extname(f) === '' && f.includes('/'),
  );
}
/** Files in staging (each process stages in its own folder under tmp/). */
const staging = () =>
  readdirSync(path.join(t.filesDir, 'tmp'), { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );

describe('evidence library', () => {
  it('stores a PDF with its citation, hashed; the same file again is recognised, not stored twice', async () => {
    const res = await upload('canbo.batmot', 'Xã Bát Mọt', 'Kế hoạch CĐS 2024.pdf', pdf('ke hoach'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      duplicate: false,
      evidence: {
        fileName: 'Kế hoạch CĐS 2024.pdf',
        mediaType: 'application/pdf',
        docNumber: '37/KH-UBND',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    const again = await upload('chutich.batmot', 'Xã Bát Mọt', 'ban-sao.pdf', pdf('ke hoach'));
    expect(again.json()).toMatchObject({ duplicate: true, evidence: { id: res.json().evidence.id } });
    expect(storedFiles()).toHaveLength(1);
    expect(staging()).toEqual([]);
  });

  it('decides the type from the content: a renamed executable is refused and leaves nothing behind', async () => {
    const before = storedFiles().length;
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(2048, 1)]);
    const res = await upload('canbo.batmot', 'Xã Bát Mọt', 'bao-cao.pdf', exe);
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toBe(
      'Tệp "bao-cao.pdf" không phải PDF, Word, Excel, JPEG, PNG (kiểm tra theo nội dung tệp, không theo tên).',
    );
    expect(storedFiles()).toHaveLength(before);
    expect(staging()).toEqual([]);
  });

  it('refuses a file over the limit while it streams, and leaves nothing behind', async () => {
    const big = Buffer.concat([pdf('lon'), Buffer.alloc(TEST_MAX_UPLOAD_BYTES, 0x20)]);
    const res = await upload('canbo.batmot', 'Xã Bát Mọt', 'lon.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe('Tệp "lon.pdf" quá lớn: tối đa 2 MB.');
    expect(staging()).toEqual([]);
  });

  it('refuses a citation date that does not exist, storing nothing', async () => {
    const before = storedFiles().length;
    const res = await upload('canbo.batmot', 'Xã Bát Mọt', 'x.pdf', pdf('ngay sai'), {
      ...citation,
      docDate: '2024-02-30',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.docDate).toContain('không hợp lệ');
    expect(storedFiles()).toHaveLength(before);
  });

  it('another commune cannot upload into, list or download Bát Mọt’s library (404)', async () => {
    const own = await upload('canbo.batmot', 'Xã Bát Mọt', 'quyet-dinh.pdf', pdf('quyet dinh'));
    const id = own.json().evidence.id;
    const other = await t.as('canbo.yennhan');
    expect((await upload('canbo.yennhan', 'Xã Bát Mọt', 'x.pdf', pdf('xam nhap'))).statusCode).toBe(404);
    expect((await other.get(`/api/communes/${ids['Xã Bát Mọt']}/evidence`)).statusCode).toBe(404);
    expect((await other.get(`/api/evidence/${id}/file`)).statusCode).toBe(404);
  });

  it('serves the file inline for preview, with an ASCII fallback name, and as an attachment on request', async () => {
    const bytes = pdf('xem truoc');
    const { evidence } = (await upload('canbo.batmot', 'Xã Bát Mọt', 'Biên bản kiểm tra.pdf', bytes)).json();
    const client = await t.as('bcd.thuongxuan');
    const res = await client.get(`/api/evidence/${evidence.id}/file`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="Bien ban kiem tra.pdf"; filename*=UTF-8''${encodeURIComponent('Biên bản kiểm tra.pdf')}`,
    );
    const download = await client.get(`/api/evidence/${evidence.id}/file?download=1`);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('links one document to two criteria; evidence dated outside the cycle’s year gets a warning', async () => {
    const { evidence } = (
      await upload('canbo.batmot', 'Xã Bát Mọt', 'ke-hoach-2023.pdf', pdf('nam 2023'), {
        ...citation,
        docNumber: '12/KH-UBND',
        docDate: '2023-01-10',
      })
    ).json();
    const officer = await t.as('canbo.batmot');
    const { assessment } = (
      await officer.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`)
    ).json();
    for (const code of ['1.1', '1.2']) {
      const res = await officer.post(`/api/assessments/${assessment.id}/items/criterion/${code}/evidence`, {
        evidenceId: evidence.id,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().item.evidence.map((e: { id: string }) => e.id)).toEqual([evidence.id]);
      expect(res.json().item.evidenceWarnings).toEqual([
        'Minh chứng 12/KH-UBND ngày 10/01/2023 nằm ngoài năm 2024.',
      ]);
    }
    const library = (await officer.get(`/api/communes/${ids['Xã Bát Mọt']}/evidence`)).json().items;
    expect(
      library.find((e: { id: string }) => e.id === evidence.id).links.map((l: { code: string }) => l.code),
    ).toEqual(['1.1', '1.2']);
    const ws = (await officer.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`)).json();
    expect(ws.summary.withoutEvidence).toBe(34);
    const unlinked = await officer.request({
      method: 'DELETE',
      url: `/api/assessments/${assessment.id}/items/criterion/1.2/evidence/${evidence.id}`,
    });
    expect(unlinked.json().item.evidence).toEqual([]);
  });

  it('refuses to link a document from another commune’s library', async () => {
    const { evidence } = (await upload('canbo.yennhan', 'Xã Yên Nhân', 'yn.pdf', pdf('yen nhan'))).json();
    const officer = await t.as('canbo.batmot');
    const { assessment } = (
      await officer.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`)
    ).json();
    const res = await officer.post(`/api/assessments/${assessment.id}/items/criterion/1.3/evidence`, {
      evidenceId: evidence.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.evidenceId).toBe('Minh chứng không có trong thư viện của xã.');
  });
});
