import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle, unitIds } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let cycleId: string;
let luongSon: string;
beforeAll(async () => {
  t = await createTestApp();
  ({
    cycle: { id: cycleId },
  } = await openThuongXuanCycle(t));
  // A Thường Xuân commune the office did not assign this year, with its own officer.
  luongSon = (await unitIds(t, ['Xã Lương Sơn']))['Xã Lương Sơn']!;
  const created = await (await t.as('admin')).post('/api/users', {
    username: 'canbo.luongson',
    displayName: 'Cán bộ xã Lương Sơn',
    password: 'mat-khau-ban-dau',
    roles: [{ role: 'commune_officer', orgUnitId: luongSon }],
  });
  expect(created.statusCode).toBe(200);
});
afterAll(() => t.close());

const officer = () => t.login('canbo.luongson', 'mat-khau-ban-dau');

describe('early registration of single criteria by a commune not assigned (Điều 3)', () => {
  it('the commune sees its district’s cycle, registers two independent criteria and gets a workspace of just those', async () => {
    const client = await officer();
    expect((await client.get(`/api/cycles/${cycleId}`)).statusCode).toBe(200);
    const res = await client.post(`/api/cycles/${cycleId}/registrations`, {
      communeId: luongSon,
      itemCodes: ['4.4', '1.1'],
    });
    expect(res.statusCode).toBe(200);
    const ws = res.json();
    expect(ws.assessment.registeredItems).toEqual(['1.1', '4.4']);
    expect(ws.items.map((i: { kind: string; code: string }) => `${i.kind} ${i.code}`)).toEqual([
      'criterion 1.1',
      'criterion 4.4',
    ]);
    expect(ws.summary).toMatchObject({ criteriaTotal: 2, criteriaMet: 0 });
    const cycle = (await (await t.as('vhtt.thuongxuan')).get(`/api/cycles/${cycleId}`)).json();
    expect(cycle.communes.find((c: { id: string }) => c.id === luongSon)).toMatchObject({ assigned: false });
    const audit = (await (await t.as('admin')).get(`/api/audit-events?entityId=${ws.assessment.id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'assessment.registered' });
  });

  it('saves a registered criterion and answers 404 for one it did not register', async () => {
    const client = await officer();
    const ws = (await client.get(`/api/cycles/${cycleId}/communes/${luongSon}/workspace`)).json();
    const put = (code: string) =>
      client.put(`/api/assessments/${ws.assessment.id}/items/criterion/${code}`, {
        value: true,
        expectedVersion: 0,
      });
    expect((await put('4.4')).json().item.evaluation.verdict).toBe('met');
    expect((await put('4.5')).statusCode).toBe(404);
    const indicator = await client.put(`/api/assessments/${ws.assessment.id}/items/indicator/1.1`, {
      value: true,
      expectedVersion: 0,
    });
    expect(indicator.statusCode).toBe(404);
  });

  it('refuses a dependent criterion with a message naming it, and changes nothing', async () => {
    const client = await officer();
    const res = await client.post(`/api/cycles/${cycleId}/registrations`, {
      communeId: luongSon,
      itemCodes: ['1.1', '3.2', '2.5'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      'itemCodes.1': expect.stringContaining('Tiêu chí 3.2 phụ thuộc số liệu'),
      'itemCodes.2': 'Tiêu chí 2.5 không áp dụng trong kỳ này.',
    });
    const ws = (await client.get(`/api/cycles/${cycleId}/communes/${luongSon}/workspace`)).json();
    expect(ws.assessment.registeredItems).toEqual(['1.1', '4.4']);
  });

  it('registering again replaces the list; a saved result outside the new list stays stored but out of view', async () => {
    const client = await officer();
    const res = await client.post(`/api/cycles/${cycleId}/registrations`, {
      communeId: luongSon,
      itemCodes: ['1.1', '1.6'],
    });
    expect(res.json().items.map((i: { code: string }) => i.code)).toEqual(['1.1', '1.6']);
    const back = await client.post(`/api/cycles/${cycleId}/registrations`, {
      communeId: luongSon,
      itemCodes: ['4.4'],
    });
    expect(back.json().items[0]).toMatchObject({ code: '4.4', result: { value: true, version: 1 } });
  });

  it('an assigned commune is told it answers for the whole set; another district’s commune gets 404', async () => {
    const ids = await unitIds(t, ['Xã Bát Mọt', 'Xã Hoằng Cát']);
    const batMot = await (await t.as('canbo.batmot')).post(`/api/cycles/${cycleId}/registrations`, {
      communeId: ids['Xã Bát Mọt'],
      itemCodes: ['1.1'],
    });
    expect(batMot.statusCode).toBe(409);
    expect(batMot.json().message).toContain('được giao thực hiện toàn bộ');
    const admin = await t.as('admin');
    await admin.post('/api/users', {
      username: 'canbo.hoangcat',
      displayName: 'Cán bộ xã Hoằng Cát',
      password: 'mat-khau-ban-dau',
      roles: [{ role: 'commune_officer', orgUnitId: ids['Xã Hoằng Cát'] }],
    });
    const outsider = await t.login('canbo.hoangcat', 'mat-khau-ban-dau');
    const res = await outsider.post(`/api/cycles/${cycleId}/registrations`, {
      communeId: ids['Xã Hoằng Cát'],
      itemCodes: ['1.1'],
    });
    expect(res.statusCode).toBe(404);
  });

  it('the steering member may read but not register for a commune', async () => {
    const res = await (await t.as('bcd.thuongxuan')).post(`/api/cycles/${cycleId}/registrations`, {
      communeId: luongSon,
      itemCodes: ['1.1'],
    });
    expect(res.statusCode).toBe(403);
  });
});
