import { useMutation, useQueryClient } from '@tanstack/react-query';
import { workspaceSchema } from '@xaso/domain/contracts/assessments';
import { api } from '../../../lib/api-client.ts';
import { storeWorkspace } from './get-workspace.ts';

/** The commune head takes a submitted self-assessment back to correct it, before the deadline. */
export function withdrawAssessment(assessmentId: string) {
  return api(`/api/assessments/${encodeURIComponent(assessmentId)}/withdraw`, {
    method: 'POST',
    schema: workspaceSchema,
  });
}

export function useWithdrawAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAssessment,
    onSuccess: (workspace) => storeWorkspace(queryClient, workspace),
  });
}
