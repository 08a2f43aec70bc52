import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteEvidenceResponseSchema } from '@xaso/domain/contracts/evidence';
import { api } from '../../../lib/api-client.ts';
import { evidenceQueryKey } from './list-evidence.ts';

export interface EvidenceDeletion {
  evidenceId: string;
  communeId: string;
  /** Required for a linked document: the server refuses to unlink silently. */
  unlinkEverywhere: boolean;
}

/** Deletes a document from the commune's library (and, when asked, its links to items first). */
export function deleteEvidence({ evidenceId, unlinkEverywhere }: EvidenceDeletion) {
  return api(`/api/evidence/${encodeURIComponent(evidenceId)}`, {
    method: 'DELETE',
    query: { unlinkEverywhere: unlinkEverywhere ? '1' : undefined },
    schema: deleteEvidenceResponseSchema,
  });
}

export function useDeleteEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvidence,
    onSuccess: (_, { communeId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceQueryKey(communeId) }),
        // The workspace lists the documents linked to each item.
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  });
}
