import { useQuery } from '@tanstack/react-query';
import { assessmentListResponseSchema } from '@xaso/domain/contracts/assessments';
import { api } from '../../../lib/api-client.ts';
import { cyclesQueryKey } from './list-cycles.ts';

/** One row per commune of the cycle (a commune user gets only their own commune). */
export async function listAssessments(cycleId: string, signal?: AbortSignal) {
  const { items } = await api(`/api/cycles/${encodeURIComponent(cycleId)}/assessments`, {
    schema: assessmentListResponseSchema,
    signal,
  });
  return items;
}

export function assessmentsQueryKey(cycleId: string) {
  return [...cyclesQueryKey, cycleId, 'assessments'] as const;
}

export function useAssessments(cycleId: string) {
  return useQuery({
    queryKey: assessmentsQueryKey(cycleId),
    queryFn: ({ signal }) => listAssessments(cycleId, signal),
  });
}
