import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BulkAssignRequest, matrixResponseSchema, partnerSchema } from '@xaso/domain/contracts/steering';
import { api } from '../../../lib/api-client.ts';

const matrixPath = (cycleId: string) => `/api/cycles/${encodeURIComponent(cycleId)}/responsibilities`;

export const matrixQueryKey = (cycleId: string) => ['responsibilities', cycleId] as const;

/** The cycle's matrix with names, the criteria nobody answers for, and what the pickers offer. */
export function useMatrix(cycleId: string, enabled = true) {
  return useQuery({
    queryKey: matrixQueryKey(cycleId),
    queryFn: ({ signal }) => api(matrixPath(cycleId), { schema: matrixResponseSchema, signal }),
    enabled,
  });
}

/** One patch on some criteria (a row's edit is a patch of one); a stale `expectedVersion` answers 409. */
export function useBulkAssign(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkAssignRequest) => api(`${matrixPath(cycleId)}/bulk`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matrixQueryKey(cycleId) }),
  });
}

export const matrixExportUrl = (cycleId: string) => `${matrixPath(cycleId)}/export.xlsx`;

/** Adds an outside organisation (a telecom, a bank) to the area's partners, to be picked at once. */
export function useCreatePartner(areaId: string, cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      api(`/api/areas/${encodeURIComponent(areaId)}/partners`, {
        method: 'POST',
        body: { name },
        schema: partnerSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matrixQueryKey(cycleId) }),
  });
}
