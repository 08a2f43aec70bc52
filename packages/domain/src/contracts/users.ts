import { z } from 'zod';
import { roleSchema } from '../roles.ts';
import { passwordSchema, roleAssignmentSchema } from './auth.ts';
import { textLine } from './common.ts';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** Where e-mail notifications go when the server sends e-mail; none, in-app only. */
  email: z.string().nullable(),
  active: z.boolean(),
  roles: z.array(roleAssignmentSchema),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const usernameSchema = textLine()
  .trim()
  .min(3, { message: 'Tên đăng nhập phải có ít nhất 3 ký tự.' })
  .max(50, { message: 'Tên đăng nhập tối đa 50 ký tự.' })
  .regex(/^[a-z0-9._-]+$/, {
    message: 'Tên đăng nhập chỉ gồm chữ thường không dấu, số và các ký tự . _ -',
  });

/**
 * An e-mail address for notifications. Trimmed; an empty field is no address (`null`), so a form may send
 * what its input holds.
 */
export const emailSchema = z
  .string()
  .trim()
  .max(254, { message: 'Địa chỉ e-mail tối đa 254 ký tự.' })
  .pipe(
    z.union([
      z.literal('').transform(() => null),
      z.email({ message: 'Địa chỉ e-mail không hợp lệ, ví dụ: ten.nguoi@thanhhoa.gov.vn.' }),
    ]),
  );

export const roleGrantSchema = z.object({
  role: roleSchema,
  orgUnitId: z.uuid({ message: 'Chưa chọn đơn vị.' }),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

export const createUserRequestSchema = z.object({
  username: usernameSchema,
  displayName: textLine().trim().min(1, { message: 'Vui lòng nhập họ tên hoặc chức danh.' }).max(200),
  password: passwordSchema,
  roles: z.array(roleGrantSchema).max(20),
  email: emailSchema.nullable().optional(),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const resetPasswordRequestSchema = z.object({ password: passwordSchema });

export const setRolesRequestSchema = z.object({ roles: z.array(roleGrantSchema).max(20) });

/** PUT /users/:id/email — `null` (or an empty field) removes the address. */
export const setEmailRequestSchema = z.object({ email: emailSchema.nullable() });

export const setActiveRequestSchema = z.object({ active: z.boolean() });

export const userListQuerySchema = z.object({
  q: textLine().trim().max(100).optional(),
});

export const userListResponseSchema = z.object({ items: z.array(userSchema) });
