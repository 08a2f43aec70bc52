import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateUserRequest, userSchema } from '@xaso/domain/contracts/users';
import { api } from '../../../lib/api-client.ts';
import { usersQueryKey } from './list-users.ts';

export function createUser(body: CreateUserRequest) {
  return api('/api/users', { method: 'POST', body, schema: userSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
