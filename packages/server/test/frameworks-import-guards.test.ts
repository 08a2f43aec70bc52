import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/http/app-error.ts';
import { buildFrameworkTemplate } from '../src/modules/frameworks/parse/build-template.ts';
import { IMPORT_LIMITS } from '../src/modules/frameworks/parse/import-limits.ts';
import { ParseQueue, unwrap } from '../src/modules/frameworks/parse/parse-in-worker.ts';
import { parseFrameworkYaml } from '../src/modules/frameworks/parse/parse-yaml.ts';
import { multipartFile } from './support/multipart.ts';
import { smallFrameworkYaml } from './support/small-framework.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { yamlBillionLaughs, yamlManyKeys } from './support/yaml-bombs.ts';
import { lyingXlsxBomb, overlappingZip, type RawZipEntry, xlsxBomb, zipOf } from './support/zip-bombs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SMALL = smallFrameworkYaml({
  id: 'gioi-han-2026',
  title: 'Bộ tiêu chí kiểm tra giới hạn',
  number: '2/QĐ-UBND',
});

const upload = async (fileName: string, bytes: Buffer | string, url = '/api/frameworks') =>
  (await t.as('admin')).request({ method: 'POST', url, ...multipartFile(fileName, bytes) });

const frameworkIds = async () =>
  (await (await t.as('admin')).get('/api/frameworks')).json().items.map((f: { id: string }) => f.id);

/** The filled template for SMALL, padded with a stored entry so the whole file is exactly `size` bytes. */
async function workbookOfSize(size: number): Promise<Buffer> {
  const parsed = parseFrameworkYaml(SMALL, 'x.yaml');
  if (!parsed.ok) throw new Error('fixture');
  const zip = await JSZip.loadAsync(await buildFrameworkTemplate(parsed.framework));
  const generate = (padding: number) => {
    zip.file('xl/media/dem.bin', Buffer.alloc(padding, 0x20), { compression: 'STORE' });
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  const bytes = await generate(size - (await generate(0)).length);
  expect(bytes.length).toBe(size);
  return bytes;
}

/**
 * Uploads with the body split in two network chunks, the first ending exactly `limit` bytes into the file: the
 * multipart plugin then saw nothing past the limit and returned the file cut there, as a real upload does for
 * some sizes (5 of 16 in the probe).
 */
async function uploadSplitAt(fileName: string, bytes: Buffer, limit: number) {
  const { payload, headers } = multipartFile(fileName, bytes);
  const cut = payload.indexOf('\r\n\r\n') + 4 + limit;
  return (await t.as('admin')).request({
    method: 'POST',
    url: '/api/frameworks',
    headers,
    payload: Readable.from([payload.subarray(0, cut), payload.subarray(cut)]),
  });
}

describe('upload size limit (issue 9, item 9)', () => {
  it('imports a workbook of exactly 5 MB, and refuses one byte more with 413, importing nothing', async () => {
    const limit = IMPORT_LIMITS.fileBytes;
    const over = await uploadSplitAt('bo-tieu-chi.xlsx', await workbookOfSize(limit + 1), limit);
    expect(over.statusCode).toBe(413);
    expect(over.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('Tệp quá lớn'),
    });
    expect(await frameworkIds()).not.toContain('gioi-han-2026');

    const whole = await upload('bo-tieu-chi.xlsx', await workbookOfSize(limit + 1));
    expect(whole.statusCode).toBe(413);

    const exact = await uploadSplitAt('bo-tieu-chi.xlsx', await workbookOfSize(limit), limit);
    expect(exact.statusCode).toBe(200);
    expect(exact.json()).toMatchObject({ ok: true, created: true, framework: { id: 'gioi-han-2026' } });
  });
});

describe('workbook zip checks (issue 9, item 3)', () => {
  const before = async () => frameworkIds();

  it('refuses a 1 MB workbook whose sheet declares 1 GB, before any parser opens it', async () => {
    const ids = await before();
    const bomb = xlsxBomb();
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
    const res = await upload('bom.xlsx', bomb);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/^Tệp Excel không được nhận\. .*tỉ lệ nén bất thường/),
    });
    expect(await frameworkIds()).toEqual(ids);
  });

  it('refuses a workbook whose directory understates a 1 GB sheet, inflating no more than declared', async () => {
    const res = await upload('bom-khai-sai.xlsx', lyingXlsxBomb(), '/api/frameworks/validate');
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('nhiều dữ liệu hơn mức khai');
  });

  it('refuses a workbook declaring more than 20 MB in all, or more than 1,000 entries', async () => {
    const stored = (name: string, size: number): RawZipEntry => ({
      name,
      method: 0,
      data: Buffer.alloc(size),
      uncompressedSize: size,
    });
    const total = await upload(
      'lon.xlsx',
      zipOf([
        stored('a.xml', 1024),
        { ...stored('b.xml', 1024), uncompressedSize: IMPORT_LIMITS.zip.maxTotalUncompressed / 2 + 1 },
      ]),
    );
    expect(total.statusCode).toBe(413);
    const many = await upload(
      'nhieu.xlsx',
      zipOf(Array.from({ length: IMPORT_LIMITS.zip.maxEntries + 1 }, (_, i) => stored(`x/${i}.xml`, 1))),
    );
    expect(many.statusCode).toBe(413);
    expect(many.json().message).toContain('1001 mục, vượt quá giới hạn 1000 mục');
  });

  it('refuses a workbook whose directory lists one stream of data many times (overlapping entries)', async () => {
    // 1 MB of empty deflate blocks, listed 1,000 times and declared empty: no size limit is reached, yet each
    // record would be read through to its end (a gigabyte of reading for 1 MB sent).
    const emptyBlocks = Buffer.concat([
      ...Array.from({ length: 200_000 }, () => Buffer.from([0x00, 0x00, 0x00, 0xff, 0xff])),
      Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]), // the final block: a valid stream that inflates to nothing
    ]);
    const res = await upload('chong.xlsx', overlappingZip(emptyBlocks, 1000, 0));
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toContain('chồng lên nhau');
  });

  it('refuses a cut-off workbook as not a valid Excel file (415)', async () => {
    const parsed = parseFrameworkYaml(SMALL, 'x.yaml');
    if (!parsed.ok) throw new Error('fixture');
    const whole = await buildFrameworkTemplate(parsed.framework);
    const res = await upload('cut.xlsx', whole.subarray(0, whole.length - 100));
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({
      code: 'UNSUPPORTED_FILE',
      message: expect.stringContaining('không phải tệp Excel (.xlsx) hợp lệ'),
    });
  });
});

describe('YAML checks (issue 9, item 4)', () => {
  it('refuses a YAML file with 40,000 keys (413) instead of freezing on them', async () => {
    const res = await upload('nhieu-khoa.yaml', yamlManyKeys(40_000));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('quá nhiều mục'),
    });
  });

  it('refuses a billion-laughs YAML file (anchors and aliases) with 413', async () => {
    const res = await upload('cuoi.yaml', yamlBillionLaughs());
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('tham chiếu');
  });

  it('refuses a YAML file over 1 MB before parsing it', async () => {
    const res = await upload('to.yaml', `# ${'x'.repeat(IMPORT_LIMITS.yamlBytes)}\n${SMALL}`);
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('Tệp YAML quá lớn');
  });

  it('still finds a repeated key among 10,000, naming both lines', async () => {
    const text = `${yamlManyKeys(10_000)}\nkhoa_5: lap lai\n`;
    const res = await upload('trung.yaml', text, '/api/frameworks/validate');
    expect(res.statusCode).toBe(200);
    expect(res.json().errors).toEqual([
      {
        location: 'trung.yaml, dòng 10001',
        field: 'khoa_5',
        message: 'Khóa bị trùng trong cùng một khối: khóa "khoa_5" đã có ở dòng 6',
      },
    ]);
  });
});

describe('parse queue', () => {
  const yaml = (id: string) => ({
    bytes: Buffer.from(SMALL.replaceAll('gioi-han-2026', id)),
    fileName: `${id}.yaml`,
  });

  it('parses one file at a time in order, and tells a job past the waiting limit to come back later', async () => {
    const queue = new ParseQueue({ heapMb: 128, timeoutMs: 60_000, maxWaiting: 1 });
    const first = queue.run(yaml('mot'));
    const second = queue.run(yaml('hai'));
    await expect(queue.run(yaml('ba'))).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('đang đọc nhiều tệp nhập khác'),
    });
    const ids = (await Promise.all([first, second])).map((a) => {
      const result = unwrap(a);
      return result.ok ? result.framework.id : null;
    });
    expect(ids).toEqual(['mot', 'hai']);
  });

  it('answers a clear Vietnamese refusal when a parse runs out of time', async () => {
    const queue = new ParseQueue({ heapMb: 128, timeoutMs: 1, maxWaiting: 1 });
    const answer = await queue.run(yaml('cham'));
    expect(() => unwrap(answer)).toThrow(AppError);
    expect(answer).toMatchObject({
      kind: 'refused',
      code: 'IMPORT_FAILED',
      message: expect.stringContaining('quá lâu'),
    });
  });

  it('answers 413 when the worker runs out of memory, then parses the next file with a fresh worker', async () => {
    // 24 MB of heap holds the parser and a real framework, not 13,000 keys (91,000 tokens, under the token cap).
    const queue = new ParseQueue({ heapMb: 24, timeoutMs: 60_000, maxWaiting: 1 });
    const big = await queue.run({ bytes: Buffer.from(yamlManyKeys(13_000)), fileName: 'x.yaml' });
    expect(big).toMatchObject({
      kind: 'refused',
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('quá nhiều bộ nhớ'),
    });
    const small = unwrap(await queue.run(yaml('sau-khi-het-bo-nho')));
    expect(small.ok).toBe(true);
  });
});
