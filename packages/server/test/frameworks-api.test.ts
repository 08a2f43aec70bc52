import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFrameworkTemplate } from '../src/modules/frameworks/parse/build-template.ts';
import { parseFrameworkYaml } from '../src/modules/frameworks/parse/parse-yaml.ts';
import { multipartFile } from './support/multipart.ts';
import { smallFrameworkYaml } from './support/small-framework.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SMALL = smallFrameworkYaml();

const upload = async (username: string, url: string, fileName: string, bytes: Buffer | string) => {
  const client = await t.as(username);
  return client.request({ method: 'POST', url, ...multipartFile(fileName, bytes) });
};

describe('framework list and detail', () => {
  it('lists the shipped Thanh Hóa frameworks to every role', async () => {
    const res = await (await t.as('canbo.batmot')).get('/api/frameworks');
    expect(res.statusCode).toBe(200);
    const byId = Object.fromEntries(res.json().items.map((f: { id: string }) => [f.id, f]));
    expect(byId['qd-1829-2023']).toMatchObject({
      kind: 'criteria',
      itemCount: 37,
      legalBasis: { number: '1829/QĐ-UBND' },
    });
    expect(byId['qd-3853-2022-commune']).toMatchObject({ kind: 'index' });
    expect(byId['commune-criteria-2022'].itemCount).toBe(30);
    expect(byId['district-criteria-2022'].itemCount).toBe(14);
  });

  it('gives one framework in the normalised shape, with 2023–2025 targets', async () => {
    const res = await (await t.as('so.cds')).get('/api/frameworks/qd-1829-2023');
    expect(res.statusCode).toBe(200);
    const { framework } = res.json();
    expect(framework.groups.map((g: { items: unknown[] }) => g.items.length)).toEqual([11, 6, 12, 8]);
    const item = framework.groups[0].items.find((i: { code: string }) => i.code === '1.6');
    expect(item.targets).toEqual({
      '2023': { comparator: '>=', value: 70 },
      '2024': { comparator: '>=', value: 75 },
      '2025': { comparator: '>=', value: 80 },
    });
  });

  it('answers 404 for an unknown framework or version', async () => {
    const client = await t.as('so.cds');
    expect((await client.get('/api/frameworks/khong-co')).statusCode).toBe(404);
    expect((await client.get('/api/frameworks/qd-1829-2023?version=99')).statusCode).toBe(404);
  });
});

describe('framework import', () => {
  it('imports a YAML file as version 1; the same file again changes nothing; a change makes version 2', async () => {
    const first = await upload('so.cds', '/api/frameworks', 'thu-nghiem.yaml', SMALL);
    expect(first.json()).toMatchObject({
      ok: true,
      version: 1,
      created: true,
      framework: { id: 'thu-nghiem-2026', itemCount: 1 },
    });
    const again = await upload('so.cds', '/api/frameworks', 'thu-nghiem.yaml', SMALL);
    expect(again.json()).toMatchObject({ ok: true, version: 1, created: false });
    const changed = await upload(
      'so.cds',
      '/api/frameworks',
      'thu-nghiem.yaml',
      smallFrameworkYaml({ target: 85 }),
    );
    expect(changed.json()).toMatchObject({ version: 2, created: true });
    const client = await t.as('so.cds');
    const v1 = (await client.get('/api/frameworks/thu-nghiem-2026?version=1')).json();
    const v2 = (await client.get('/api/frameworks/thu-nghiem-2026')).json();
    expect(v1.framework.groups[0].items[0].targets['2026'].value).toBe(80);
    expect(v2.framework.groups[0].items[0].targets['2026'].value).toBe(85);
    expect(v2.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('imports a filled Excel template', async () => {
    const parsed = parseFrameworkYaml(SMALL.replaceAll('thu-nghiem-2026', 'excel-2026'), 'x.yaml');
    if (!parsed.ok) throw new Error('fixture');
    const workbook = await buildFrameworkTemplate(parsed.framework);
    const res = await upload('admin', '/api/frameworks', 'bo-tieu-chi.xlsx', workbook);
    expect(res.json()).toMatchObject({ ok: true, created: true, framework: { id: 'excel-2026' } });
  });

  it('reports the line and field of a bad YAML file and imports nothing', async () => {
    const bad = SMALL.replace('value: 80', 'value: -').replace('kind: criteria', 'kind: tieu-chi');
    const res = await upload('so.cds', '/api/frameworks', 'hong.yaml', bad);
    const body = res.json();
    expect(body.ok).toBe(false);
    expect(body.errors[0].location).toMatch(/^hong\.yaml, dòng \d+/);
    const list = (await (await t.as('so.cds')).get('/api/frameworks'))
      .json()
      .items.map((f: { id: string }) => f.id);
    expect(list).not.toContain('hong');
  });

  it('validates without importing', async () => {
    const yaml = SMALL.replaceAll('thu-nghiem-2026', 'chi-kiem-tra');
    const res = await upload('so.cds', '/api/frameworks/validate', 'kiem-tra.yaml', yaml);
    expect(res.json()).toMatchObject({ ok: true, version: null, created: false });
    expect((await (await t.as('so.cds')).get('/api/frameworks/chi-kiem-tra')).statusCode).toBe(404);
  });

  it('refuses a binary file that is neither YAML nor Excel', async () => {
    const res = await upload(
      'so.cds',
      '/api/frameworks',
      'bo.yaml',
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0xff]),
    );
    expect(res.json().errors[0].message).toContain('không phải YAML');
  });

  it.each(['canbo.batmot', 'chutich.batmot', 'bcd.thuongxuan', 'vhtt.thuongxuan'])(
    '%s may not import (403)',
    async (username) => {
      const res = await upload(username, '/api/frameworks', 'x.yaml', SMALL);
      expect(res.statusCode).toBe(403);
    },
  );

  it('offers the Excel template for download', async () => {
    const res = await (await t.as('so.cds')).get('/api/frameworks/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Hướng dẫn', 'Danh mục']));
  });
});

describe('evaluation against a framework', () => {
  it('scores the raw figures of seed 003 and warns where its typed values disagree', async () => {
    const res = await (await t.as('canbo.batmot')).post('/api/frameworks/qd-3853-2022-commune/evaluate', {
      year: 2022,
      results: {
        '8.1': { numerator: 1068, denominator: 6633 },
        '7.4': { numerator: 7, denominator: 19 },
        '6.2': { numerator: 26, denominator: 55, typedPercent: 52.7 },
        '6.8': { numerator: 15470, denominator: 15473, typedPercent: 95 },
      },
    });
    expect(res.statusCode).toBe(200);
    const items = Object.fromEntries(res.json().items.map((i: { code: string }) => [i.code, i]));
    expect(items['8.1']).toMatchObject({ points: 1.61 });
    expect(items['8.1'].explanation).toContain('1.068/6.633');
    expect(items['7.4']).toMatchObject({ points: 3.68 });
    expect(items['6.2'].warnings.join(' ')).toMatch(/52,7.*47,3|47,3.*52,7/);
    expect(items['6.8'].warnings.join(' ')).toMatch(/95/);
  });

  it('evaluates criteria results and says why a commune is not eligible', async () => {
    const res = await (await t.as('canbo.batmot')).post('/api/frameworks/qd-1829-2023/evaluate', {
      year: 2024,
      results: { '1.6': { numerator: 4445, denominator: 5293 }, '2.4': { numerator: 50, denominator: 100 } },
    });
    const body = res.json();
    const item = body.items.find((i: { code: string }) => i.code === '1.6');
    expect(item.explanation).toBe('4.445/5.293 = 84,0% ≥ 75% → Vượt chỉ tiêu');
    expect(body.eligibility.eligible).toBe(false);
    expect(body.eligibility.reasons).toContain('Tiêu chí 2.4: Chưa đạt');
  });

  it('refuses a year the framework does not cover and a numerator above the denominator is an item error', async () => {
    const client = await t.as('canbo.batmot');
    const year = await client.post('/api/frameworks/qd-1829-2023/evaluate', { year: 2030, results: {} });
    expect(year.statusCode).toBe(400);
    expect(year.json().fields.year).toContain('không có năm 2030');
    const res = await client.post('/api/frameworks/qd-1829-2023/evaluate', {
      year: 2024,
      results: { '1.6': { numerator: 10, denominator: 5 } },
    });
    const item = res.json().items.find((i: { code: string }) => i.code === '1.6');
    expect(item.errors.length).toBeGreaterThan(0);
  });
});

describe('shipped files', () => {
  it('every shipped framework file is one the import accepts', () => {
    const dir = path.resolve(import.meta.dirname, '../../../frameworks/thanh-hoa');
    for (const file of ['qd-1829-2023.yaml', 'qd-3853-2022-commune.yaml']) {
      expect(parseFrameworkYaml(readFileSync(path.join(dir, file), 'utf8'), file).ok).toBe(true);
    }
  });
});
