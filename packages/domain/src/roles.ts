import { z } from 'zod';
import type { OrgUnitType } from './org-unit.ts';

export const ROLES = [
  'commune_officer',
  'commune_head',
  'steering_member',
  'standing_office',
  'province_office',
  'admin',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  commune_officer: 'Cán bộ xã',
  commune_head: 'Chủ tịch UBND xã',
  steering_member: 'Thành viên BCĐ',
  standing_office: 'Cơ quan thường trực',
  province_office: 'Sở phụ trách CĐS',
  admin: 'Quản trị hệ thống',
};

/** Named actions a role allows, anywhere in the subtree of the unit the role is attached to. */
export const ACTIONS = [
  'orgUnit:read',
  'orgUnit:import',
  'user:manage',
  'user:grantAdmin',
  'audit:read',
  'framework:read',
  'framework:manage',
  'cycle:read',
  'cycle:manage',
  'assessment:read',
  'assessment:edit',
  'assessment:submit',
  'evidence:manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const everyone: Action[] = ['orgUnit:read', 'framework:read', 'cycle:read', 'assessment:read'];
const office: Action[] = [...everyone, 'user:manage', 'cycle:manage'];

export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  commune_officer: [...everyone, 'assessment:edit', 'evidence:manage'],
  commune_head: [...everyone, 'assessment:edit', 'assessment:submit', 'evidence:manage'],
  steering_member: everyone,
  standing_office: office,
  province_office: [...office, 'framework:manage'],
  admin: [...everyone, 'user:manage', 'user:grantAdmin', 'audit:read', 'orgUnit:import', 'framework:manage'],
};

export function roleAllows(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}

/** Whether any of the roles allows the action (on some unit). */
export function anyRoleAllows(roles: readonly Role[], action: Action): boolean {
  return roles.some((role) => roleAllows(role, action));
}

/**
 * The roles each role may grant, on units inside the subtree it is attached to. Nobody grants a right they do
 * not hold: an office hands out its own role and the roles of the people whose work it runs (steering members,
 * commune staff), never a role with an authority it lacks (`framework:manage`, `audit:read`, `user:grantAdmin`,
 * `orgUnit:import`). `GRANT_AUTHORITY` below names those authorities; the tests check the table against it.
 * The one exception is the system administrator, whose authority is granting roles (`user:grantAdmin`): it sets
 * up the province's offices without running their cycles itself.
 */
export const GRANTABLE_ROLES: Record<Role, readonly Role[]> = {
  commune_officer: [],
  commune_head: [],
  steering_member: [],
  standing_office: ['standing_office', 'steering_member', 'commune_head', 'commune_officer'],
  province_office: [
    'province_office',
    'standing_office',
    'steering_member',
    'commune_head',
    'commune_officer',
  ],
  admin: ROLES,
};

/**
 * Actions that give power over other people's accounts or the whole province, as opposed to doing one's own
 * unit's work (editing a commune's self-assessment). A role with one of these may only be granted by someone who
 * holds it.
 */
export const GRANT_AUTHORITY: readonly Action[] = [
  'user:manage',
  'user:grantAdmin',
  'audit:read',
  'orgUnit:import',
  'framework:manage',
  'cycle:manage',
];

/**
 * The kinds of unit each role may be attached to. Framework management is a province right: the roles that
 * carry it (`province_office`, `admin`) attach to a province only, whoever grants them.
 */
export const ROLE_UNIT_TYPES: Record<Role, readonly OrgUnitType[]> = {
  commune_officer: ['commune'],
  commune_head: ['commune'],
  steering_member: ['province', 'district', 'department'],
  standing_office: ['province', 'district', 'department'],
  province_office: ['province'],
  admin: ['province'],
};

/** A role held on a unit, the unit named by its materialised path (`/rootId/…/id/`). */
export type RoleAt = { role: Role; orgUnitPath: string };

/** Whether someone holding `granter` may grant `role` on the unit at `unitPath`. */
export function mayGrant(granter: readonly RoleAt[], role: Role, unitPath: string): boolean {
  return granter.some((g) => unitPath.startsWith(g.orgUnitPath) && GRANTABLE_ROLES[g.role].includes(role));
}

/**
 * Whether a manager may act on a user (reset the password, lock, change roles): only when **every** role the
 * user holds is one the manager could have granted. Otherwise a district office could take over an account
 * that also holds a province or admin role. A user without roles is for admins alone.
 */
export function mayManageUser(manager: readonly RoleAt[], target: readonly RoleAt[]): boolean {
  if (target.length === 0) return manager.some((g) => roleAllows(g.role, 'user:grantAdmin'));
  return target.every((t) => mayGrant(manager, t.role, t.orgUnitPath));
}
