/**
 * What a finished job that kept no candidate says in place of its table: the
 * best score any ranked record reached against the job's minimum, a button
 * that runs the same job again with a minimum that best reaches (jobs.rerun,
 * only the minimum changed), and, when the check of the examples suspects a
 * field records the outcome itself (it holds every other score down), that
 * suspicion, pointing to the check of the examples above, whose button runs
 * the job again without it (one such button on the page). Wording and rounding are
 * contract/score-advice.ts, shared with `job show`.
 */
import type { JobDetailDto, JobSummaryDto } from '../../../../src-main/contract/dto';
import { emptyResultAdvice } from '../../../../src-main/contract/score-advice';
import { RerunOutcome, useJobRerun } from './JobRerun';

/** The job's own minimum (its stored parameters), or null when they do not say. */
function jobMinScore(detail: JobDetailDto | null): number | null {
  const params = detail?.params;
  const min = params && typeof params === 'object' ? (params as { minScore?: unknown }).minScore : undefined;
  return typeof min === 'number' ? min : null;
}

export function EmptyResultNotice({ job, detail }: { job: JobSummaryDto; detail: JobDetailDto | null }) {
  const { state, rerun, started: waiting } = useJobRerun(job.id);
  const minScore = jobMinScore(detail);
  if (minScore === null) return <p className="page__note">No candidate reached the minimum score. Run the job again with a lower one.</p>;

  const advice = emptyResultAdvice(minScore, detail?.scoreSpread ?? null, job.entity === 'leads' ? 'leads' : 'companies');
  const leaks = detail?.diagnostics?.leaks ?? [];
  const quoted = (keys: readonly string[]) => keys.map((k) => `“${k}”`).join(', ');

  return (
    <div className="job-notice coverage-notice" role="note" aria-labelledby={`empty-result-${job.id}`} data-testid="empty-result-notice">
      <p id={`empty-result-${job.id}`} className="coverage-notice__title">
        {advice.text}
      </p>
      {leaks.length > 0 && (
        <p data-testid="empty-result-leaks">
          The check of the examples suspects {quoted(leaks.map((l) => l.label))} {leaks.length === 1 ? 'records' : 'record'} the outcome itself: the
          examples stand apart by {leaks.length === 1 ? 'it' : 'them'}, which holds every other record&rsquo;s score down. The check above runs
          the job again without {leaks.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      {advice.suggestedMinScore !== null && (
        <p className="coverage-notice__actions">
          <button type="button" className="button button--primary" disabled={waiting} onClick={() => void rerun({ minScore: advice.suggestedMinScore! })}>
            Run again with minimum {advice.suggestedMinScore}
          </button>
          <RerunOutcome state={state} />
        </p>
      )}
    </div>
  );
}
