/** Provides the one API client (calls, pushed events, uploads) to the tree, so screens never pick a transport. */
import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../../src-main/contract/api';
import type { ApiEventsClient } from './events';
import type { UploadsClient } from './uploads';

const ApiContext = createContext<Api | null>(null);
const EventsContext = createContext<ApiEventsClient | null>(null);
const UploadsContext = createContext<UploadsClient | null>(null);

export function ApiProvider({
  api,
  events,
  uploads = null,
  children,
}: {
  api: Api;
  events: ApiEventsClient;
  uploads?: UploadsClient | null;
  children: ReactNode;
}) {
  return (
    <ApiContext value={api}>
      <EventsContext value={events}>
        <UploadsContext value={uploads}>{children}</UploadsContext>
      </EventsContext>
    </ApiContext>
  );
}

/** File uploads to the web host (a browser); null inside Electron, where the Open dialog grants a path. */
export function useUploads(): UploadsClient | null {
  return useContext(UploadsContext);
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
