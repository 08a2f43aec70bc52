import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cycleProposalResponseSchema,
  type PutRoadmapRequest,
  roadmapImportResponseSchema,
  roadmapResponseSchema,
} from '@xaso/domain/contracts/steering';
import { api } from '../../../lib/api-client.ts';

const areaPath = (areaId: string) => `/api/areas/${encodeURIComponent(areaId)}/roadmap`;

export const roadmapQueryKey = (areaId: string) => ['roadmap', areaId] as const;

export function useRoadmap(areaId: string | undefined) {
  return useQuery({
    queryKey: roadmapQueryKey(areaId ?? ''),
    queryFn: ({ signal }) => api(areaPath(areaId!), { schema: roadmapResponseSchema, signal }),
    enabled: areaId !== undefined,
    // A refetch on window focus would move the version under unsaved edits; the page reloads on a conflict.
    refetchOnWindowFocus: false,
  });
}

/** Saves the whole roadmap as the screen holds it; a stale `expectedVersion` answers 409. */
export function useSaveRoadmap(areaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutRoadmapRequest) => api(areaPath(areaId), { method: 'PUT', body }),
    // The table is read again before the page drops its draft, so the saved marks never blink back.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roadmapQueryKey(areaId) }),
  });
}

export const roadmapTemplateUrl = (areaId: string) => `${areaPath(areaId)}/template.xlsx`;

/** Replaces the area's roadmap with the file's; a file with bad cells answers 422 with every one of them. */
export function useImportRoadmap(areaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (percent: number) => void }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api(`${areaPath(areaId)}/import`, {
        method: 'POST',
        body: form,
        schema: roadmapImportResponseSchema,
        onUploadProgress: onProgress,
      });
    },
    onSuccess: (result) => queryClient.setQueryData(roadmapQueryKey(areaId), result.roadmap),
  });
}

/** What opening a cycle of `year` in the area proposes: that year's communes, those carried over, those done. */
export function useCycleProposal(areaId: string | undefined, year: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['roadmap', areaId, 'proposal', year],
    queryFn: ({ signal }) =>
      api(`${areaPath(areaId!)}/proposal`, { query: { year }, schema: cycleProposalResponseSchema, signal }),
    enabled: enabled && areaId !== undefined && year !== undefined,
    retry: false,
  });
}
