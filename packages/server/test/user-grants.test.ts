import { ROLES, type Role } from '@xaso/domain/roles';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, userRoles, users } from '../src/db/schema.ts';
import { hashPassword } from '../src/modules/auth/passwords.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * Privilege escalation through user management: a manager may act on a user only when it could have granted
 * every role the user holds, and may grant only roles it is allowed to grant, on units they fit.
 */
let t: TestApp;
const unit = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  for (const name of ['Tỉnh Thanh Hóa', 'Huyện Thường Xuân', 'Xã Bát Mọt']) {
    const [row] = await t.ctx.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.name, name));
    unit.set(name, row!.id);
  }
});
afterAll(() => t.close());

/** A user made directly in the database with the given roles (as an earlier admin might have). */
async function userWith(username: string, roles: Array<[Role, string]>): Promise<string> {
  const [user] = await t.ctx.db
    .insert(users)
    .values({ username, displayName: username, passwordHash: await hashPassword('mat-khau-cu-123') })
    .returning({ id: users.id });
  for (const [role, unitName] of roles)
    await t.ctx.db.insert(userRoles).values({ userId: user!.id, role, orgUnitId: unit.get(unitName)! });
  return user!.id;
}

describe('acting on a user with a role the manager could not grant', () => {
  it('the district office cannot reset the password, lock or change the roles of a province admin who also sits on its committee', async () => {
    const id = await userWith('quantri.kiem.bcd', [
      ['admin', 'Tỉnh Thanh Hóa'],
      ['steering_member', 'Huyện Thường Xuân'],
    ]);
    const office = await t.as('vhtt.thuongxuan');
    const listed = (await office.get('/api/users?q=quantri.kiem.bcd')).json().items;
    expect(listed.map((u: { id: string }) => u.id)).toEqual([id]);

    const reset = await office.post(`/api/users/${id}/password`, { password: 'mat-khau-chiem-quyen' });
    expect(reset.statusCode).toBe(403);
    expect(reset.json().message).toContain('ngoài phạm vi');
    const lock = await office.put(`/api/users/${id}/active`, { active: false });
    expect(lock.statusCode).toBe(403);
    const roles = await office.put(`/api/users/${id}/roles`, { roles: [] });
    expect(roles.statusCode).toBe(403);

    // Nothing changed: the old password still works, the account is active, both roles remain.
    const session = await t.login('quantri.kiem.bcd', 'mat-khau-cu-123');
    const me = (await session.get('/api/auth/session')).json().user;
    expect(me.roles.map((r: { role: string }) => r.role).sort()).toEqual(['admin', 'steering_member']);
  });

  it('the admin, who could grant every one of those roles, can', async () => {
    const id = await userWith('quantri.hai.vai', [
      ['admin', 'Tỉnh Thanh Hóa'],
      ['steering_member', 'Huyện Thường Xuân'],
    ]);
    const admin = await t.as('admin');
    expect((await admin.post(`/api/users/${id}/password`, { password: 'mat-khau-moi-123' })).statusCode).toBe(
      200,
    );
  });

  it('a district office manages a member of its committee who holds nothing more', async () => {
    const id = await userWith('thanhvien.thuan', [['steering_member', 'Huyện Thường Xuân']]);
    const office = await t.as('vhtt.thuongxuan');
    expect(
      (await office.post(`/api/users/${id}/password`, { password: 'mat-khau-moi-123' })).statusCode,
    ).toBe(200);
  });
});

describe('granting a role', () => {
  /** What each demo manager may grant, written out: every role × every role it might grant. */
  const MANAGER: Record<string, { account: string; may: Role[] }> = {
    standing_office: {
      account: 'vhtt.thuongxuan',
      may: ['commune_officer', 'commune_head', 'steering_member', 'steering_head', 'standing_office'],
    },
    province_office: {
      account: 'so.cds',
      may: [
        'commune_officer',
        'commune_head',
        'steering_member',
        'steering_head',
        'standing_office',
        'province_office',
      ],
    },
    admin: { account: 'admin', may: [...ROLES] },
  };
  /** A unit inside every demo manager's scope that the role fits, where one exists. */
  const FITTING_UNIT: Record<Role, string> = {
    commune_officer: 'Xã Bát Mọt',
    commune_head: 'Xã Bát Mọt',
    steering_member: 'Huyện Thường Xuân',
    steering_head: 'Huyện Thường Xuân',
    standing_office: 'Huyện Thường Xuân',
    province_office: 'Huyện Thường Xuân',
    admin: 'Huyện Thường Xuân',
  };

  let n = 0;
  for (const [managerRole, { account, may }] of Object.entries(MANAGER)) {
    for (const role of ROLES) {
      const allowed = may.includes(role) && !['province_office', 'admin'].includes(role);
      it(`${managerRole} ${allowed ? 'grants' : 'is refused'} ${role} on ${FITTING_UNIT[role]}`, async () => {
        const username = `cap.quyen.${n++}`;
        const res = await (await t.as(account)).post('/api/users', {
          username,
          displayName: 'Thử cấp quyền',
          password: 'mat-khau-ban-dau',
          roles: [{ role, orgUnitId: unit.get(FITTING_UNIT[role])! }],
        });
        if (allowed) {
          expect(res.statusCode).toBe(200);
        } else {
          expect(res.statusCode).toBe(400);
          expect(Object.keys(res.json().fields)).toEqual(['roles.0.role']);
          const [made] = await t.ctx.db.select().from(users).where(eq(users.username, username));
          expect(made).toBeUndefined();
        }
      });
    }
  }

  it('the roles that manage frameworks attach to a province only, and there they are granted', async () => {
    const res = await (await t.as('so.cds')).post('/api/users', {
      username: 'so.cds.moi',
      displayName: 'Chuyên viên Sở',
      password: 'mat-khau-ban-dau',
      roles: [{ role: 'province_office', orgUnitId: unit.get('Tỉnh Thanh Hóa')! }],
    });
    expect(res.statusCode).toBe(200);
    const district = await (await t.as('so.cds')).post('/api/users', {
      username: 'so.cds.huyen',
      displayName: 'Gắn nhầm huyện',
      password: 'mat-khau-ban-dau',
      roles: [{ role: 'province_office', orgUnitId: unit.get('Huyện Thường Xuân')! }],
    });
    expect(district.json().fields['roles.0.role']).toContain('Tỉnh/Thành phố');
  });

  it('a province-office role already attached to a district does not import frameworks', async () => {
    await userWith('so.gan.nham', [['province_office', 'Huyện Thường Xuân']]);
    const client = await t.login('so.gan.nham', 'mat-khau-cu-123');
    const res = await client.request({
      method: 'POST',
      url: '/api/frameworks/validate',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload:
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.yaml"\r\n\r\nid: a\r\n--x--\r\n',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });
});
