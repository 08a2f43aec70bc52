import { z } from 'zod';

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
