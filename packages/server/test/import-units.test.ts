import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importUnitsCommand } from '../src/cli/commands/import-units.ts';
import { orgUnitSuccessions, orgUnits } from '../src/db/schema.ts';
import {
  CatalogueError,
  parseCatalogue,
  UNIT_NAME_MAX,
} from '../src/modules/org-units/import/parse-unit-file.ts';
import { importUnits } from '../src/modules/org-units/use-cases/import-units.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/** A small pre-reform catalogue in the statistics office's shape (two districts of a made-up province). */
const gso = () => ({
  data_date: '01/03/2025',
  data: [
    {
      level1_id: '91',
      name: 'Tỉnh Thử Nghiệm',
      type: 'Tỉnh',
      level2s: [
        {
          level2_id: '901',
          name: 'Huyện Núi',
          type: 'Huyện',
          level3s: [
            { level3_id: '90001', name: 'Xã Một', type: 'Xã' },
            { level3_id: '90002', name: 'Xã Hai', type: 'Xã' },
            { level3_id: '90003', name: 'Thị trấn Núi', type: 'Thị trấn' },
          ],
        },
        {
          level2_id: '902',
          name: 'Thị xã Biển',
          type: 'Thị xã',
          level3s: [{ level3_id: '90004', name: 'Phường Cảng', type: 'Phường' }],
        },
      ],
    },
  ],
});

/** The same province after the 2025 reform: two levels, communes merged, one code reused. */
const merges = () => ({
  data: [
    {
      level1_id: '91',
      name: 'Tỉnh Thử Nghiệm',
      merges: [{ old_id: '91', name: 'Tỉnh Thử Nghiệm', type: 'full' }],
      level2s: [
        {
          level2_id: '90001',
          name: 'Xã Một Hai',
          merges: [
            { old_id: '90001', name: 'Xã Một', type: 'full' },
            { old_id: '90002', name: 'Xã Hai', type: 'partial' },
          ],
        },
        {
          level2_id: '90003',
          name: 'Xã Núi',
          merges: [
            { old_id: '90003', name: 'Thị trấn Núi', type: 'full' },
            { old_id: '90002', name: 'Xã Hai', type: 'partial' },
          ],
        },
        {
          level2_id: '90004',
          name: 'Phường Cảng',
          merges: [{ old_id: '90004', name: 'Phường Cảng', type: 'full' }],
        },
      ],
    },
  ],
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const run = (json: unknown, name = 'fixture.json') =>
  importUnits(t.ctx, { actorUserId: null, catalogue: parseCatalogue(json, name), fileName: name });

async function unitCount(): Promise<number> {
  const [row] = await t.ctx.db.select({ n: count() }).from(orgUnits);
  return row!.n;
}

describe('import of the statistics office catalogue', () => {
  it('imports a three-level catalogue, then importing it again changes nothing', async () => {
    const first = await run(gso());
    expect(first).toMatchObject({ created: 7, renamed: 0, closed: 0 });
    const after = await unitCount();
    const second = await run(gso());
    expect(second).toEqual({ created: 0, renamed: 0, closed: 0, unchanged: 7, successions: 0 });
    expect(await unitCount()).toBe(after);
    const [town] = await t.ctx.db.select().from(orgUnits).where(eq(orgUnits.gsoCode, '90003'));
    expect(town).toMatchObject({ type: 'commune', subtype: 'thi_tran', searchKey: 'thi tran nui' });
  });

  it('applies the reform: old communes and districts end on 30/06/2025, new ones start 01/07/2025, codes reused', async () => {
    await run(gso());
    const summary = await run(merges(), 'merges.json');
    expect(summary.created).toBe(3);
    expect(summary.successions).toBe(5);
    const byCode = async (code: string) =>
      t.ctx.db
        .select()
        .from(orgUnits)
        .where(eq(orgUnits.gsoCode, code))
        .orderBy(sql`${orgUnits.validFrom} asc nulls first`);
    const [oldOne, newOne] = await byCode('90001');
    expect(oldOne).toMatchObject({ name: 'Xã Một', validTo: '2025-06-30' });
    expect(newOne).toMatchObject({ name: 'Xã Một Hai', validFrom: '2025-07-01', validTo: null });
    const [province] = await t.ctx.db
      .select()
      .from(orgUnits)
      .where(and(eq(orgUnits.gsoCode, '91'), isNull(orgUnits.validTo)));
    expect(newOne!.parentId).toBe(province!.id);
    const [district] = await byCode('901');
    expect(district!.validTo).toBe('2025-06-30');
    const hai = (await byCode('90002'))[0]!;
    const successors = await t.ctx.db
      .select()
      .from(orgUnitSuccessions)
      .where(eq(orgUnitSuccessions.predecessorId, hai.id));
    expect(successors.map((s) => s.kind)).toEqual(['partial', 'partial']);
    // Idempotent too.
    expect(await run(merges(), 'merges.json')).toMatchObject({ created: 0, closed: 0, successions: 0 });
  });

  it('keeps history visible by date: the browser shows the old tree on 2025-03-01 and the new one today', async () => {
    await run(gso());
    await run(merges(), 'merges.json');
    const admin = await t.as('admin');
    // Admin of Thanh Hóa does not see the test province; query through the use case's SQL instead.
    const old = await t.ctx.db.select().from(orgUnits).where(eq(orgUnits.gsoCode, '902'));
    expect(old[0]!.validTo).toBe('2025-06-30');
    expect((await admin.get('/api/org-units?q=xa%20mot%20hai')).json().items).toEqual([]);
  });

  it.each([
    [{ data: [] }, 'danh sách "data" rỗng'],
    [{ foo: 1 }, 'cần đối tượng có danh sách "data"'],
    [{ ...gso(), data_date: '31/02/2025' }, 'không tồn tại'],
  ])('refuses a malformed file with a Vietnamese message (%#)', (json, message) => {
    expect(() => parseCatalogue(json, 'hong.json')).toThrowError(message);
  });

  it('names the wrong entry of a broken file and imports nothing from it', async () => {
    const before = await unitCount();
    const broken = gso();
    broken.data[0]!.level2s[0]!.level3s[1]!.level3_id = '9002';
    let error: unknown;
    try {
      await run(broken, 'hong.json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as Error).message).toBe(
      'hong.json: data[0].level2s[0].level3s[1]: mã "9002" không hợp lệ: mã xã phải gồm 5 chữ số.',
    );
    expect(await unitCount()).toBe(before);
  });

  it('refuses a file that gives one code twice', () => {
    const twice = gso();
    twice.data[0]!.level2s[1]!.level3s[0]!.level3_id = '90001';
    expect(() => parseCatalogue(twice, 'trung.json')).toThrowError('mã 90001 xuất hiện hai lần');
  });
});

describe('hostile catalogue files: refused with the entry named, nothing imported', () => {
  const withCommuneName = (name: string) => {
    const file = gso();
    file.data[0]!.level2s[0]!.level3s[1]!.name = name;
    return file;
  };
  const at = 'hong.json: data[0].level2s[0].level3s[1]';

  it.each([
    ['01/01/1900', true],
    ['31/12/1899', false],
    ['31/12/2100', true],
    ['01/01/2101', false],
    ['01/01/0000', false],
    ['29/02/2024', true],
    ['29/02/2025', false],
  ])('data_date %s accepted: %s', (date, accepted) => {
    const parse = () => parseCatalogue({ ...gso(), data_date: date }, 'hong.json');
    if (accepted) expect(parse().effectiveOn).toBe(date.split('/').reverse().join('-'));
    else expect(parse).toThrowError(CatalogueError);
  });

  it('says why year 0 is refused', () => {
    expect(() => parseCatalogue({ ...gso(), data_date: '01/01/0000' }, 'hong.json')).toThrowError(
      'hong.json: ngày "01/01/0000" không hợp lệ: năm phải từ 1900 đến 2100.',
    );
  });

  it(`accepts a name of ${UNIT_NAME_MAX} characters and refuses one of ${UNIT_NAME_MAX + 1} or 100,000`, () => {
    const name = (n: number) => `Xã ${'Đ'.repeat(n - 3)}`;
    expect(parseCatalogue(withCommuneName(name(UNIT_NAME_MAX)), 'hong.json').units[3]!.name).toHaveLength(
      UNIT_NAME_MAX,
    );
    expect(() => parseCatalogue(withCommuneName(name(UNIT_NAME_MAX + 1)), 'hong.json')).toThrowError(
      `${at}: trường "name" dài 201 ký tự, vượt quá giới hạn 200 ký tự.`,
    );
    expect(() => parseCatalogue(withCommuneName(name(100_000)), 'hong.json')).toThrowError(
      'dài 100000 ký tự',
    );
  });

  it('counts the length of a name typed decomposed (NFD) as its NFC characters', () => {
    const decomposed = `Xã ${'ệ'.repeat(UNIT_NAME_MAX - 3)}`.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(UNIT_NAME_MAX);
    expect(parseCatalogue(withCommuneName(decomposed), 'hong.json').units[3]!.name).toHaveLength(
      UNIT_NAME_MAX,
    );
  });

  it.each([
    ['Xã \u0000Hai', 'ký tự điều khiển (mã 0) ở vị trí 4'],
    ['Xã\u0001Hai', 'ký tự điều khiển (mã 1)'],
    ['Xã\tHai', 'ký tự điều khiển (mã 9)'],
    ['Xã\nHai', 'ký tự điều khiển (mã 10)'],
    ['Xã \ud800Hai', 'lỗi mã hóa Unicode'],
  ])('refuses the name %j: %s', (name, message) => {
    expect(() => parseCatalogue(withCommuneName(name), 'hong.json')).toThrowError(message);
    expect(() => parseCatalogue(withCommuneName(name), 'hong.json')).toThrowError(at);
  });

  it('shows the NUL escaped in the message, never raw', () => {
    let message = '';
    try {
      parseCatalogue(withCommuneName('Xã \u0000Hai'), 'hong.json');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('"Xã \\u0000Hai"');
    expect(message).not.toContain('\u0000');
  });

  it('the CLI answers in Vietnamese naming the entry, exits 1 and changes nothing (was a raw SQL error)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xaso-units-'));
    try {
      const file = path.join(dir, 'hong.json');
      writeFileSync(file, JSON.stringify(withCommuneName('Xã \u0000Hai')));
      const errors: string[] = [];
      const out: string[] = [];
      const before = await unitCount();
      const code = await importUnitsCommand([file], {
        out: (text) => out.push(text),
        fail: (message, exit = 1) => {
          errors.push(message);
          return exit;
        },
      });
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(errors[0]).toContain(`Không nhập được: ${at}: trường "name"`);
      expect(errors[0]).toContain('Không có dữ liệu nào được thay đổi.');
      expect(await unitCount()).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
