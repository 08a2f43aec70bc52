import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, userRoles, users } from '../src/db/schema.ts';
import { parseCatalogue } from '../src/modules/org-units/import/parse-unit-file.ts';
import { importUnits } from '../src/modules/org-units/use-cases/import-units.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * For every route: each demo role, asking about a record inside its scope and one outside it.
 * Outside the scope answers 404 (the record's existence is not revealed); a role that may not use the
 * route at all answers 403.
 */
type Role =
  | 'commune_officer'
  | 'commune_head'
  | 'steering_member'
  | 'standing_office'
  | 'province_office'
  | 'admin';
const ACCOUNT: Record<Role, string> = {
  commune_officer: 'canbo.batmot',
  commune_head: 'chutich.batmot',
  steering_member: 'bcd.thuongxuan',
  standing_office: 'vhtt.thuongxuan',
  province_office: 'so.cds',
  admin: 'admin',
};
/** The unit outside each role's scope: a neighbouring commune, another district, another province. */
const OUTSIDE: Record<Role, string> = {
  commune_officer: 'Xã Yên Nhân',
  commune_head: 'Xã Yên Nhân',
  steering_member: 'Xã Hoằng Cát',
  standing_office: 'Xã Hoằng Cát',
  province_office: 'Xã Phúc Xá',
  admin: 'Xã Phúc Xá',
};
const INSIDE = 'Xã Bát Mọt';
const ROLES = Object.keys(ACCOUNT) as Role[];
const MANAGERS: Role[] = ['standing_office', 'province_office', 'admin'];

let t: TestApp;
const unit = new Map<string, string>();
const target = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  const other = {
    data_date: '01/03/2025',
    data: [
      {
        level1_id: '01',
        name: 'Thành phố Hà Nội',
        type: 'Thành phố Trung ương',
        level2s: [
          {
            level2_id: '001',
            name: 'Quận Ba Đình',
            type: 'Quận',
            level3s: [{ level3_id: '00001', name: 'Phường Phúc Xá', type: 'Phường' }],
          },
        ],
      },
    ],
  };
  await importUnits(t.ctx, {
    actorUserId: null,
    catalogue: parseCatalogue(other, 'ha-noi.json'),
    fileName: 'ha-noi.json',
  });
  // Hà Nội's commune is "Phường Phúc Xá"; the table calls it by a commune-like label for readability.
  for (const name of [INSIDE, 'Xã Yên Nhân', 'Xã Hoằng Cát', 'Phường Phúc Xá']) {
    const [row] = await t.ctx.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.name, name));
    unit.set(name === 'Phường Phúc Xá' ? 'Xã Phúc Xá' : name, row!.id);
  }
  // Target users are made directly: the admin of Thanh Hóa cannot reach Hà Nội.
  for (const [name, orgUnitId] of unit) {
    const [user] = await t.ctx.db
      .insert(users)
      .values({ username: `muc.tieu.${target.size}`, displayName: `Mục tiêu ở ${name}`, passwordHash: 'x' })
      .returning({ id: users.id });
    await t.ctx.db.insert(userRoles).values({ userId: user!.id, role: 'commune_officer', orgUnitId });
    target.set(name, user!.id);
  }
});
afterAll(() => t.close());

type Case = { route: string; role: Role; where: 'inside' | 'outside'; expected: number };

function casesFor(route: string, allowed: (role: Role) => boolean, outsideStatus = 404): Case[] {
  return ROLES.flatMap((role) => [
    { route, role, where: 'inside' as const, expected: allowed(role) ? 200 : 403 },
    { route, role, where: 'outside' as const, expected: allowed(role) ? outsideStatus : 403 },
  ]);
}

const everyone = () => true;
const managers = (role: Role) => MANAGERS.includes(role);

const cases: Case[] = [
  ...casesFor('GET /api/org-units/:id', everyone),
  ...casesFor('GET /api/org-units?parentId', everyone),
  ...casesFor('POST /api/users/:id/password', managers),
  ...casesFor('PUT /api/users/:id/roles', managers),
  ...casesFor('PUT /api/users/:id/active', managers),
  // Creating a user with a role on an outside unit is a validation error on that field.
  ...casesFor('POST /api/users', managers, 400),
];

// Routes that are not about one unit: allowed or not by role.
const roleCases = ROLES.flatMap((role) => [
  { route: 'GET /api/users', role, expected: managers(role) ? 200 : 403 },
  { route: 'GET /api/audit-events', role, expected: role === 'admin' ? 200 : 403 },
  { route: 'GET /api/auth/session', role, expected: 200 },
  { route: 'GET /api/org-units', role, expected: 200 },
]);

let serial = 0;
async function call(route: string, role: Role, where: 'inside' | 'outside') {
  const client = await t.as(ACCOUNT[role]);
  const unitName = where === 'inside' ? INSIDE : OUTSIDE[role];
  const unitId = unit.get(unitName)!;
  const userId = target.get(unitName)!;
  switch (route) {
    case 'GET /api/org-units/:id':
      return client.get(`/api/org-units/${unitId}`);
    case 'GET /api/org-units?parentId':
      return client.get(`/api/org-units?parentId=${unitId}`);
    case 'POST /api/users/:id/password':
      return client.post(`/api/users/${userId}/password`, { password: 'mat-khau-muc-tieu' });
    case 'PUT /api/users/:id/roles':
      return client.put(`/api/users/${userId}/roles`, {
        roles: [{ role: 'commune_officer', orgUnitId: unitId }],
      });
    case 'PUT /api/users/:id/active':
      return client.put(`/api/users/${userId}/active`, { active: true });
    case 'POST /api/users':
      serial++;
      return client.post('/api/users', {
        username: `moi.${role}.${where}.${serial}`,
        displayName: 'Người dùng mới',
        password: 'mat-khau-ban-dau',
        roles: [{ role: 'commune_officer', orgUnitId: unitId }],
      });
    default:
      throw new Error(route);
  }
}

describe('authorization by role and scope', () => {
  it.each(cases)(
    '$route as $role, $where the scope → $expected',
    async ({ route, role, where, expected }) => {
      const res = await call(route, role, where);
      expect(res.statusCode, res.body).toBe(expected);
      if (expected === 404) expect(res.json().code).toBe('NOT_FOUND');
    },
  );

  it.each(roleCases)('$route as $role → $expected', async ({ route, role, expected }) => {
    const res = await (await t.as(ACCOUNT[role])).get(route.replace('GET ', ''));
    expect(res.statusCode, res.body).toBe(expected);
  });

  it.each(['/api/auth/session', '/api/org-units', '/api/users', '/api/audit-events'])(
    '%s without a session → 401',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(401);
    },
  );
});
