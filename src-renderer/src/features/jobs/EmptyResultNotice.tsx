/**
 * What a finished job that kept no candidate says in place of its table: the
 * best score any ranked record reached against the job's minimum, a button
 * that runs the same job again with a minimum that best reaches (jobs.rerun,
 * only the minimum changed), and, when the check of the examples suspects a
 * field records the outcome itself (it holds every other score down), that
 * suspicion with the offer to run again without it. Wording and rounding are
 * contract/score-advice.ts, shared with `job show`.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import type { JobDetailDto, JobSummaryDto } from '../../../../src-main/contract/dto';
import { emptyResultAdvice } from '../../../../src-main/contract/score-advice';
import { paths } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useRerunJob } from './mutations';

type RerunState = { kind: 'busy' } | { kind: 'done'; jobId: number } | { kind: 'error'; error: unknown } | null;

/** The job's own minimum (its stored parameters), or null when they do not say. */
function jobMinScore(detail: JobDetailDto | null): number | null {
  const params = detail?.params;
  const min = params && typeof params === 'object' ? (params as { minScore?: unknown }).minScore : undefined;
  return typeof min === 'number' ? min : null;
}

export function EmptyResultNotice({ job, detail }: { job: JobSummaryDto; detail: JobDetailDto | null }) {
  const rerunJob = useRerunJob();
  const [state, setState] = useState<RerunState>(null);
  const minScore = jobMinScore(detail);
  if (minScore === null) return <p className="page__note">No candidate reached the minimum score. Run the job again with a lower one.</p>;

  const advice = emptyResultAdvice(minScore, detail?.scoreSpread ?? null, job.entity === 'leads' ? 'leads' : 'companies');
  const leaks = detail?.diagnostics?.leaks ?? [];
  const removable = leaks.filter((l) => l.removable).map((l) => l.key);
  const rerun = async (change: { minScore: number } | { ignoreFields: string[] }) => {
    setState({ kind: 'busy' });
    try {
      const started = await rerunJob.mutateAsync({ jobId: job.id, ...change });
      setState({ kind: 'done', jobId: started.jobId });
    } catch (e) {
      setState({ kind: 'error', error: e });
    }
  };
  const waiting = state?.kind === 'busy' || state?.kind === 'done';
  const quoted = (keys: readonly string[]) => keys.map((k) => `“${k}”`).join(', ');

  return (
    <div className="job-notice coverage-notice" role="note" aria-labelledby={`empty-result-${job.id}`} data-testid="empty-result-notice">
      <p id={`empty-result-${job.id}`} className="coverage-notice__title">
        {advice.text}
      </p>
      {leaks.length > 0 && (
        <p data-testid="empty-result-leaks">
          The check of the examples suspects {quoted(leaks.map((l) => l.label))} {leaks.length === 1 ? 'records' : 'record'} the outcome itself: the
          examples stand apart by {leaks.length === 1 ? 'it' : 'them'}, which holds every other record&rsquo;s score down.
        </p>
      )}
      {(advice.suggestedMinScore !== null || removable.length > 0) && (
        <p className="coverage-notice__actions">
          {advice.suggestedMinScore !== null && (
            <button type="button" className="button button--primary" disabled={waiting} onClick={() => void rerun({ minScore: advice.suggestedMinScore! })}>
              Run again with minimum {advice.suggestedMinScore}
            </button>
          )}
          {removable.length > 0 && (
            <button type="button" className="button" disabled={waiting} onClick={() => void rerun({ ignoreFields: removable })}>
              Run again without {removable.length === 1 ? quoted(removable) : `the ${removable.length} suspected fields`}
            </button>
          )}
          {state?.kind === 'done' && (
            <span role="status">
              Started <Link to={paths.job(state.jobId)}>job #{state.jobId}</Link>; it appears in the jobs table.
            </span>
          )}
          {state?.kind === 'error' && <ErrorNotice inline error={state.error} />}
        </p>
      )}
    </div>
  );
}
