import { useQuery } from '@tanstack/react-query';
import { frameworkDetailSchema } from '@xaso/domain/contracts/frameworks';
import { api } from '../../../lib/api-client.ts';

/**
 * The criteria of one framework (a given version, or the latest), for choosing which do not apply in a cycle
 * or which a commune registers early.
 */
export async function getFrameworkItems(id: string, version: number | undefined, signal?: AbortSignal) {
  const { framework } = await api(`/api/frameworks/${encodeURIComponent(id)}`, {
    query: version === undefined ? {} : { version: String(version) },
    schema: frameworkDetailSchema,
    signal,
  });
  return framework.groups.flatMap((group) =>
    group.items.map((item) => ({
      code: item.code,
      name: item.name,
      groupName: group.name,
      dependency: item.dependency,
    })),
  );
}

export function useFrameworkItems(id: string | undefined, version?: number) {
  return useQuery({
    queryKey: ['cycles', 'framework-items', id, version],
    queryFn: ({ signal }) => getFrameworkItems(id!, version, signal),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}
