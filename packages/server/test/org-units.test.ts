import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function unitId(name: string): Promise<string> {
  const admin = await t.as('admin');
  const res = await admin.get(`/api/org-units?q=${encodeURIComponent(name)}`);
  const hit = res.json().items.find((u: { name: string }) => u.name === name);
  if (!hit) throw new Error(`no unit ${name}`);
  return hit.id;
}

describe('org-unit search', () => {
  it.each(['thuong xuan', 'Thuong Xuan', 'THƯỜNG XUÂN', '  thường   xuân '])(
    '"%s" finds Huyện Thường Xuân',
    async (q) => {
      const client = await t.as('so.cds');
      const res = await client.get(`/api/org-units?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      const names = res.json().items.map((u: { name: string }) => u.name);
      expect(names[0]).toBe('Huyện Thường Xuân');
      expect(names).toContain('Thị trấn Thường Xuân');
    },
  );

  it('finds a unit by its GSO code and gives the names of its ancestors', async () => {
    const client = await t.as('so.cds');
    const [hit] = (await client.get('/api/org-units?q=15607')).json().items;
    expect(hit).toMatchObject({ name: 'Xã Bát Mọt', type: 'commune', subtype: 'xa', gsoCode: '15607' });
    expect(hit.path).toEqual(['Tỉnh Thanh Hóa', 'Huyện Thường Xuân']);
  });

  it('searches only within the user’s scope', async () => {
    const officer = await t.as('canbo.batmot');
    expect((await officer.get('/api/org-units?q=yen%20nhan')).json().items).toEqual([]);
    expect((await officer.get('/api/org-units?q=bat%20mot')).json().items).toHaveLength(1);
  });

  it('treats LIKE wildcards in the query as text', async () => {
    const client = await t.as('so.cds');
    expect((await client.get('/api/org-units?q=%25')).json().items).toEqual([]);
  });
});

describe('org-unit tree', () => {
  it('starts at the units of the user’s roles', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const roots = (await office.get('/api/org-units')).json().items;
    expect(roots.map((u: { name: string }) => u.name)).toEqual(['Huyện Thường Xuân']);
    expect(roots[0].childCount).toBe(23);
  });

  it('lists a district’s 16 communes and 7 departments, communes first', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const id = await unitId('Huyện Thường Xuân');
    const children = (await office.get(`/api/org-units?parentId=${id}`)).json().items;
    expect(children.filter((u: { type: string }) => u.type === 'commune')).toHaveLength(16);
    expect(children.filter((u: { type: string }) => u.type === 'department')).toHaveLength(7);
    expect(children[0].type).toBe('commune');
    expect(children.map((u: { name: string }) => u.name)).toContain('Phòng Văn hóa và Thông tin');
  });

  it('shows a unit with its ancestors and children', async () => {
    const id = await unitId('Xã Bát Mọt');
    const officer = await t.as('canbo.batmot');
    const res = await officer.get(`/api/org-units/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().ancestors.map((a: { name: string }) => a.name)).toEqual([
      'Tỉnh Thanh Hóa',
      'Huyện Thường Xuân',
    ]);
  });

  it('answers 404 for a unit outside the scope, as for one that does not exist', async () => {
    const id = await unitId('Xã Yên Nhân');
    const officer = await t.as('canbo.batmot');
    const outside = await officer.get(`/api/org-units/${id}`);
    const missing = await officer.get('/api/org-units/00000000-0000-4000-8000-000000000000');
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toEqual(missing.json());
    expect(
      (await officer.get(`/api/org-units?parentId=${await unitId('Huyện Thường Xuân')}`)).statusCode,
    ).toBe(404);
  });

  it('rejects a malformed id or date with a Vietnamese message', async () => {
    const client = await t.as('so.cds');
    expect((await client.get('/api/org-units/abc')).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { id: 'Mã không hợp lệ.' },
    });
    const badDate = await client.get('/api/org-units?q=x&on=2025-02-30');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().fields.on).toContain('Ngày không hợp lệ');
  });
});

describe('units below a unit at any depth', () => {
  it('lists the communes of a province through its districts, each with its district, and nothing else', async () => {
    const province = await unitId('Tỉnh Thanh Hóa');
    const res = await (await t.as('so.cds')).get(`/api/org-units?within=${province}&type=commune`);
    expect(res.statusCode).toBe(200);
    const items: Array<{ name: string; type: string; path: string[] }> = res.json().items;
    expect(items.every((u) => u.type === 'commune')).toBe(true);
    expect(items.find((u) => u.name === 'Xã Bát Mọt')?.path).toEqual(['Tỉnh Thanh Hóa', 'Huyện Thường Xuân']);
    expect(items.some((u) => u.name === 'Xã Hoằng Cát')).toBe(true);
    expect(items.filter((u) => u.path.includes('Huyện Thường Xuân'))).toHaveLength(16);
  });

  it('answers 404 for a unit outside the user’s scope', async () => {
    const province = await unitId('Tỉnh Thanh Hóa');
    const res = await (await t.as('canbo.batmot')).get(`/api/org-units?within=${province}&type=commune`);
    expect(res.statusCode).toBe(404);
  });
});
