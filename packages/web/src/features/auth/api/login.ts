import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, SessionResponse } from '@xaso/domain/contracts/auth';
import { api, setCsrfToken } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export async function login(body: LoginRequest): Promise<SessionResponse> {
  // The contract loads with the request, not with the login page (see lib/session.ts).
  const [answer, { sessionResponseSchema }] = await Promise.all([
    api<unknown>('/api/auth/login', { method: 'POST', body }),
    import('@xaso/domain/contracts/auth'),
  ]);
  const session = sessionResponseSchema.parse(answer);
  setCsrfToken(session.csrfToken);
  return session;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Whatever the previous user had cached must not leak into this session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
