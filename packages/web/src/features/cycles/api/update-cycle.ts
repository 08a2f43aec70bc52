import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cycleSchema, type UpdateCycleRequest } from '@xaso/domain/contracts/cycles';
import { api } from '../../../lib/api-client.ts';
import { assessmentsQueryKey } from './list-assessments.ts';
import { cyclesQueryKey } from './list-cycles.ts';

/** Corrects an open cycle; a stale `expectedVersion` answers 409 with what changed and the current cycle. */
export function updateCycle({ id, body }: { id: string; body: UpdateCycleRequest }) {
  return api(`/api/cycles/${encodeURIComponent(id)}`, { method: 'PUT', body, schema: cycleSchema });
}

export function useUpdateCycle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCycle,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: cyclesQueryKey }),
        queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(id) }),
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  });
}
