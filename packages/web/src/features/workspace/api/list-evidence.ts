import { useQuery } from '@tanstack/react-query';
import { evidenceListResponseSchema } from '@xaso/domain/contracts/evidence';
import { api } from '../../../lib/api-client.ts';

/** The commune's evidence library, to pick documents from. Shares its cache with the library page. */
export async function listEvidence(communeId: string, signal?: AbortSignal) {
  const { items } = await api(`/api/communes/${encodeURIComponent(communeId)}/evidence`, {
    schema: evidenceListResponseSchema,
    signal,
  });
  return items;
}

export function useEvidenceLibrary(communeId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['evidence', communeId],
    queryFn: ({ signal }) => listEvidence(communeId, signal),
    enabled,
  });
}
