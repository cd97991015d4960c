/**
 * Live job state for the Jobs table: the listed jobs with the latest pushed
 * progress laid over them. Pure, so it is tested without a browser.
 */
import type { JobProgressEvent, JobStatus, JobSummaryDto } from '../../../../src-main/contract/dto';

export const FINAL_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled', 'interrupted'];

/** The jobs with each one's latest event applied (an event for a job not listed yet is kept for when it is). */
export function withLiveProgress(jobs: readonly JobSummaryDto[], live: ReadonlyMap<number, JobProgressEvent>): JobSummaryDto[] {
  return jobs.map((job) => {
    const event = live.get(job.id);
    // A listed job that already ended is the truth; a late progress event must not reopen it.
    if (!event || FINAL_STATUSES.includes(job.status)) return job;
    return { ...job, status: event.status, progress: { processed: event.processed, total: event.total } };
  });
}

/** 0–100, or null when there is nothing to measure yet. */
export function progressPercent(progress: { processed: number; total: number }): number | null {
  if (progress.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((progress.processed / progress.total) * 100)));
}
