import { describe, expect, it } from 'vitest';
import { mayGrant, mayManageUser } from './roles.ts';

// Someone holding several roles: one role that allows is enough (issue 10, item 17: `some`, not `every`).

describe('several roles held at once', () => {
  const officeAndSteering = [
    { role: 'standing_office' as const, orgUnitPath: '/p/d/' },
    { role: 'steering_member' as const, orgUnitPath: '/p/d/' },
  ];

  it('may grant when one of the roles may, though another may not', () => {
    expect(mayGrant(officeAndSteering, 'commune_officer', '/p/d/c/')).toBe(true);
    expect(mayGrant(officeAndSteering, 'commune_officer', '/p/other/c/')).toBe(false);
  });

  it('a user without roles is managed by an admin even when the admin holds another role too', () => {
    const adminAndOffice = [
      { role: 'admin' as const, orgUnitPath: '/p/' },
      { role: 'standing_office' as const, orgUnitPath: '/p/d/' },
    ];
    expect(mayManageUser(adminAndOffice, [])).toBe(true);
    expect(mayManageUser(officeAndSteering, [])).toBe(false);
  });
});
