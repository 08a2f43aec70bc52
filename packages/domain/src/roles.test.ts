import { describe, expect, it } from 'vitest';
import { ACTIONS, anyRoleAllows, ROLE_ACTIONS, ROLES, roleAllows } from './roles.ts';

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

  it('names only known actions', () => {
    for (const actions of Object.values(ROLE_ACTIONS)) for (const a of actions) expect(ACTIONS).toContain(a);
  });
});
