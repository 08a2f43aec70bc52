import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type RoleGrant, userSchema } from '@xaso/domain/contracts/users';
import { api } from '../../../lib/api-client.ts';
import { usersQueryKey } from './list-users.ts';

export function setRoles({ userId, roles }: { userId: string; roles: RoleGrant[] }) {
  return api(`/api/users/${encodeURIComponent(userId)}/roles`, {
    method: 'PUT',
    body: { roles },
    schema: userSchema,
  });
}

export function useSetRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setRoles,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
