import { useQuery } from '@tanstack/react-query';
import { frameworkListResponseSchema } from '@xaso/domain/contracts/frameworks';
import { api } from '../../../lib/api-client.ts';

/** Criteria sets and indexes a cycle can use. Shares its cache key with the frameworks page. */
export async function listFrameworks(signal?: AbortSignal) {
  const { items } = await api('/api/frameworks', { schema: frameworkListResponseSchema, signal });
  return items;
}

export function useFrameworkOptions() {
  return useQuery({ queryKey: ['frameworks'], queryFn: ({ signal }) => listFrameworks(signal) });
}
