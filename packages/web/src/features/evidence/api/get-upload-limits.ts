import { useQuery } from '@tanstack/react-query';
import { evidenceUploadLimitsSchema } from '@xaso/domain/contracts/evidence';
import { api } from '../../../lib/api-client.ts';

/** The largest file the server accepts, so an oversized file is refused before it is sent. */
export function getUploadLimits(signal?: AbortSignal) {
  return api('/api/evidence/upload-limits', { schema: evidenceUploadLimitsSchema, signal });
}

export function useUploadLimits() {
  return useQuery({
    queryKey: ['evidence', 'upload-limits'],
    queryFn: ({ signal }) => getUploadLimits(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
