import { useQuery } from '@tanstack/react-query';
import { orgUnitListResponseSchema } from '@xaso/domain/contracts/org-units';
import { api } from '../../../lib/api-client.ts';

/** Units directly below `parentId`: the districts of a province, the communes of a district. */
export async function listChildUnits(parentId: string, signal?: AbortSignal) {
  const { items } = await api('/api/org-units', {
    query: { parentId },
    schema: orgUnitListResponseSchema,
    signal,
  });
  return items;
}

export function useChildUnits(parentId: string | undefined) {
  return useQuery({
    queryKey: ['org-units', 'children', parentId],
    queryFn: ({ signal }) => listChildUnits(parentId!, signal),
    enabled: parentId !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** Every commune below a unit at any depth, with its ancestors' names: a province may still have districts. */
export function useCommunesWithin(unitId: string | undefined) {
  return useQuery({
    queryKey: ['org-units', 'communes-within', unitId],
    queryFn: async ({ signal }) =>
      (
        await api('/api/org-units', {
          query: { within: unitId!, type: 'commune' },
          schema: orgUnitListResponseSchema,
          signal,
        })
      ).items,
    enabled: unitId !== undefined,
    staleTime: 5 * 60_000,
  });
}
