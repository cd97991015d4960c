/** Provides the one API client to the tree, so screens never pick a transport. */
import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../../src-main/contract/api';

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() used outside <ApiProvider>.');
  return api;
}
