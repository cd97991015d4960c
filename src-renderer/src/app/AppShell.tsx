/**
 * The window frame: the app bar with the navigation, the workspace strip
 * (its path and counts, on every view), and the current view. Mounts the one
 * subscription that keeps the query cache fresh from pushed events, and the
 * one that tells when a watched job ends (tab title, notification).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useRouteError } from 'react-router';
import { useApi } from '../api/api-context';
import { useLiveInvalidation } from '../api/live-invalidation';
import { ErrorNotice } from '../components/ErrorNotice';
import { useJobEndNotice } from '../features/jobs/job-end-notice';
import { StatTiles } from '../features/workspace/StatTiles';
import { workspaceInfoQuery } from '../features/workspace/queries';
import { formatCount } from '../lib/format';
import { paths } from './paths';
import { useShortcuts } from './shortcuts';
import { ShortcutsHelp } from './ShortcutsHelp';
import './shell.css';

const NAV: ReadonlyArray<{ to: string; label: string }> = [
  { to: paths.import(), label: 'Import' },
  { to: paths.jobs(), label: 'Jobs' },
  { to: paths.lists(), label: 'Lists' },
  { to: paths.segments(), label: 'Segments' },
  { to: paths.campaigns(), label: 'Campaigns' },
];

export function AppShell() {
  useLiveInvalidation();
  useJobEndNotice();
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcuts(() => setHelpOpen(true));
  const location = useLocation();
  // A new view starts at its top (Back/Forward included), as a new page would.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);
  return (
    <div className="app" data-testid="app-shell">
      <header className="app-bar">
        <Link className="app-bar__brand" to={paths.overview()} aria-label="Lookalike Studio, overview">
          <span className="app-bar__mark" aria-hidden="true" />
          Lookalike Studio
        </Link>
        <nav aria-label="Main" className="app-bar__nav">
          {NAV.map(({ to, label }) => (
            <NavLink key={to} className="app-bar__link" to={to}>
              {label}
            </NavLink>
          ))}
        </nav>
      </header>
      <WorkspaceStrip />
      <main className="app__main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

/** What is in the workspace, on every view: its path and the counts. */
function WorkspaceStrip() {
  const api = useApi();
  const info = useQuery(workspaceInfoQuery(api));
  const stats = info.data?.stats ?? null;
  return (
    <section className="workspace-strip" aria-label="Workspace">
      <div className="workspace-strip__inner">
        {info.isError ? (
          <ErrorNotice title="Could not read the workspace" error={info.error} onRetry={() => void info.refetch()} />
        ) : (
          <>
            <div className="workspace-strip__where">
              <span className="workspace-strip__label">Workspace</span>
              <span className="workspace-strip__path" data-testid="workspace-path" title={info.data?.path}>
                {info.data ? info.data.path : '\u00a0'}
              </span>
              {stats && stats.rejectedRows > 0 && (
                <span className="workspace-strip__note" data-testid="rejected-note">
                  {formatCount(stats.rejectedRows)} rejected {stats.rejectedRows === 1 ? 'row' : 'rows'} across {formatCount(stats.importBatches)}{' '}
                  {stats.importBatches === 1 ? 'import' : 'imports'}
                </span>
              )}
            </div>
            <StatTiles stats={stats} />
          </>
        )}
      </div>
    </section>
  );
}

/** What the router shows when a view throws while rendering. */
export function RouteError() {
  const error = useRouteError();
  return (
    <div className="app__main">
      <ErrorNotice title="This view could not be shown" error={error} onRetry={() => window.location.reload()} />
      <p className="page__note">
        <a href="#/">Back to the overview</a>
      </p>
    </div>
  );
}
