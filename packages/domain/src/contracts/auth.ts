import { z } from 'zod';
import { orgUnitTypeSchema } from '../org-unit.ts';
import { ACTIONS, roleSchema } from '../roles.ts';
import { secret, textLine } from './common.ts';

export const PASSWORD_MIN_LENGTH = 10;

export const passwordSchema = secret()
  .min(PASSWORD_MIN_LENGTH, { message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.` })
  .max(200, { message: 'Mật khẩu quá dài (tối đa 200 ký tự).' });

export const loginRequestSchema = z.object({
  username: textLine().trim().min(1, { message: 'Vui lòng nhập tên đăng nhập.' }).max(100),
  password: secret().min(1, { message: 'Vui lòng nhập mật khẩu.' }).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const roleAssignmentSchema = z.object({
  role: roleSchema,
  orgUnit: z.object({ id: z.string(), name: z.string(), type: orgUnitTypeSchema }),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const currentUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleAssignmentSchema),
  /** Actions the user may take somewhere (the menu is built from these). */
  actions: z.array(z.enum(ACTIONS)),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionResponseSchema = z.object({
  user: currentUserSchema,
  /** Send back as the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: secret().min(1, { message: 'Vui lòng nhập mật khẩu hiện tại.' }).max(200),
  newPassword: passwordSchema,
});
