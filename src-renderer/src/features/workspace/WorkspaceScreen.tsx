/** The first screen: what is in the workspace, its lookalike jobs, lists and segments, and what each import did. */
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { ImportsSection } from '../imports/ImportsSection';
import { JobsSection } from '../jobs/JobsSection';
import { ListsSection } from '../lists/ListsSection';
import { SegmentsSection } from '../segments/SegmentsSection';
import { StatTiles } from './StatTiles';
import './workspace.css';

export function WorkspaceScreen() {
  const api = useApi();
  const [refreshKey, setRefreshKey] = useState(0);
  // Bumped when something on the screen changed the counts (a list filled from candidates).
  const [countsVersion, setCountsVersion] = useState(0);
  const info = useQuery(`workspace.info:${refreshKey}:${countsVersion}`, () => api['workspace.info']());
  const stats = info.data?.stats ?? null;

  return (
    <div className="page" data-testid="workspace-screen">
      <header className="page__header">
        <div className="page__heading">
          <h1 className="page__title">Workspace</h1>
          <p className="page__subtitle" data-testid="workspace-path" title={info.data?.path}>
            {info.data ? info.data.path : '\u00a0'}
          </p>
        </div>
        <button type="button" className="button" onClick={() => setRefreshKey((k) => k + 1)}>
          Refresh
        </button>
      </header>

      {info.status === 'error' ? (
        <ErrorNotice title="Could not read the workspace" error={info.error} onRetry={info.reload} />
      ) : (
        <section aria-label="Counts">
          <StatTiles stats={stats} />
          {stats && stats.rejectedRows > 0 && (
            <p className="page__note" data-testid="rejected-note">
              {formatCount(stats.rejectedRows)} rejected {stats.rejectedRows === 1 ? 'row' : 'rows'} across{' '}
              {formatCount(stats.importBatches)} {stats.importBatches === 1 ? 'import' : 'imports'}.
            </p>
          )}
        </section>
      )}

      <JobsSection workspacePath={info.data?.path ?? null} refreshKey={refreshKey} onCountsChanged={() => setCountsVersion((v) => v + 1)} />
      <ListsSection
        workspacePath={info.data?.path ?? null}
        refreshKey={refreshKey}
        listsVersion={countsVersion}
        onListsChanged={() => setCountsVersion((v) => v + 1)}
      />
      <SegmentsSection
        workspacePath={info.data?.path ?? null}
        refreshKey={refreshKey}
        dataVersion={countsVersion}
        onSegmentsChanged={() => setCountsVersion((v) => v + 1)}
      />
      <ImportsSection workspacePath={info.data?.path ?? null} refreshKey={refreshKey} onCountsChanged={() => setCountsVersion((v) => v + 1)} />
    </div>
  );
}
