import { useMutation } from '@tanstack/react-query';
import type { changePasswordRequestSchema } from '@xaso/domain/contracts/auth';
import { okSchema } from '@xaso/domain/contracts/common';
import type { z } from 'zod';
import { api } from '../../../lib/api-client.ts';

export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export function changePassword(body: ChangePasswordRequest) {
  return api('/api/auth/password', { method: 'POST', body, schema: okSchema });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
