/** `#/jobs` and `#/jobs/:jobId`: the lookalike jobs, and the results of the one in the address. */
import { useNavigate, useParams } from 'react-router';
import { idParam, paths } from '../../app/paths';
import { useViewTitle } from '../../app/view-title';
import { JobsSection } from './JobsSection';

export function JobsView() {
  const jobId = idParam(useParams().jobId);
  const navigate = useNavigate();
  useViewTitle(jobId === null ? 'Jobs' : `Job #${jobId}`);
  return (
    <div className="page" data-testid="jobs-view">
      <JobsSection selectedId={jobId} onSelect={(id) => navigate(id === null ? paths.jobs() : paths.job(id))} />
    </div>
  );
}
