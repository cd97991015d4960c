/**
 * A running job's progress: one bar for the whole job (it never goes back),
 * the step it is in, in words, and the time left in that step when it can
 * be told. The Jobs table's Progress cell and a running job's results view
 * both draw it.
 */
import { formatTimeLeft, jobPercent, type LiveJob } from './job-progress';

export function JobProgress({ job, wide = false }: { job: LiveJob; wide?: boolean }) {
  const percent = jobPercent(job);
  const left = formatTimeLeft(job.remainingMs);
  const step = job.stepLabel;
  const words = [step, left].filter(Boolean).join(' · ');
  return (
    <span className={wide ? 'job-progress job-progress--wide' : 'job-progress'} data-testid={`job-progress-${job.id}`}>
      <span className="bar-cell">
        {percent === null ? (
          <progress aria-label={`Job ${job.id} progress${step ? `: ${step}` : ''}`} />
        ) : (
          <progress max={100} value={percent} aria-label={`Job ${job.id} progress${step ? `: ${step}` : ''}`} />
        )}
        {percent !== null && <span>{percent}%</span>}
      </span>
      {words && (
        <span className="job-progress__step" data-testid="job-step" title={words}>
          {words}
        </span>
      )}
    </span>
  );
}
