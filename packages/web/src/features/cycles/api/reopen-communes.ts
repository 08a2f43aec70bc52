import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReopenCommunesRequest, reopenCommunesResponseSchema } from '@xaso/domain/contracts/cycles';
import { api } from '../../../lib/api-client.ts';
import { assessmentsQueryKey } from './list-assessments.ts';

/** Reopens several communes of a cycle at once (started or not) until a day from today on. */
export function reopenCommunes({ cycleId, body }: { cycleId: string; body: ReopenCommunesRequest }) {
  return api(`/api/cycles/${encodeURIComponent(cycleId)}/reopen`, {
    method: 'POST',
    body,
    schema: reopenCommunesResponseSchema,
  });
}

export function useReopenCommunes(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenCommunes,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(cycleId) }),
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  });
}
