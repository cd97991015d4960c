/**
 * The one event stream of a lookalike job. The pipeline (pipeline.ts) emits
 * every event; the runner fans them out to the window's `jobs.progress`
 * (progress-event.ts), the command line's progress lines and the benchmarks.
 *
 * Every job the pipeline starts ends with exactly one of `job-finished`,
 * `job-failed` or `job-cancelled`; the runner sends `job-cancelled` itself
 * for a job cancelled before it started.
 */
import type { JobStatus, JobStep } from '../contract/dto';
import type { AppErrorCode } from '../contract/errors';

/** The phases of a job (job-phases.ts lists them in order); the window's `jobs.progress` names them as its `step`. */
export type JobPhaseName = JobStep;

/** What a completed job reports. `timings` holds each phase's lap (`embeddingsMs`, …) and its counters. */
export interface JobOutcome {
  jobId: number;
  status: 'completed';
  positives: number;
  candidates: number;
  timings: Record<string, number>;
}

export type JobEvent =
  | { type: 'phase-started'; jobId: number; phase: JobPhaseName }
  | { type: 'phase-progress'; jobId: number; phase: JobPhaseName; processed: number; total: number }
  | { type: 'phase-finished'; jobId: number; phase: JobPhaseName; elapsedMs: number }
  /** The phase waits for another writer to let go of the workspace (`holder`: "import of a.csv running"); its next progress ends the wait. */
  | { type: 'phase-waiting'; jobId: number; phase: JobPhaseName; holder: string }
  | JobEnd;

/**
 * How a job ended. `status` is what its row says afterwards: a job whose
 * candidates were saved stays `completed` when only the checks after them
 * (diagnostics, backtest) failed or were stopped.
 */
export type JobEnd =
  | { type: 'job-finished'; jobId: number; outcome: JobOutcome }
  | { type: 'job-failed'; jobId: number; status: JobStatus; code: AppErrorCode; message: string }
  | { type: 'job-cancelled'; jobId: number; status: JobStatus; message: string };

export type JobEventListener = (event: JobEvent) => void;

export function isJobEnd(event: JobEvent): event is JobEnd {
  return event.type === 'job-finished' || event.type === 'job-failed' || event.type === 'job-cancelled';
}
