import { useMutation, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '@xaso/domain/contracts/common';
import { api } from '../../../lib/api-client.ts';
import { cyclesQueryKey } from './list-cycles.ts';

/** Deletes a cycle opened by mistake (refused once any commune holds data). */
export function deleteCycle(id: string) {
  return api(`/api/cycles/${encodeURIComponent(id)}`, { method: 'DELETE', schema: okSchema });
}

export function useDeleteCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cyclesQueryKey }),
  });
}
