import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/**
 * What a plan's actions may name: the area's departments and the outside partners, as the cycle's
 * responsibility matrix offers them (its `choices`); the server checks a plan against the same lists.
 */
export async function getPlanChoices(cycleId: string, signal?: AbortSignal) {
  const { matrixResponseSchema } = await import('@xaso/domain/contracts/steering');
  const matrix = await api(`/api/cycles/${encodeURIComponent(cycleId)}/responsibilities`, {
    schema: matrixResponseSchema,
    signal,
  });
  return matrix.choices;
}

export function usePlanChoices(cycleId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['support-plan-choices', cycleId],
    queryFn: ({ signal }) => getPlanChoices(cycleId, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
