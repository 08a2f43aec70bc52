import { useMutation } from '@tanstack/react-query';
import { okSchema } from '@xaso/domain/contracts/common';
import { api } from '../../../lib/api-client.ts';

export function resetPassword({ userId, password }: { userId: string; password: string }) {
  return api(`/api/users/${encodeURIComponent(userId)}/password`, {
    method: 'POST',
    body: { password },
    schema: okSchema,
  });
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
