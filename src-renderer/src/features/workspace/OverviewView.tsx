/**
 * `#/`: where the window opens. On an empty workspace, the first-run screen
 * whose one action is importing a file; otherwise where each task lives,
 * with the latest job's results one click away.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { JobSummaryDto, WorkspaceStats } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { paths } from '../../app/paths';
import { useViewTitle } from '../../app/view-title';
import { formatCount } from '../../lib/format';
import type { ImportViewState } from '../imports/ImportView';
import { jobsListQuery } from '../jobs/queries';
import { DuplicatesNotice } from './DuplicatesNotice';
import { workspaceInfoQuery } from './queries';
import './overview.css';

/** Nothing imported yet: no records and no import tried. */
export const isEmptyWorkspace = (stats: WorkspaceStats) => stats.leads + stats.companies === 0 && stats.importBatches === 0;

export function OverviewView() {
  const api = useApi();
  const info = useQuery(workspaceInfoQuery(api));
  const stats = info.data?.stats;
  useViewTitle(stats && isEmptyWorkspace(stats) ? 'Welcome' : 'Overview');
  if (!stats) return <div className="skeleton skeleton--table" aria-busy="true" aria-label="Loading the workspace" />;
  return isEmptyWorkspace(stats) ? <FirstRun /> : <Overview stats={stats} />;
}

function FirstRun() {
  const navigate = useNavigate();
  const startImport: ImportViewState = { startImport: true };
  return (
    <section className="first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h1 id="first-run-title" className="first-run__title">
        Find more of the leads that already work
      </h1>
      <p className="first-run__lead">
        Lookalike Studio ranks the people and companies in your CRM exports by how much they look like the ones that replied, converted or won. Everything
        stays on this computer.
      </p>
      <ol className="first-run__steps">
        <li>
          <strong>Import a CRM export</strong> — HubSpot, Salesforce, Pipedrive, Apollo or any CSV.
        </li>
        <li>
          <strong>Find lookalikes</strong> of a campaign’s winners, a list or a segment.
        </li>
        <li>
          <strong>Keep the best</strong> in a list and export it back to your CRM.
        </li>
      </ol>
      <button type="button" className="button button--primary button--large" onClick={() => navigate(paths.import(), { state: startImport })}>
        Import a CSV file
      </button>
    </section>
  );
}

function Overview({ stats }: { stats: WorkspaceStats }) {
  const api = useApi();
  const jobs = useQuery(jobsListQuery(api));
  const latest: JobSummaryDto | undefined = jobs.data?.find((j) => j.status === 'completed');
  const cards: ReadonlyArray<{ to: string; title: string; text: string }> = [
    { to: paths.import(), title: 'Import', text: `${formatCount(stats.importBatches)} ${stats.importBatches === 1 ? 'import' : 'imports'} so far. Add another CRM export.` },
    {
      to: paths.jobs(),
      title: 'Jobs',
      text: jobs.data ? `${formatCount(jobs.data.length)} lookalike ${jobs.data.length === 1 ? 'job' : 'jobs'}. Find lookalikes of what works.` : 'Find lookalikes of what works.',
    },
    { to: paths.lists(), title: 'Lists', text: `${formatCount(stats.lists)} ${stats.lists === 1 ? 'list' : 'lists'} of hand-picked records, ready to export.` },
    { to: paths.segments(), title: 'Segments', text: `${formatCount(stats.segments)} saved ${stats.segments === 1 ? 'filter' : 'filters'} over leads or companies.` },
    { to: paths.campaigns(), title: 'Campaigns', text: `${formatCount(stats.campaigns)} ${stats.campaigns === 1 ? 'campaign' : 'campaigns'} with recorded outcomes.` },
  ];
  return (
    <div className="page" data-testid="overview">
      <header className="page__header">
        <div className="page__heading">
          <h1 className="page__title">Overview</h1>
        </div>
        {latest && (
          <Link className="button button--primary" to={paths.job(latest.id)}>
            Open the latest results (job #{latest.id})
          </Link>
        )}
      </header>
      <DuplicatesNotice />
      <ul className="overview-cards">
        {cards.map((card) => (
          <li key={card.to}>
            <Link className="overview-card" to={card.to}>
              <span className="overview-card__title">{card.title}</span>
              <span className="overview-card__text">{card.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
