import { z } from 'zod';
import type { OrgUnitType } from './org-unit.ts';

export const ROLES = [
  'commune_officer',
  'commune_head',
  'steering_member',
  'steering_head',
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
  steering_head: 'Trưởng BCĐ',
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
  /** Keep the area's roadmap (lộ trình, QĐ 969): which commune completes DX in which year. */
  'roadmap:manage',
  /** Keep the responsibility matrix (phân công): lead, coordinating units, responsible member per criterion. */
  'responsibility:manage',
  /** See the communes' classification of criteria (tự hoàn thành / cần hỗ trợ) for the whole area. */
  'classification:read',
  /** Send a support request (kiến nghị, đề xuất hỗ trợ) for one of the commune's criteria. */
  'support:request',
  /** Read support requests. Which ones is per record: `steering/support-request.ts`, `mayView`. */
  'support:read',
  /** Answer a support request and write a support plan, for the criteria the matrix assigns to oneself. */
  'support:answer',
  /** Approve or return a support plan: the committee head alone. */
  'supportPlan:approve',
] as const;
export type Action = (typeof ACTIONS)[number];

const everyone: Action[] = ['orgUnit:read', 'framework:read', 'cycle:read', 'assessment:read'];
const commune: Action[] = [
  ...everyone,
  'assessment:edit',
  'evidence:manage',
  'support:request',
  'support:read',
];
const steering: Action[] = [...everyone, 'support:read', 'support:answer'];
const office: Action[] = [
  ...everyone,
  'user:manage',
  'cycle:manage',
  'roadmap:manage',
  'responsibility:manage',
  'classification:read',
  'support:read',
];

export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  commune_officer: commune,
  commune_head: [...commune, 'assessment:submit'],
  steering_member: steering,
  // The office reports the classification to the head (seed 002, Điều 2.2), who decides on the plans (2.3.2).
  steering_head: [...steering, 'classification:read', 'supportPlan:approve'],
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
  steering_head: [],
  standing_office: ['standing_office', 'steering_head', 'steering_member', 'commune_head', 'commune_officer'],
  province_office: [
    'province_office',
    'standing_office',
    'steering_head',
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
  'roadmap:manage',
  // The matrix decides who sees which support requests and who confirms which results.
  'responsibility:manage',
];

/**
 * The kinds of unit each role may be attached to. Framework management is a province right: the roles that
 * carry it (`province_office`, `admin`) attach to a province only, whoever grants them.
 */
export const ROLE_UNIT_TYPES: Record<Role, readonly OrgUnitType[]> = {
  commune_officer: ['commune'],
  commune_head: ['commune'],
  steering_member: ['province', 'district', 'department'],
  // The chairman of the area's people's committee: a district's, or since 1/7/2025 the province's
  // (docs/decisions/007-committee-head-role.md says why not a commune's).
  steering_head: ['province', 'district'],
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
