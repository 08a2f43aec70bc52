import { queryOptions, useQuery } from '@tanstack/react-query';
import { type OrgUnit, orgUnitListResponseSchema } from '@xaso/domain/contracts/org-units';
import { api } from '../../../lib/api-client.ts';

/** Children of a unit, or the top units of the user's scope when `parentId` is null. */
export async function listOrgUnits(parentId: string | null): Promise<OrgUnit[]> {
  const { items } = await api('/api/org-units', {
    query: { parentId: parentId ?? undefined },
    schema: orgUnitListResponseSchema,
  });
  return items;
}

export function orgUnitChildrenQuery(parentId: string | null) {
  return queryOptions({
    queryKey: ['org-units', 'children', parentId],
    queryFn: () => listOrgUnits(parentId),
    staleTime: 5 * 60_000,
  });
}

export function useOrgUnitRoots() {
  return useQuery(orgUnitChildrenQuery(null));
}
