import { saveResultResponseSchema } from '@xaso/domain/contracts/assessments';
import { api } from '../../../lib/api-client.ts';
import { type EvidenceLink, itemEvidencePath, useEvidenceMutation } from './link-evidence.ts';

/** Unlinks a document from one item; the file stays in the library. */
export function unlinkEvidence(link: EvidenceLink) {
  return api(`${itemEvidencePath(link)}/${encodeURIComponent(link.evidenceId)}`, {
    method: 'DELETE',
    schema: saveResultResponseSchema,
  });
}

export function useUnlinkEvidence() {
  return useEvidenceMutation(unlinkEvidence);
}
