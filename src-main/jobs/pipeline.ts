/**
 * Runs one lookalike job through its phases (job-phases.ts): source →
 * vocabulary → embed → training set → coverage → profile → exclusions →
 * score → reasons → save, then the checks that must not hold the candidates
 * up (diagnostics, backtest) and their save. The one place where a job's
 * phases are timed, its progress reported and stored, and its cancellation
 * and failure recorded: the app's runner, the command line, the benchmarks
 * and the tests all run jobs here.
 *
 * The main thread only reads pages and file rows, merges results and writes
 * rows; every loop over the matrix runs in a worker.
 *
 * Hazard: a job whose candidates were saved stays completed when only the
 * checks after them fail or are stopped; the caller still gets the error.
 */
import type Database from 'better-sqlite3';
import type { ComputePool } from '../compute/pool';
import { AppError } from '../contract/errors';
import { finishJob, getJob, markJobRunning, updateJobProgress } from '../db/queries/jobs';
import { DEFAULT_JOB_PARAMS, type JobParams } from '../engine/job-params';
import { forgetMatrices } from '../engine/matrix-cache';
import { forgetTrainings } from '../engine/training-cache';
import type { JobEvent, JobEventListener, JobOutcome } from './job-events';
import type { JobPhase, PhaseStep } from './job-phase';
import { JOB_PHASES } from './job-phases';
import { JobState } from './job-state';

/** A few progress reports a second are enough for a progress bar. */
const PROGRESS_INTERVAL_MS = 200;

export interface RunJobOptions {
  /** Cancels the job: between phases at once, inside one at its next pool task or chunk. */
  signal?: AbortSignal;
  /** Receives every event of the job, in order. It must not throw. */
  onEvent?: JobEventListener;
}

/** Runs the stored job `jobId` to its end; resolves with its outcome, or rejects with an AppError once its row says why. */
export function runJob(db: Database.Database, pool: ComputePool, jobId: number, options: RunJobOptions = {}): Promise<JobOutcome> {
  return runPhases(db, pool, jobId, JOB_PHASES, options);
}

/** `runJob` through the given phases (tests run stand-ins through the same timing, events and failure handling). */
export async function runPhases(
  db: Database.Database,
  pool: ComputePool,
  jobId: number,
  phases: readonly JobPhase[],
  options: RunJobOptions = {},
): Promise<JobOutcome> {
  const job = getJob(db, jobId);
  if (!job) throw new AppError('not_found', `No job ${jobId}.`);
  const params = { ...DEFAULT_JOB_PARAMS, ...(JSON.parse(job.params) as Partial<JobParams>) } as JobParams;
  const state = new JobState(db, pool, jobId, params, options.signal);
  const emit = (event: JobEvent) => options.onEvent?.(event);

  let lastProgress = 0;
  const stepOf = (phase: JobPhase): PhaseStep => ({
    progress(processed, total) {
      const now = performance.now();
      const edge = processed === 0 || processed >= total;
      if (!edge && now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      if (!state.candidatesSaved) updateJobProgress(db, jobId, processed, total);
      emit({ type: 'phase-progress', jobId, phase: phase.name, processed, total });
    },
    run: runPhase,
  });
  async function runPhase(phase: JobPhase): Promise<void> {
    if (state.signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
    emit({ type: 'phase-started', jobId, phase: phase.name });
    const started = performance.now();
    await phase.run(state, stepOf(phase));
    const elapsedMs = Math.round(performance.now() - started);
    if (phase.lap) state.timings[phase.lap] = elapsedMs;
    emit({ type: 'phase-finished', jobId, phase: phase.name, elapsedMs });
  }

  try {
    markJobRunning(db, jobId, 0);
    for (const phase of phases) await runPhase(phase);
    const outcome: JobOutcome = {
      jobId,
      status: 'completed',
      positives: state.positives?.ids.length ?? 0,
      candidates: state.candidates?.length ?? 0,
      timings: state.timings,
    };
    emit({ type: 'job-finished', jobId, outcome });
    return outcome;
  } catch (e) {
    throw endInError(state, e, emit);
  } finally {
    state.reader?.close();
  }
}

/** Records why the job stopped (unless its candidates were saved), says so on the stream, and gives the error to throw. */
function endInError(state: JobState, e: unknown, emit: (event: JobEvent) => void): AppError {
  const { db, jobId } = state;
  const cancelled = state.signal?.aborted || (e as Error)?.name === 'AbortError' || (e as AppError)?.code === 'cancelled';
  // A cache file lost under a matrix kept in memory, say: the next run must rebuild, not reuse it.
  if (state.reader !== null && !cancelled) {
    forgetMatrices();
    forgetTrainings();
  }
  const message = cancelled ? 'The job was cancelled.' : e instanceof AppError ? e.message : `The job failed: ${(e as Error)?.message ?? String(e)}`;
  let status = getJob(db, jobId)?.status ?? 'running';
  if (status !== 'completed') {
    try {
      finishJob(db, jobId, cancelled ? 'cancelled' : 'failed', { error: message, timings: state.timings });
      status = cancelled ? 'cancelled' : 'failed';
    } catch {
      // The workspace cannot take the write either (locked past the busy timeout, disk gone): report the job's
      // own error; the row shows interrupted once this process has ended (markInterruptedJobs).
    }
  }
  const error = cancelled
    ? new AppError('cancelled', message, { jobId })
    : e instanceof AppError
      ? e
      : new AppError('internal', message, { jobId });
  emit(cancelled ? { type: 'job-cancelled', jobId, status, message } : { type: 'job-failed', jobId, status, code: error.code, message });
  return error;
}
