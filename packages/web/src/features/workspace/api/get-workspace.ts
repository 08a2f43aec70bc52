import type { QueryClient } from '@tanstack/react-query';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Workspace, type WorkspaceItem, workspaceSchema } from '@xaso/domain/contracts/assessments';
import { api } from '../../../lib/api-client.ts';

export function workspaceQueryKey(cycleId: string, communeId: string) {
  return ['workspace', cycleId, communeId] as const;
}

/** Every criterion and indicator of the commune's self-assessment, with results, evidence and the summary. */
export function getWorkspace(cycleId: string, communeId: string, signal?: AbortSignal) {
  return api(
    `/api/cycles/${encodeURIComponent(cycleId)}/communes/${encodeURIComponent(communeId)}/workspace`,
    { schema: workspaceSchema, signal },
  );
}

/** The page's query; the router also starts it when the app opens on this page (app/router.tsx). */
export function workspaceQuery(cycleId: string, communeId: string) {
  return queryOptions({
    queryKey: workspaceQueryKey(cycleId, communeId),
    queryFn: ({ signal }) => getWorkspace(cycleId, communeId, signal),
  });
}

export function useWorkspace(cycleId: string, communeId: string) {
  return useQuery(workspaceQuery(cycleId, communeId));
}

/** Puts a changed item into the cached workspace at once, then refetches so the summary follows. */
export function replaceItem(
  queryClient: QueryClient,
  workspace: Workspace['assessment'],
  item: WorkspaceItem,
) {
  const key = workspaceQueryKey(workspace.cycleId, workspace.commune.id);
  queryClient.setQueryData<Workspace>(key, (old) =>
    old
      ? {
          ...old,
          items: old.items.map((i) => (i.kind === item.kind && i.code === item.code ? item : i)),
        }
      : old,
  );
  return queryClient.invalidateQueries({ queryKey: key });
}

/** A transition (submit, withdraw) answers with the whole workspace. */
export function storeWorkspace(queryClient: QueryClient, workspace: Workspace) {
  const key = workspaceQueryKey(workspace.assessment.cycleId, workspace.assessment.commune.id);
  queryClient.setQueryData(key, workspace);
  return queryClient.invalidateQueries({ queryKey: ['cycles'] });
}
