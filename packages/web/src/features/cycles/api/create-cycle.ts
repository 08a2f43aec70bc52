import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateCycleRequest, cycleSchema } from '@xaso/domain/contracts/cycles';
import { api } from '../../../lib/api-client.ts';
import { cyclesQueryKey } from './list-cycles.ts';

export function createCycle(body: CreateCycleRequest) {
  return api('/api/cycles', { method: 'POST', body, schema: cycleSchema });
}

export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cyclesQueryKey }),
  });
}
