/** Renderer entry: one API client, an error boundary, the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { createDefaultApiClient } from './api/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <ApiProvider {...createDefaultApiClient()}>
        <App />
      </ApiProvider>
    </ErrorBoundary>
  </StrictMode>,
);
