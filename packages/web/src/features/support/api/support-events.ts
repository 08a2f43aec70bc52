import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SupportEventRequest } from '@xaso/domain/contracts/steering';
import { api } from '../../../lib/api-client.ts';
import { supportKey, supportRequestQueryKey } from './support-requests.ts';

/** One step of the request (answer, submit or decide on the plan, close), at the version the page shows. */
export async function sendSupportEvent({ id, body }: { id: string; body: SupportEventRequest }) {
  const { supportRequestSchema } = await import('@xaso/domain/contracts/steering');
  return api(`/api/support-requests/${encodeURIComponent(id)}/events`, {
    method: 'POST',
    body,
    schema: supportRequestSchema,
  });
}

export function useSupportEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendSupportEvent,
    onSuccess: (request) => {
      queryClient.setQueryData(supportRequestQueryKey(request.id), request);
      // The lists' statuses change, and the bell of whoever acted may have a notice about it less.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...supportKey, 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]);
    },
  });
}

/** A comment on the thread; the page then reads the request again, with the comment in it. */
export async function addSupportComment({ id, body }: { id: string; body: string }) {
  const { supportCommentSchema } = await import('@xaso/domain/contracts/steering');
  return api(`/api/support-requests/${encodeURIComponent(id)}/comments`, {
    method: 'POST',
    body: { body },
    schema: supportCommentSchema,
  });
}

export function useAddSupportComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addSupportComment,
    onSuccess: (_comment, { id }) => queryClient.invalidateQueries({ queryKey: supportRequestQueryKey(id) }),
  });
}
