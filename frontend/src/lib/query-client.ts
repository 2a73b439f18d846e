import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/problem';

/** The first element of every audit trail query key (features/history's historyKeys). */
export const AUDIT_QUERY_ROOT = 'audit';

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // Every successful write adds to the audit trail: a History section shown next (or still on
    // screen) must not show the trail from before it, whatever the other queries' staleTime.
    mutationCache: new MutationCache({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: [AUDIT_QUERY_ROOT] });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not get better by asking again; network and 5xx failures might.
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
