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
import { setImmediate as nextTurn } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import type { ComputePool } from '../compute/pool';
import { AppError } from '../contract/errors';
import { retryWhileBusy, withoutBusyWait, writeIfFree } from '../db/busy-retry';
import { finishJob, getJob, markJobRunning, updateJobProgress } from '../db/queries/jobs';
import { writeHolderOf, writeLocked } from '../db/workspace-writers';
import { DEFAULT_JOB_PARAMS, type JobParams } from '../engine/job-params';
import { forgetMatrices } from '../engine/matrix-cache';
import { forgetTrainings } from '../engine/training-cache';
import type { JobEvent, JobEventListener, JobOutcome, JobPhaseName } from './job-events';
import type { JobPhase, PhaseStep } from './job-phase';
import { JOB_PHASES } from './job-phases';
import { JobState } from './job-state';

/** A few progress reports a second are enough for a progress bar. */
const PROGRESS_INTERVAL_MS = 200;

/**
 * How long a job waits for another writer (an import in another process)
 * before giving up on a write, as long as the command line waits by default:
 * a large import holds the workspace for minutes.
 */
export const JOB_WRITE_WAIT_MS = 10 * 60_000;

export interface RunJobOptions {
  /** Cancels the job: between phases at once, inside one at its next pool task or chunk. */
  signal?: AbortSignal;
  /** Receives every event of the job, in order. It must not throw. */
  onEvent?: JobEventListener;
  /** How long a write of the job waits for another writer (default JOB_WRITE_WAIT_MS). */
  writeWaitMs?: number;
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
  const writeWaitMs = options.writeWaitMs ?? JOB_WRITE_WAIT_MS;

  /**
   * The one way the job writes on the main connection while others may write
   * too (another process's import): never asleep in SQLite's busy handler,
   * which would freeze the window and the web host and then fail the job.
   */
  const whenFree = <T>(phase: JobPhaseName, write: () => T | Promise<T>, gaveUp: string) =>
    retryWhileBusy(write, {
      timeoutMs: writeWaitMs,
      signal: state.signal,
      holder: () => writeHolderOf(db),
      free: () => !writeLocked(db),
      onWaiting: (holder) => emit({ type: 'phase-waiting', jobId, phase, holder }),
      gaveUp,
    });

  let lastProgress = 0;
  const stepOf = (phase: JobPhase): PhaseStep => ({
    progress(processed, total) {
      const now = performance.now();
      const edge = processed === 0 || processed >= total;
      if (!edge && now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      // The row's count is for other processes' eyes only: skipped while another writer holds the workspace.
      if (!state.candidatesSaved) writeIfFree(db, () => updateJobProgress(db, jobId, processed, total));
      emit({ type: 'phase-progress', jobId, phase: phase.name, processed, total });
    },
    run: runPhase,
    whenFree: (write, gaveUp) => whenFree(phase.name, write, gaveUp),
  });
  async function runPhase(phase: JobPhase): Promise<void> {
    // A turn of the event loop first: phases awaiting promises already settled would run on one after
    // another without one, their synchronous parts (100–150 ms each at 300k leads) adding up to a wait of
    // the window's IPC and the web host.
    await nextTurn();
    if (state.signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
    // A phase may write on this connection (the embedding cache, the profile): it starts once no other
    // writer holds the workspace, rather than meeting one in SQLite's busy handler half-way through.
    await whenFree(phase.name, () => undefined, 'the job stopped before it could go on');
    emit({ type: 'phase-started', jobId, phase: phase.name });
    const started = performance.now();
    await phase.run(state, stepOf(phase));
    const elapsedMs = Math.round(performance.now() - started);
    if (phase.lap) state.timings[phase.lap] = elapsedMs;
    emit({ type: 'phase-finished', jobId, phase: phase.name, elapsedMs });
  }

  try {
    const first = phases[0]?.name ?? 'source';
    await whenFree(first, () => withoutBusyWait(db, () => markJobRunning(db, jobId, 0)), 'the job could not start');
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
    throw await endInError(state, e, emit, writeWaitMs);
  } finally {
    state.reader?.close();
  }
}

/** Records why the job stopped (unless its candidates were saved), says so on the stream, and gives the error to throw. */
async function endInError(state: JobState, e: unknown, emit: (event: JobEvent) => void, writeWaitMs: number): Promise<AppError> {
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
      // Waits for another writer as the job's writes do (not stopped by the job's cancellation: it records it).
      await retryWhileBusy(() => withoutBusyWait(db, () => finishJob(db, jobId, cancelled ? 'cancelled' : 'failed', { error: message, timings: state.timings })), {
        timeoutMs: writeWaitMs,
        holder: () => writeHolderOf(db),
        free: () => !writeLocked(db),
      });
      status = cancelled ? 'cancelled' : 'failed';
    } catch {
      // The workspace cannot take the write either (busy past the job's wait, disk gone): report the job's
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
