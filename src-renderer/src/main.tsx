/** Renderer entry: one API client, one query cache, an error boundary, the router (the app shell and its views). */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiProvider } from './api/api-context';
import { createDefaultApiClient } from './api/client';
import { createQueryClient } from './api/query-client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { createAppRouter } from './router';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

// The API client first: in a browser it takes the access token from the address before the router reads the hash.
const client = createDefaultApiClient();
const queryClient = createQueryClient();
const router = createAppRouter();

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <ApiProvider {...client}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiProvider>
    </ErrorBoundary>
  </StrictMode>,
);
