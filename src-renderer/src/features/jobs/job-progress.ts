/**
 * Live job state for the Jobs table: the listed jobs with the latest pushed
 * progress laid over them. Pure, so it is tested without a browser.
 */
import type { JobProgressEvent, JobStatus, JobSummaryDto } from '../../../../src-main/contract/dto';

export const FINAL_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled', 'interrupted'];

/**
 * A listed job with what it is doing now (null when it is not running, or nothing was pushed): its broad
 * phase, its step in words, the time left in that step, and the whole job's percentage done.
 */
export type LiveJob = JobSummaryDto & {
  phase: JobProgressEvent['phase'];
  stepLabel: string | null;
  remainingMs: number | null;
  overallPercent: number | null;
};

const IDLE = { phase: null, stepLabel: null, remainingMs: null, overallPercent: null } as const;

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
    if (!event) return { ...job, ...IDLE };
    const checking = event.phase === 'backtest' && event.status === 'running';
    // A listed job that already ended is the truth; a late progress event must not reopen it.
    if (FINAL_STATUSES.includes(job.status)) {
      return job.status === 'completed' && checking ? { ...job, ...IDLE, phase: 'backtest', stepLabel: event.stepLabel ?? null } : { ...job, ...IDLE };
    }
    const running = event.status === 'running';
    return {
      ...job,
      status: event.status,
      phase: running ? event.phase : null,
      stepLabel: running ? (event.stepLabel ?? phaseLabel(event.phase)) : null,
      remainingMs: running ? (event.remainingMs ?? null) : null,
      overallPercent: running && event.overall !== undefined ? Math.max(0, Math.min(100, Math.floor(event.overall * 100))) : null,
      progress: { processed: event.processed, total: event.total },
    };
  });
}

/**
 * The live events with a new one applied. A job's overall fraction never goes down in the window either,
 * whatever order events arrive in: a lower one keeps the higher.
 */
export function applyProgressEvent(live: ReadonlyMap<number, JobProgressEvent>, event: JobProgressEvent): Map<number, JobProgressEvent> {
  const next = new Map(live);
  const previous = live.get(event.jobId);
  const kept =
    previous?.overall !== undefined && event.overall !== undefined && event.status === 'running' && previous.status === 'running'
      ? { ...event, overall: Math.max(previous.overall, event.overall) }
      : event;
  next.set(event.jobId, kept);
  return next;
}

/** The time left, roughly and in words ("about 40 s left", "about 3 min left"); null when unknown. */
export function formatTimeLeft(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return null;
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 5) return 'a few seconds left';
  if (seconds < 60) return `about ${Math.ceil(seconds / 5) * 5} s left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  return `about ${hours} h ${minutes % 60} min left`;
}

/** The job's bar: the overall percentage when main sent one (it never goes back), else the stored count's. */
export function jobPercent(job: Pick<LiveJob, 'overallPercent' | 'progress'>): number | null {
  return job.overallPercent ?? progressPercent(job.progress);
}

/** What a finished job's watcher is told: the tab title while it shows, and the notification's title. */
export function jobEndTitle(jobId: number, status: JobStatus): string | null {
  switch (status) {
    case 'completed':
      return `✓ Job ${jobId} done`;
    case 'failed':
    case 'interrupted':
      return `✗ Job ${jobId} failed`;
    case 'cancelled':
      return `Job ${jobId} cancelled`;
    default:
      return null;
  }
}

/** 0–100, or null when there is nothing to measure yet. */
export function progressPercent(progress: { processed: number; total: number }): number | null {
  if (progress.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((progress.processed / progress.total) * 100)));
}
