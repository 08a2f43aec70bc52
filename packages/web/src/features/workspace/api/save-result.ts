import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ResultInput,
  saveResultResponseSchema,
  type Workspace,
  type WorkspaceItem,
} from '@xaso/domain/contracts/assessments';
import { api, isApiError } from '../../../lib/api-client.ts';
import { replaceItem, workspaceQueryKey } from './get-workspace.ts';

export interface SaveResult {
  assessment: Workspace['assessment'];
  kind: WorkspaceItem['kind'];
  code: string;
  body: ResultInput;
}

/** Saves one item's result. A stale `expectedVersion` answers 409 with the other person's value. */
export function saveResult({ assessment, kind, code, body }: SaveResult) {
  return api(
    `/api/assessments/${encodeURIComponent(assessment.id)}/items/${kind}/${encodeURIComponent(code)}`,
    { method: 'PUT', body, schema: saveResultResponseSchema },
  );
}

export function useSaveResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveResult,
    // No retry: a save that fails keeps the input on screen and in the draft until the user saves again.
    onSuccess: ({ item }, { assessment }) => replaceItem(queryClient, assessment, item),
    // Locked meanwhile (submitted by the head, or past the deadline): reload so the page turns read-only.
    onError: (error, { assessment }) => {
      if (isApiError(error, 'LOCKED')) {
        return queryClient.invalidateQueries({
          queryKey: workspaceQueryKey(assessment.cycleId, assessment.commune.id),
        });
      }
    },
  });
}
