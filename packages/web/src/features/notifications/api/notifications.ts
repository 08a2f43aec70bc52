import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const notificationsKey = ['notifications'] as const;

// The bell sits in the layout of every signed-in page: the contract (and zod with it) comes with the first
// call rather than with the layout's code.
const contract = () => import('@xaso/domain/contracts/steering');

export interface NotificationListParams {
  unread?: boolean;
  limit: number;
  offset?: number;
}

export async function listNotifications(params: NotificationListParams, signal?: AbortSignal) {
  const { notificationListResponseSchema } = await contract();
  return api('/api/notifications', {
    query: { unread: params.unread ? '1' : undefined, limit: params.limit, offset: params.offset },
    schema: notificationListResponseSchema,
    signal,
  });
}

export function useNotifications(
  params: NotificationListParams,
  options: { enabled?: boolean; staleTime?: number } = {},
) {
  return useQuery({
    queryKey: [...notificationsKey, 'list', params],
    queryFn: ({ signal }) => listNotifications(params, signal),
    placeholderData: keepPreviousData,
    ...options,
  });
}

/** How often the bell asks: a minute is soon enough for a request or a plan, and cheap for the server. */
const POLL_MS = 60_000;

export async function getUnreadCount(signal?: AbortSignal) {
  const { unreadCountResponseSchema } = await contract();
  const { unreadCount } = await api('/api/notifications/unread-count', {
    schema: unreadCountResponseSchema,
    signal,
  });
  return unreadCount;
}

/** The bell's figure, polled every minute and asked again when the window comes back into focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, 'unread-count'],
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

export function markRead(body: { ids: string[] } | { all: true }) {
  return api<unknown>('/api/notifications/read', { method: 'POST', body });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
