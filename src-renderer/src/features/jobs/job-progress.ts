/**
 * Live job state for the Jobs table: the listed jobs with the latest pushed
 * progress laid over them. Pure, so it is tested without a browser.
 */
import type { JobProgressEvent, JobStatus, JobSummaryDto } from '../../../../src-main/contract/dto';

export const FINAL_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled', 'interrupted'];

/** A listed job with what it is doing now (null when it is not running, or nothing was pushed). */
export type LiveJob = JobSummaryDto & { phase: JobProgressEvent['phase'] };

/** What a running job is doing, in words for the progress column. */
export const PHASE_LABELS: Record<NonNullable<JobProgressEvent['phase']>, string> = {
  embedding: 'reading records',
  scoring: 'scoring',
  saving: 'saving candidates',
  backtest: 'checking the ranking',
};

export function phaseLabel(phase: JobProgressEvent['phase']): string | null {
  return phase ? PHASE_LABELS[phase] : null;
}

/**
 * The jobs with each one's latest event applied (an event for a job not listed yet is kept for when it is).
 * A job's candidates are saved (and it is completed) before its backtest runs: a completed job whose latest
 * event is the backtest stays completed and carries phase 'backtest' until the final event arrives.
 */
export function withLiveProgress(jobs: readonly JobSummaryDto[], live: ReadonlyMap<number, JobProgressEvent>): LiveJob[] {
  return jobs.map((job) => {
    const event = live.get(job.id);
    if (!event) return { ...job, phase: null };
    const backtest = event.phase === 'backtest' && event.status === 'running';
    // A listed job that already ended is the truth; a late progress event must not reopen it.
    if (FINAL_STATUSES.includes(job.status)) return { ...job, phase: job.status === 'completed' && backtest ? 'backtest' : null };
    return { ...job, status: event.status, phase: event.status === 'running' ? event.phase : null, progress: { processed: event.processed, total: event.total } };
  });
}

/** 0–100, or null when there is nothing to measure yet. */
export function progressPercent(progress: { processed: number; total: number }): number | null {
  if (progress.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((progress.processed / progress.total) * 100)));
}
