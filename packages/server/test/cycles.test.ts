import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle, unitIds } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('opening a cycle', () => {
  it('the district office opens a year with the criteria set, the index, three communes and deadlines', async () => {
    const { cycle } = await openThuongXuanCycle(t);
    expect(cycle).toMatchObject({
      year: 2024,
      scope: { name: 'Huyện Thường Xuân' },
      criteriaFramework: { id: 'qd-1829-2023', version: 1 },
      indexFramework: { id: 'qd-3853-2022-commune' },
      deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
      exclusions: [{ itemCode: '2.5', reason: 'Chưa triển khai trên địa bàn huyện' }],
    });
    expect(cycle.communes.map((c: { name: string }) => c.name)).toEqual([
      'Xã Bát Mọt',
      'Xã Xuân Lẹ',
      'Xã Yên Nhân',
    ]);
  });

  it('names every wrong field: a commune of another district, a year the set lacks, an unknown criterion', async () => {
    const ids = await unitIds(t, ['Huyện Thường Xuân', 'Xã Hoằng Cát']);
    const res = await (await t.as('vhtt.thuongxuan')).post('/api/cycles', {
      year: 2030,
      scopeId: ids['Huyện Thường Xuân'],
      criteriaFrameworkId: 'qd-1829-2023',
      indexFrameworkId: null,
      deadlines: { selfAssessment: '2030-02-15', confirmation: '2030-12-10', dossier: '2030-12-15' },
      communeIds: [ids['Xã Hoằng Cát']],
      exclusions: [{ itemCode: '9.9', reason: 'Không có' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      year: expect.stringContaining('không có chỉ tiêu năm 2030'),
      'communeIds.0': 'Đơn vị không phải xã đang có hiệu lực thuộc địa bàn này.',
      'exclusions.0.itemCode': 'Bộ tiêu chí không có tiêu chí 9.9.',
    });
  });

  it('refuses a date that does not exist and deadlines out of order', async () => {
    const ids = await unitIds(t, ['Huyện Thường Xuân', 'Xã Bát Mọt']);
    const base = {
      year: 2024,
      scopeId: ids['Huyện Thường Xuân'],
      criteriaFrameworkId: 'qd-1829-2023',
      indexFrameworkId: null,
      communeIds: [ids['Xã Bát Mọt']],
    };
    const office = await t.as('vhtt.thuongxuan');
    const badDay = await office.post('/api/cycles', {
      ...base,
      deadlines: { selfAssessment: '2024-02-30', confirmation: '2024-12-10', dossier: '2024-12-15' },
    });
    expect(badDay.json().fields['deadlines.selfAssessment']).toContain('Ngày không hợp lệ');
    const order = await office.post('/api/cycles', {
      ...base,
      deadlines: { selfAssessment: '2024-12-20', confirmation: '2024-12-10', dossier: '2024-12-15' },
    });
    expect(order.json().fields['deadlines.confirmation']).toContain('theo thứ tự');
  });

  it('only offices open cycles, and only in their own area', async () => {
    const ids = await unitIds(t, ['Huyện Hoằng Hóa', 'Xã Hoằng Cát']);
    const body = {
      year: 2024,
      scopeId: ids['Huyện Hoằng Hóa'],
      criteriaFrameworkId: 'qd-1829-2023',
      indexFrameworkId: null,
      deadlines: { selfAssessment: '2024-02-15', confirmation: '2024-12-10', dossier: '2024-12-15' },
      communeIds: [ids['Xã Hoằng Cát']],
    };
    expect((await (await t.as('canbo.batmot')).post('/api/cycles', body)).statusCode).toBe(403);
    const other = await (await t.as('vhtt.thuongxuan')).post('/api/cycles', body);
    expect(other.json().fields.scopeId).toBe('Địa bàn không thuộc phạm vi bạn quản lý.');
    expect((await (await t.as('so.cds')).post('/api/cycles', body)).statusCode).toBe(200);
  });

  it('shows a cycle to its communes and the offices above, and 404 to others', async () => {
    const { cycle } = await openThuongXuanCycle(t);
    for (const user of ['canbo.batmot', 'canbo.yennhan', 'bcd.thuongxuan', 'so.cds']) {
      expect((await (await t.as(user)).get(`/api/cycles/${cycle.id}`)).statusCode, user).toBe(200);
    }
    const admin = await t.as('admin');
    const outsider = await admin.post('/api/users', {
      username: 'canbo.hoangcat',
      displayName: 'Cán bộ xã Hoằng Cát',
      password: 'mat-khau-ban-dau',
      roles: [{ role: 'commune_officer', orgUnitId: (await unitIds(t, ['Xã Hoằng Cát']))['Xã Hoằng Cát'] }],
    });
    expect(outsider.statusCode).toBe(200);
    const client = await t.login('canbo.hoangcat', 'mat-khau-ban-dau');
    expect((await client.get(`/api/cycles/${cycle.id}`)).statusCode).toBe(404);
    expect((await client.get('/api/cycles')).json().items.map((c: { id: string }) => c.id)).not.toContain(
      cycle.id,
    );
  });
});
