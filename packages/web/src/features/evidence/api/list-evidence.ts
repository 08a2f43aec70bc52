import { useQuery } from '@tanstack/react-query';
import { evidenceListResponseSchema } from '@xaso/domain/contracts/evidence';
import { api } from '../../../lib/api-client.ts';

export function evidenceQueryKey(communeId: string) {
  return ['evidence', communeId] as const;
}

/** The commune's evidence library: every document it uploaded, with the items each is linked to. */
export async function listEvidence(communeId: string, signal?: AbortSignal) {
  const { items } = await api(`/api/communes/${encodeURIComponent(communeId)}/evidence`, {
    schema: evidenceListResponseSchema,
    signal,
  });
  return items;
}

export function useEvidence(communeId: string) {
  return useQuery({
    queryKey: evidenceQueryKey(communeId),
    queryFn: ({ signal }) => listEvidence(communeId, signal),
  });
}
