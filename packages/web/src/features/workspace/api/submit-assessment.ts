import { useMutation, useQueryClient } from '@tanstack/react-query';
import { workspaceSchema } from '@xaso/domain/contracts/assessments';
import { api } from '../../../lib/api-client.ts';
import { storeWorkspace } from './get-workspace.ts';

/** The commune head sends the self-assessment to the standing office. */
export function submitAssessment(assessmentId: string) {
  return api(`/api/assessments/${encodeURIComponent(assessmentId)}/submit`, {
    method: 'POST',
    schema: workspaceSchema,
  });
}

export function useSubmitAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAssessment,
    onSuccess: (workspace) => storeWorkspace(queryClient, workspace),
  });
}
