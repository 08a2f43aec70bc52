import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cycleSchema } from '@xaso/domain/contracts/cycles';
import { api } from '../../../lib/api-client.ts';
import { cyclesQueryKey } from './list-cycles.ts';

/** Closes a cycle at the version the page shows. */
export function closeCycle({ id, expectedVersion }: { id: string; expectedVersion: number }) {
  return api(`/api/cycles/${encodeURIComponent(id)}/close`, {
    method: 'POST',
    body: { expectedVersion },
    schema: cycleSchema,
  });
}

export function useCloseCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeCycle,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: cyclesQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  });
}
