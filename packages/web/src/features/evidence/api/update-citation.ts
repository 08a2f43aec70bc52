import { useMutation, useQueryClient } from '@tanstack/react-query';
import { evidenceSchema } from '@xaso/domain/contracts/evidence';
import { api } from '../../../lib/api-client.ts';
import { evidenceQueryKey } from './list-evidence.ts';

export interface CitationUpdate {
  evidenceId: string;
  communeId: string;
  citation: {
    docNumber: string | null;
    docDate: string | null;
    issuer: string | null;
    summary: string | null;
  };
}

/** Corrects the number, date, issuer or summary of a document already in the library. */
export function updateCitation({ evidenceId, citation }: CitationUpdate) {
  return api(`/api/evidence/${encodeURIComponent(evidenceId)}`, {
    method: 'PUT',
    body: citation,
    schema: evidenceSchema,
  });
}

export function useUpdateCitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCitation,
    onSuccess: (_, { communeId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceQueryKey(communeId) }),
        // The workspace shows the citation of each linked document.
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  });
}
