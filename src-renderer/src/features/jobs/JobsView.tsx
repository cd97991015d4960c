/** `#/jobs` and `#/jobs/:jobId`: the lookalike jobs, and the results of the one in the address. */
import { useParams } from 'react-router';
import { TABLE_SORT_PARAMS, useNavigateKeeping } from '../../components/use-grid-address';
import { idParam, paths } from '../../app/paths';
import { useViewTitle } from '../../app/view-title';
import { JobsSection } from './JobsSection';

export function JobsView() {
  const jobId = idParam(useParams().jobId);
  // The table's own order stays in the address when a row opens (components/use-grid-address.ts).
  const open = useNavigateKeeping([TABLE_SORT_PARAMS.jobs]);
  useViewTitle(jobId === null ? 'Jobs' : `Job #${jobId}`);
  return (
    <div className="page" data-testid="jobs-view">
      <JobsSection selectedId={jobId} onSelect={(id) => open(id === null ? paths.jobs() : paths.job(id))} />
    </div>
  );
}
