import { useQuery } from '@tanstack/react-query';
import { frameworkListResponseSchema } from '@xaso/domain/contracts/frameworks';
import { api } from '../../../lib/api-client.ts';

export const frameworksQueryKey = ['frameworks'] as const;

export async function listFrameworks(signal?: AbortSignal) {
  const { items } = await api('/api/frameworks', { schema: frameworkListResponseSchema, signal });
  return items;
}

export function useFrameworks() {
  return useQuery({ queryKey: frameworksQueryKey, queryFn: ({ signal }) => listFrameworks(signal) });
}
