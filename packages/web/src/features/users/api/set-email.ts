import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema } from '@xaso/domain/contracts/users';
import { api } from '../../../lib/api-client.ts';
import { usersQueryKey } from './list-users.ts';

/** Sets the address notifications are mailed to; `null` removes it. */
export function setEmail({ userId, email }: { userId: string; email: string | null }) {
  return api(`/api/users/${encodeURIComponent(userId)}/email`, {
    method: 'PUT',
    body: { email },
    schema: userSchema,
  });
}

export function useSetEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
