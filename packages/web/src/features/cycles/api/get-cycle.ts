import { useQuery } from '@tanstack/react-query';
import { cycleSchema } from '@xaso/domain/contracts/cycles';
import { api } from '../../../lib/api-client.ts';
import { cyclesQueryKey } from './list-cycles.ts';

export function getCycle(id: string, signal?: AbortSignal) {
  return api(`/api/cycles/${encodeURIComponent(id)}`, { schema: cycleSchema, signal });
}

export function useCycle(id: string) {
  return useQuery({ queryKey: [...cyclesQueryKey, id], queryFn: ({ signal }) => getCycle(id, signal) });
}
