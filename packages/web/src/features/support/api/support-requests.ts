import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SupportStatus } from '@xaso/domain/steering/support-request';
import { api } from '../../../lib/api-client.ts';

/** Every cached list and request of this feature starts with this key, so one change refreshes them all. */
export const supportKey = ['support-requests'] as const;

/** The list's filters, as GET /api/support-requests takes them (one status at a time from this page). */
export interface SupportListFilters {
  view?: 'mine' | 'all';
  cycleId?: string;
  communeUnitId?: string;
  criterionCode?: string;
  status?: SupportStatus;
  overdue?: boolean;
}

// The contract (and zod) arrives with the first call, not with the page's code: the workspace loads this file
// for the drawer's panel, and its first screen is held to a size budget.
const contract = () => import('@xaso/domain/contracts/steering');

export async function listSupportRequests(filters: SupportListFilters, signal?: AbortSignal) {
  const { supportRequestListResponseSchema } = await contract();
  const { items } = await api('/api/support-requests', {
    query: {
      view: filters.view,
      cycleId: filters.cycleId,
      communeUnitId: filters.communeUnitId,
      criterionCode: filters.criterionCode,
      status: filters.status,
      overdue: filters.overdue ? '1' : undefined,
    },
    schema: supportRequestListResponseSchema,
    signal,
  });
  return items;
}

export function supportListQuery(filters: SupportListFilters) {
  return queryOptions({
    queryKey: [...supportKey, 'list', filters],
    queryFn: ({ signal }) => listSupportRequests(filters, signal),
  });
}

export function useSupportRequests(filters: SupportListFilters, options: { enabled?: boolean } = {}) {
  return useQuery({ ...supportListQuery(filters), placeholderData: keepPreviousData, ...options });
}

export async function getSupportRequest(id: string, signal?: AbortSignal) {
  const { supportRequestSchema } = await contract();
  return api(`/api/support-requests/${encodeURIComponent(id)}`, { schema: supportRequestSchema, signal });
}

export function supportRequestQueryKey(id: string) {
  return [...supportKey, 'detail', id] as const;
}

export function useSupportRequest(id: string) {
  return useQuery({
    queryKey: supportRequestQueryKey(id),
    queryFn: ({ signal }) => getSupportRequest(id, signal),
  });
}
