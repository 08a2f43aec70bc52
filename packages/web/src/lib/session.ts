import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '@xaso/domain/contracts/auth';
import type { Action } from '@xaso/domain/roles';
import { api, isApiError, setCsrfToken } from './api-client.ts';

export const sessionQueryKey = ['session'] as const;

/** The signed-in user, or null when nobody is signed in. */
export async function getSession(): Promise<SessionResponse | null> {
  try {
    const body = await api<unknown>('/api/auth/session');
    // The contract (and zod) is not part of the first page's code, and the login page does without it: it
    // loads only for a signed-in user, whose pages need it anyway.
    const { sessionResponseSchema } = await import('@xaso/domain/contracts/auth');
    const session = sessionResponseSchema.parse(body);
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

const sessionQuery = { queryKey: sessionQueryKey, queryFn: getSession, staleTime: 5 * 60_000 };

export function useSession() {
  return useQuery(sessionQuery);
}

/** Asks for the session before the first render (main.tsx), so it is not one more round trip after the code. */
export function prefetchSession(client: QueryClient): void {
  void client.prefetchQuery(sessionQuery);
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
