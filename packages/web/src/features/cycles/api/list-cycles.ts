import { useQuery } from '@tanstack/react-query';
import { cycleListResponseSchema } from '@xaso/domain/contracts/cycles';
import { api } from '../../../lib/api-client.ts';

export const cyclesQueryKey = ['cycles'] as const;

/** The cycles the user can see: those whose scope covers one of their units. */
export async function listCycles(signal?: AbortSignal) {
  const { items } = await api('/api/cycles', { schema: cycleListResponseSchema, signal });
  return items;
}

export function useCycles() {
  return useQuery({ queryKey: cyclesQueryKey, queryFn: ({ signal }) => listCycles(signal) });
}
