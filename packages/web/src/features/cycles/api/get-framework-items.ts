import { useQuery } from '@tanstack/react-query';
import { frameworkDetailSchema } from '@xaso/domain/contracts/frameworks';
import { api } from '../../../lib/api-client.ts';

/** The criteria of one framework, for choosing which ones do not apply in a cycle. */
export async function getFrameworkItems(id: string, signal?: AbortSignal) {
  const { framework } = await api(`/api/frameworks/${encodeURIComponent(id)}`, {
    schema: frameworkDetailSchema,
    signal,
  });
  return framework.groups.flatMap((group) =>
    group.items.map((item) => ({ code: item.code, name: item.name })),
  );
}

export function useFrameworkItems(id: string | undefined) {
  return useQuery({
    queryKey: ['cycles', 'framework-items', id],
    queryFn: ({ signal }) => getFrameworkItems(id!, signal),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}
