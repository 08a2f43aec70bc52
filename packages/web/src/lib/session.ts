import { useQuery } from '@tanstack/react-query';
import { type SessionResponse, sessionResponseSchema } from '@xaso/domain/contracts/auth';
import type { Action } from '@xaso/domain/roles';
import { api, isApiError, setCsrfToken } from './api-client.ts';

export const sessionQueryKey = ['session'] as const;

/** The signed-in user, or null when nobody is signed in. */
export async function getSession(): Promise<SessionResponse | null> {
  try {
    const session = await api('/api/auth/session', { schema: sessionResponseSchema });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 5 * 60_000 });
}

/** The current user; only call below the authenticated layout, where a session is guaranteed. */
export function useCurrentUser() {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser called outside an authenticated page');
  return data.user;
}

export function useCan(action: Action): boolean {
  const { data } = useSession();
  return data?.user.actions.includes(action) ?? false;
}
