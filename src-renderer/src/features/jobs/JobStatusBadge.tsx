import type { JobStatus } from '../../../../src-main/contract/dto';

const LABELS: Record<JobStatus, string> = {
  pending: 'Queued',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

/** Reuses the import badges' colours: running, completed, failed; the rest look like a pause. */
const TONES: Record<JobStatus, string> = {
  pending: 'paused',
  running: 'running',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'paused',
  interrupted: 'failed',
};

export function JobStatusBadge({ status, title }: { status: JobStatus; title?: string }) {
  return (
    <span className={`status-badge status-badge--${TONES[status]}`} title={title} data-status={status}>
      {LABELS[status]}
    </span>
  );
}
