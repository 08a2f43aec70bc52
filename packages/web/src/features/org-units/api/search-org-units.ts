import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { orgUnitListResponseSchema } from '@xaso/domain/contracts/org-units';
import { api } from '../../../lib/api-client.ts';

/** The server matches names and codes ignoring diacritics ("thuong xuan" finds "Thường Xuân"). */
export async function searchOrgUnits(q: string, signal?: AbortSignal) {
  const { items } = await api('/api/org-units', { query: { q }, schema: orgUnitListResponseSchema, signal });
  return items;
}

export function useSearchOrgUnits(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ['org-units', 'search', term],
    queryFn: ({ signal }) => searchOrgUnits(term, signal),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
  });
}
