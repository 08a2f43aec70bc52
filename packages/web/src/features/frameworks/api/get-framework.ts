import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { frameworkDetailSchema } from '@xaso/domain/contracts/frameworks';
import { api } from '../../../lib/api-client.ts';
import { frameworksQueryKey } from './list-frameworks.ts';

/** One framework; without `version`, its latest version. */
export function getFramework(id: string, version: number | undefined, signal?: AbortSignal) {
  return api(`/api/frameworks/${encodeURIComponent(id)}`, {
    query: { version },
    schema: frameworkDetailSchema,
    signal,
  });
}

export function useFramework(id: string | undefined, version?: number) {
  return useQuery({
    // Under the list key, so an import (which invalidates the list) also refreshes "latest".
    queryKey: [...frameworksQueryKey, 'detail', id, version ?? 'latest'],
    queryFn: ({ signal }) => getFramework(id ?? '', version, signal),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });
}
