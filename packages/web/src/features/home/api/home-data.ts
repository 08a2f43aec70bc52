import { useQueries, useQuery } from '@tanstack/react-query';
import { assessmentListResponseSchema } from '@xaso/domain/contracts/assessments';
import { cycleListResponseSchema } from '@xaso/domain/contracts/cycles';
import { orgUnitListResponseSchema } from '@xaso/domain/contracts/org-units';
import { userListResponseSchema } from '@xaso/domain/contracts/users';
import { api } from '../../../lib/api-client.ts';

/*
 * The home page reads existing lists; its query keys and cached shapes are the ones the cycles and users pages
 * use for the same calls, so both share one cache entry.
 */

/** The open cycles the user can see. */
export function useOpenCycles() {
  return useQuery({
    queryKey: ['cycles'],
    queryFn: async ({ signal }) =>
      (await api('/api/cycles', { schema: cycleListResponseSchema, signal })).items,
    select: (cycles) => cycles.filter((c) => c.status === 'open'),
  });
}

/** Each cycle's communes the user may read (a commune user gets only their own). */
export function useCyclesAssessments(cycleIds: string[]) {
  return useQueries({
    queries: cycleIds.map((id) => ({
      queryKey: ['cycles', id, 'assessments'],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        (
          await api(`/api/cycles/${encodeURIComponent(id)}/assessments`, {
            schema: assessmentListResponseSchema,
            signal,
          })
        ).items,
    })),
  });
}

export function useAllUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['users', ''],
    queryFn: async ({ signal }) =>
      (await api('/api/users', { query: { q: '' }, schema: userListResponseSchema, signal })).items,
    enabled,
  });
}

/** The units at the top of the user's scope, and how many communes are below them. */
export function useUnitCounts(enabled: boolean) {
  return useQuery({
    queryKey: ['org-units', 'home-counts'],
    enabled,
    queryFn: async ({ signal }) => {
      const { items: roots } = await api('/api/org-units', { schema: orgUnitListResponseSchema, signal });
      const communes = await Promise.all(
        roots.map(
          async (root) =>
            (
              await api('/api/org-units', {
                query: { within: root.id, type: 'commune' },
                schema: orgUnitListResponseSchema,
                signal,
              })
            ).items.length,
        ),
      );
      return { roots, communes: communes.reduce((a, b) => a + b, 0) };
    },
  });
}
