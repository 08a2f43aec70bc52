import { useMutation, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '@xaso/domain/contracts/common';
import { api, setCsrfToken } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export function logout() {
  return api('/api/auth/logout', { method: 'POST', schema: okSchema });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Even if the call fails (session already gone), the user asked to leave: forget everything locally.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
