import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Action,
  anyRoleAllows,
  GRANT_AUTHORITY,
  GRANTABLE_ROLES,
  mayGrant,
  mayManageUser,
  ROLE_ACTIONS,
  ROLE_LABELS,
  ROLE_UNIT_TYPES,
  ROLES,
  type Role,
  roleAllows,
} from './roles.ts';

describe('role actions', () => {
  it('lets every role read org units and frameworks', () => {
    for (const role of ROLES) {
      expect(roleAllows(role, 'orgUnit:read')).toBe(true);
      expect(roleAllows(role, 'framework:read')).toBe(true);
    }
  });

  it('keeps user management to offices and admins, and admin grants to admins', () => {
    expect(ROLES.filter((r) => roleAllows(r, 'user:manage'))).toEqual([
      'standing_office',
      'province_office',
      'admin',
    ]);
    expect(ROLES.filter((r) => roleAllows(r, 'user:grantAdmin'))).toEqual(['admin']);
    expect(anyRoleAllows(['commune_officer', 'standing_office'], 'user:manage')).toBe(true);
    expect(anyRoleAllows([], 'orgUnit:read')).toBe(false);
  });

  it('lets the committee head do what a steering member does, and alone approve support plans', () => {
    for (const a of ROLE_ACTIONS.steering_member) expect(roleAllows('steering_head', a)).toBe(true);
    expect(ROLES.filter((r) => roleAllows(r, 'supportPlan:approve'))).toEqual(['steering_head']);
    expect(ROLE_LABELS.steering_head).toBe('Trưởng BCĐ');
  });

  it('gives the year’s steering work to the people the seed names', () => {
    const holders = (a: Action) => ROLES.filter((r) => roleAllows(r, a));
    // The office keeps the roadmap and the matrix; the province office stands in for it after 2025.
    expect(holders('roadmap:manage')).toEqual(['standing_office', 'province_office']);
    expect(holders('responsibility:manage')).toEqual(['standing_office', 'province_office']);
    // The office classifies and reports to the head (seed 002, Điều 2.2).
    expect(holders('classification:read')).toEqual(['steering_head', 'standing_office', 'province_office']);
    // The commune asks; the members (and the head, a member too) answer.
    expect(holders('support:request')).toEqual(['commune_officer', 'commune_head']);
    expect(holders('support:answer')).toEqual(['steering_member', 'steering_head']);
    expect(holders('support:read')).toEqual(ROLES.filter((r) => r !== 'admin'));
  });

  it('names only known actions', () => {
    for (const actions of Object.values(ROLE_ACTIONS)) for (const a of actions) expect(ACTIONS).toContain(a);
  });
});

/** Every role × every role it might grant: the expected answer, written out, not derived from the table. */
const CAN_GRANT: Record<Role, Role[]> = {
  commune_officer: [],
  commune_head: [],
  steering_member: [],
  steering_head: [],
  standing_office: ['commune_officer', 'commune_head', 'steering_member', 'steering_head', 'standing_office'],
  province_office: [
    'commune_officer',
    'commune_head',
    'steering_member',
    'steering_head',
    'standing_office',
    'province_office',
  ],
  admin: [...ROLES],
};

describe('granting roles', () => {
  const province = '/p/';
  const district = '/p/d/';
  const commune = '/p/d/c/';
  const otherDistrict = '/p/e/';

  for (const granter of ROLES) {
    for (const role of ROLES) {
      const expected = CAN_GRANT[granter].includes(role);
      it(`${granter} ${expected ? 'may' : 'may not'} grant ${role}`, () => {
        expect(mayGrant([{ role: granter, orgUnitPath: district }], role, commune)).toBe(expected);
      });
    }
  }

  it('nobody but the system administrator grants a role carrying an authority they do not hold', () => {
    // The administrator's authority is granting itself (`user:grantAdmin`): it sets up the province's offices
    // without running their cycles.
    for (const granter of ROLES.filter((r) => !roleAllows(r, 'user:grantAdmin'))) {
      for (const role of GRANTABLE_ROLES[granter]) {
        const authorities = ROLE_ACTIONS[role].filter((a) => GRANT_AUTHORITY.includes(a));
        for (const a of authorities)
          expect([granter, role, a, roleAllows(granter, a)]).toEqual([granter, role, a, true]);
      }
    }
  });

  it('grants only inside the subtree the granter’s role is attached to', () => {
    const office = [{ role: 'standing_office' as const, orgUnitPath: district }];
    expect(mayGrant(office, 'commune_officer', district)).toBe(true);
    expect(mayGrant(office, 'commune_officer', commune)).toBe(true);
    expect(mayGrant(office, 'commune_officer', province)).toBe(false);
    expect(mayGrant(office, 'commune_officer', otherDistrict)).toBe(false);
  });

  it('a manager acts on a user only when every one of the user’s roles is one it could grant', () => {
    const office = [{ role: 'standing_office' as const, orgUnitPath: district }];
    const member = { role: 'steering_member' as const, orgUnitPath: district };
    expect(mayManageUser(office, [member])).toBe(true);
    expect(mayManageUser(office, [member, { role: 'admin', orgUnitPath: province }])).toBe(false);
    expect(mayManageUser(office, [member, { role: 'commune_officer', orgUnitPath: '/p/e/x/' }])).toBe(false);
    expect(mayManageUser(office, [member, { role: 'province_office', orgUnitPath: district }])).toBe(false);
    const admin = [{ role: 'admin' as const, orgUnitPath: province }];
    expect(mayManageUser(admin, [member, { role: 'admin', orgUnitPath: province }])).toBe(true);
  });

  it('a user without roles is managed by admins only', () => {
    expect(mayManageUser([{ role: 'admin', orgUnitPath: province }], [])).toBe(true);
    expect(mayManageUser([{ role: 'province_office', orgUnitPath: province }], [])).toBe(false);
  });

  it('attaches the roles that manage frameworks to a province only', () => {
    const carriers = ROLES.filter((r) => roleAllows(r, 'framework:manage'));
    expect(carriers).toEqual(['province_office', 'admin']);
    for (const r of carriers) expect(ROLE_UNIT_TYPES[r]).toEqual(['province']);
    expect(ROLE_UNIT_TYPES.commune_officer).toEqual(['commune']);
  });

  it('attaches the committee head to the area whose committee it heads: a district, or a province after 2025', () => {
    expect(ROLE_UNIT_TYPES.steering_head).toEqual(['province', 'district']);
  });
});
