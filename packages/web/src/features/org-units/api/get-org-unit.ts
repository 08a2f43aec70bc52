import { useQuery } from '@tanstack/react-query';
import { orgUnitDetailSchema } from '@xaso/domain/contracts/org-units';
import { api } from '../../../lib/api-client.ts';

export function getOrgUnit(id: string) {
  return api(`/api/org-units/${encodeURIComponent(id)}`, { schema: orgUnitDetailSchema });
}

export function useOrgUnit(id: string | undefined) {
  return useQuery({
    queryKey: ['org-units', 'detail', id],
    queryFn: () => getOrgUnit(id!),
    enabled: id !== undefined,
  });
}
