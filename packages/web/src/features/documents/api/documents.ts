import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  documentListResponseSchema,
  documentPreviewSchema,
  type GenerateDocumentRequest,
  generatedDocumentSchema,
} from '@xaso/domain/contracts/documents';
import type { DocumentKind } from '@xaso/domain/documents/model';
import { api } from '../../../lib/api-client.ts';

const listKey = (assessmentId: string) => ['documents', assessmentId] as const;

/**
 * The documents made for an assessment and the form's starting values. While a document is being made the
 * list is polled every second, so the page shows when it is ready without blocking anything.
 */
export function useDocuments(assessmentId: string | undefined) {
  return useQuery({
    queryKey: listKey(assessmentId ?? ''),
    queryFn: ({ signal }) =>
      api(`/api/assessments/${encodeURIComponent(assessmentId!)}/documents`, {
        schema: documentListResponseSchema,
        signal,
      }),
    enabled: assessmentId !== undefined,
    refetchInterval: (query) =>
      query.state.data?.items.some((d) => d.status === 'queued' || d.status === 'running') ? 1000 : false,
  });
}

export function useRequestDocument(assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GenerateDocumentRequest) =>
      api(`/api/assessments/${encodeURIComponent(assessmentId)}/documents`, {
        method: 'POST',
        body,
        schema: generatedDocumentSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(assessmentId) }),
  });
}

/** The report's tables as Word and Excel will hold them, for looking before making the file. */
export function useDocumentPreview(assessmentId: string | undefined, kind: DocumentKind) {
  return useQuery({
    queryKey: ['documents', assessmentId, 'preview', kind],
    queryFn: ({ signal }) =>
      api(`/api/assessments/${encodeURIComponent(assessmentId!)}/documents/preview`, {
        query: { kind },
        schema: documentPreviewSchema,
        signal,
      }),
    enabled: assessmentId !== undefined,
  });
}

export const documentFileUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/file`;
