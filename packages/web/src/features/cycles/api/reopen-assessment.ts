import { useMutation, useQueryClient } from '@tanstack/react-query';
import { workspaceSchema } from '@xaso/domain/contracts/assessments';
import { api } from '../../../lib/api-client.ts';
import { assessmentsQueryKey } from './list-assessments.ts';

/** The office gives a commune until `until` (ISO day) to change and resubmit its self-assessment. */
export function reopenAssessment({ assessmentId, until }: { assessmentId: string; until: string }) {
  return api(`/api/assessments/${encodeURIComponent(assessmentId)}/reopen`, {
    method: 'POST',
    body: { until },
    schema: workspaceSchema,
  });
}

export function useReopenAssessment(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenAssessment,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(cycleId) }),
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  });
}
