import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadEvidenceResponseSchema } from '@xaso/domain/contracts/evidence';
import { api } from '../../../lib/api-client.ts';
import { evidenceQueryKey } from './list-evidence.ts';

export interface EvidenceUpload {
  communeId: string;
  file: File;
  citation: { docNumber: string; docDate: string; issuer: string; summary: string };
  onProgress: (percent: number) => void;
}

/**
 * Uploads one file with its citation. The text fields go before the file, so the server has the citation in
 * hand when it streams the file to storage.
 */
export function uploadEvidence({ communeId, file, citation, onProgress }: EvidenceUpload) {
  const body = new FormData();
  // A field left blank is left out: the server reads a missing field as "not given".
  for (const [name, value] of Object.entries(citation)) if (value) body.append(name, value);
  body.append('file', file, file.name);
  return api(`/api/communes/${encodeURIComponent(communeId)}/evidence`, {
    method: 'POST',
    body,
    schema: uploadEvidenceResponseSchema,
    onUploadProgress: onProgress,
  });
}

export function useUploadEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadEvidence,
    onSuccess: (_, { communeId }) => queryClient.invalidateQueries({ queryKey: evidenceQueryKey(communeId) }),
  });
}
