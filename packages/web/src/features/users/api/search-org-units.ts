import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { orgUnitListResponseSchema } from '@xaso/domain/contracts/org-units';
import { api } from '../../../lib/api-client.ts';

/** Units a role can be granted on: the top of the user's scope, or the server's diacritic-insensitive matches. */
export async function searchGrantableOrgUnits(q: string, signal?: AbortSignal) {
  const { items } = await api('/api/org-units', { query: { q }, schema: orgUnitListResponseSchema, signal });
  return items;
}

export function useGrantableOrgUnits(q: string, enabled: boolean) {
  const term = q.trim();
  return useQuery({
    queryKey: ['org-units', 'search', term],
    queryFn: ({ signal }) => searchGrantableOrgUnits(term, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
