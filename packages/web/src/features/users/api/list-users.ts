import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { userListResponseSchema } from '@xaso/domain/contracts/users';
import { api } from '../../../lib/api-client.ts';

export const usersQueryKey = ['users'] as const;

export async function listUsers(q: string, signal?: AbortSignal) {
  const { items } = await api('/api/users', { query: { q }, schema: userListResponseSchema, signal });
  return items;
}

export function useUsers(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: [...usersQueryKey, term],
    queryFn: ({ signal }) => listUsers(term, signal),
    placeholderData: keepPreviousData,
  });
}
