import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api.ts';

export const ME_KEY = ['me'] as const;

/**
 * A session that ends (401) sets the signed-in user to null, so the session guard sends the person to
 * the sign-in page; 403 PASSWORD_CHANGE_REQUIRED reloads the user, whose flag sends them to change it.
 */
function onGlobalError(error: unknown): void {
  if (!isApiError(error)) return;
  if (error.code === 'UNAUTHENTICATED') {
    queryClient.setQueryData(ME_KEY, null);
  } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onGlobalError }),
  mutationCache: new MutationCache({ onError: onGlobalError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => {
        if (isApiError(error) && error.status > 0 && error.status < 500) return false;
        return failureCount < 2;
      },
    },
    mutations: { retry: false },
  },
});
