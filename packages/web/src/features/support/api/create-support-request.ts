import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSupportRequest } from '@xaso/domain/contracts/steering';
import { api } from '../../../lib/api-client.ts';
import { supportKey, supportRequestQueryKey } from './support-requests.ts';

/** The commune sends a request for one criterion; the answer is the request as the sender sees it. */
export async function createSupportRequest(body: CreateSupportRequest) {
  const { supportRequestSchema } = await import('@xaso/domain/contracts/steering');
  return api('/api/support-requests', { method: 'POST', body, schema: supportRequestSchema });
}

export function useCreateSupportRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSupportRequest,
    onSuccess: (request) => {
      queryClient.setQueryData(supportRequestQueryKey(request.id), request);
      return queryClient.invalidateQueries({ queryKey: [...supportKey, 'list'] });
    },
  });
}
