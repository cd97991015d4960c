/**
 * The one query cache of the window. Data stays fresh through invalidation
 * (pushed events in api/live-invalidation.ts, and each mutation invalidating
 * what it changed), not through timers or refetch-on-focus: a workspace
 * changes only when something is done to it, and each such thing says what.
 * Invalidated data stays on screen while it is read again, so a table
 * refreshed in place neither blinks nor closes what is open.
 */
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // An API error is an answer (a code and a message), not a network blip: show it at once.
        retry: false,
      },
      mutations: { retry: false },
    },
  });
}
