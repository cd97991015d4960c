/** Provides the one API client (calls and pushed events) to the tree, so screens never pick a transport. */
import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../../src-main/contract/api';
import type { ApiEventsClient } from './events';

const ApiContext = createContext<Api | null>(null);
const EventsContext = createContext<ApiEventsClient | null>(null);

export function ApiProvider({ api, events, children }: { api: Api; events: ApiEventsClient; children: ReactNode }) {
  return (
    <ApiContext value={api}>
      <EventsContext value={events}>{children}</EventsContext>
    </ApiContext>
  );
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() used outside <ApiProvider>.');
  return api;
}

/** The pushed events (job progress), to subscribe to in an effect. */
export function useApiEvents(): ApiEventsClient {
  const events = useContext(EventsContext);
  if (!events) throw new Error('useApiEvents() used outside <ApiProvider>.');
  return events;
}
