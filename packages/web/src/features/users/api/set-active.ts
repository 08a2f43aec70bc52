import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema } from '@xaso/domain/contracts/users';
import { api } from '../../../lib/api-client.ts';
import { usersQueryKey } from './list-users.ts';

export function setActive({ userId, active }: { userId: string; active: boolean }) {
  return api(`/api/users/${encodeURIComponent(userId)}/active`, {
    method: 'PUT',
    body: { active },
    schema: userSchema,
  });
}

export function useSetActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setActive,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
