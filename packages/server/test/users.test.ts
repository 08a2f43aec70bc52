import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function unitId(name: string): Promise<string> {
  const res = await (await t.as('admin')).get(`/api/org-units?q=${encodeURIComponent(name)}`);
  return res.json().items.find((u: { name: string }) => u.name === name).id;
}

async function auditOf(entityId: string) {
  const res = await (await t.as('admin')).get(`/api/audit-events?entityId=${entityId}`);
  const items = res.json().items as Array<{
    action: string;
    actor: { username: string };
    payload: { before?: unknown; after?: unknown };
  }>;
  return items.filter((e) => !e.action.startsWith('session.'));
}

describe('user administration', () => {
  it('a district office creates a commune officer, who can log in with that role; the change is audited', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const res = await office.post('/api/users', {
      username: 'canbo.xuanle',
      displayName: 'Cán bộ xã Xuân Lẹ',
      password: 'mat-khau-ban-dau',
      roles: [{ role: 'commune_officer', orgUnitId: await unitId('Xã Xuân Lẹ') }],
    });
    expect(res.statusCode).toBe(200);
    const user = res.json();
    expect(user.roles).toEqual([
      { role: 'commune_officer', orgUnit: expect.objectContaining({ name: 'Xã Xuân Lẹ' }) },
    ]);
    expect(user).not.toHaveProperty('passwordHash');
    const session = await t.login('canbo.xuanle', 'mat-khau-ban-dau');
    expect((await session.get('/api/auth/session')).json().user.roles[0].orgUnit.name).toBe('Xã Xuân Lẹ');
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({ action: 'user.created', actor: { username: 'vhtt.thuongxuan' } });
    expect(event!.payload.after).toMatchObject({ username: 'canbo.xuanle' });
  });

  it('refuses a role on a unit outside the office’s district, naming the field, and creates nothing', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const res = await office.post('/api/users', {
      username: 'canbo.hoangcat',
      displayName: 'Cán bộ xã Hoằng Cát',
      password: 'mat-khau-ban-dau',
      roles: [{ role: 'commune_officer', orgUnitId: await unitId('Xã Hoằng Cát') }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ 'roles.0.orgUnitId': 'Đơn vị không thuộc phạm vi bạn quản lý.' });
    const list = (await (await t.as('admin')).get('/api/users?q=hoangcat')).json().items;
    expect(list).toEqual([]);
  });

  it('only an admin may grant the admin role', async () => {
    const province = await t.as('so.cds');
    const res = await province.post('/api/users', {
      username: 'quantri.moi',
      displayName: 'Quản trị mới',
      password: 'mat-khau-ban-dau',
      roles: [{ role: 'admin', orgUnitId: await unitId('Tỉnh Thanh Hóa') }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields['roles.0.role']).toContain('quản trị');
  });

  it('refuses a username already taken', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/api/users', {
      username: 'so.cds',
      displayName: 'Trùng',
      password: 'mat-khau-ban-dau',
      roles: [],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.username).toContain('đã được dùng');
  });

  it('lists only users with a role in the manager’s scope, searchable without diacritics', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const names = (await office.get('/api/users')).json().items.map((u: { username: string }) => u.username);
    expect(names).toEqual(
      expect.arrayContaining(['canbo.batmot', 'chutich.batmot', 'canbo.yennhan', 'bcd.thuongxuan']),
    );
    expect(names).not.toContain('admin');
    expect(names).not.toContain('so.cds');
    const found = (await office.get(`/api/users?q=${encodeURIComponent('bat mot')}`)).json().items;
    expect(found.map((u: { username: string }) => u.username).sort()).toEqual([
      'canbo.batmot',
      'chutich.batmot',
    ]);
  });

  it('deactivating a user ends their sessions and blocks login; reactivating restores it', async () => {
    const admin = await t.as('admin');
    const created = (
      await admin.post('/api/users', {
        username: 'tam.khoa',
        displayName: 'Tài khoản tạm khóa',
        password: 'mat-khau-ban-dau',
        roles: [{ role: 'commune_officer', orgUnitId: await unitId('Xã Vạn Xuân') }],
      })
    ).json();
    const session = await t.login('tam.khoa', 'mat-khau-ban-dau');
    const off = await admin.put(`/api/users/${created.id}/active`, { active: false });
    expect(off.json().active).toBe(false);
    expect((await session.get('/api/auth/session')).statusCode).toBe(401);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'tam.khoa', password: 'mat-khau-ban-dau' },
    });
    expect(refused.json().code).toBe('ACCOUNT_DISABLED');
    await admin.put(`/api/users/${created.id}/active`, { active: true });
    expect((await t.login('tam.khoa', 'mat-khau-ban-dau')).csrfToken).toBeTruthy();
    expect((await auditOf(created.id)).map((e) => e.action)).toEqual([
      'user.activated',
      'user.deactivated',
      'user.created',
    ]);
  });

  it('reset password lets the user in with the new password only', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const users = (await office.get('/api/users?q=canbo.yennhan')).json().items;
    const res = await office.post(`/api/users/${users[0].id}/password`, { password: 'mat-khau-dat-lai' });
    expect(res.statusCode).toBe(200);
    expect((await t.login('canbo.yennhan', 'mat-khau-dat-lai')).csrfToken).toBeTruthy();
    expect((await auditOf(users[0].id))[0]!.action).toBe('user.password_reset');
  });

  it('setting roles replaces them and records before/after', async () => {
    const admin = await t.as('admin');
    const created = (
      await admin.post('/api/users', {
        username: 'hai.vai',
        displayName: 'Cán bộ hai xã',
        password: 'mat-khau-ban-dau',
        roles: [
          { role: 'commune_officer', orgUnitId: await unitId('Xã Luận Khê') },
          { role: 'commune_officer', orgUnitId: await unitId('Xã Xuân Lẹ') },
        ],
      })
    ).json();
    const office = await t.as('vhtt.thuongxuan');
    const res = await office.put(`/api/users/${created.id}/roles`, {
      roles: [{ role: 'commune_head', orgUnitId: await unitId('Xã Luận Khê') }],
    });
    expect(res.statusCode).toBe(200);
    const roles = res
      .json()
      .roles.map((r: { role: string; orgUnit: { name: string } }) => `${r.role}@${r.orgUnit.name}`);
    expect(roles).toEqual(['commune_head@Xã Luận Khê']);
    const [event] = await auditOf(created.id);
    expect(event).toMatchObject({
      action: 'user.roles_set',
      payload: { before: { roles: expect.any(Array) } },
    });
  });

  it('nobody can deactivate themselves', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const [self] = (await office.get('/api/users?q=vhtt.thuongxuan')).json().items;
    const res = await office.put(`/api/users/${self.id}/active`, { active: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('chính mình');
  });
});
