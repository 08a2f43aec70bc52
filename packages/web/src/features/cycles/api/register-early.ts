import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type EarlyRegistrationRequest, workspaceSchema } from '@xaso/domain/contracts/assessments';
import { api } from '../../../lib/api-client.ts';

/** A commune not assigned this year registers (or re-registers) single independent criteria (Điều 3). */
export function registerEarly({ cycleId, ...body }: EarlyRegistrationRequest & { cycleId: string }) {
  return api(`/api/cycles/${encodeURIComponent(cycleId)}/registrations`, {
    method: 'POST',
    body,
    schema: workspaceSchema,
  });
}

export function useRegisterEarly() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerEarly,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cycles'] }),
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  });
}
