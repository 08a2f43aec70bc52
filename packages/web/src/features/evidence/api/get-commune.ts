import { useQuery } from '@tanstack/react-query';
import { orgUnitDetailSchema } from '@xaso/domain/contracts/org-units';
import { api } from '../../../lib/api-client.ts';

/** The commune itself, for its name in the page title. */
export function getCommune(id: string, signal?: AbortSignal) {
  return api(`/api/org-units/${encodeURIComponent(id)}`, { schema: orgUnitDetailSchema, signal });
}

export function useCommune(id: string) {
  return useQuery({
    queryKey: ['org-units', 'detail', id],
    queryFn: ({ signal }) => getCommune(id, signal),
    staleTime: 5 * 60_000,
  });
}
