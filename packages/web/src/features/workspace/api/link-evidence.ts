import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  saveResultResponseSchema,
  type Workspace,
  type WorkspaceItem,
} from '@xaso/domain/contracts/assessments';
import { api } from '../../../lib/api-client.ts';
import { replaceItem } from './get-workspace.ts';

export interface EvidenceLink {
  assessment: Workspace['assessment'];
  kind: WorkspaceItem['kind'];
  code: string;
  evidenceId: string;
}

export function itemEvidencePath({ assessment, kind, code }: Omit<EvidenceLink, 'evidenceId'>) {
  return `/api/assessments/${encodeURIComponent(assessment.id)}/items/${kind}/${encodeURIComponent(code)}/evidence`;
}

/** Links a document of the commune's library to one item. */
export function linkEvidence(link: EvidenceLink) {
  return api(itemEvidencePath(link), {
    method: 'POST',
    body: { evidenceId: link.evidenceId },
    schema: saveResultResponseSchema,
  });
}

/** After a link changes, the item and the library's "linked to" column both change. */
export function useEvidenceMutation(mutationFn: typeof linkEvidence) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: ({ item }, { assessment }) =>
      Promise.all([
        replaceItem(queryClient, assessment, item),
        queryClient.invalidateQueries({ queryKey: ['evidence', assessment.commune.id] }),
      ]),
  });
}

export function useLinkEvidence() {
  return useEvidenceMutation(linkEvidence);
}
