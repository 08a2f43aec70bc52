import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, setCsrfToken } from './api-client.ts';
import { sessionQueryKey } from './session.ts';

/** When any call says the session is gone, forget the user: the router then shows the login page. */
function onError(error: unknown): void {
  if (isApiError(error, 'UNAUTHENTICATED')) {
    setCsrfToken(null);
    queryClient.setQueryData(sessionQueryKey, null);
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => !isApiError(error) && failureCount < 2,
    },
  },
});
