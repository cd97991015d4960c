/**
 * Runs a workspace's jobs one at a time on the compute pool, in the
 * background, in the order they were queued: jobs on one workspace share
 * its embedding cache, and two cold builds at once would only compete for
 * the same cores and write the same shard files.
 *
 * Every job goes through the pipeline (pipeline.ts). Its events reach this
 * runner's listeners (the command line, the benchmarks) and, as
 * `jobs.progress`, the window; every change of a job's state is pushed too,
 * read back from its row, so the window's last event always says how the
 * job ended.
 */
import type { JobStatus, SeedDiagnosticsDto } from '../contract/dto';
import { AppError, isAppError } from '../contract/errors';
import type { ComputePool } from '../compute/pool';
import { deleteJob, finishJob, getJob, markInterruptedJobs } from '../db/queries/jobs';
import type { Workspace } from '../db/workspace';
import { evaluateSource, type EvaluateReport, type EvaluateRequest } from '../engine/evaluate';
import type { ReviewMarksUsed } from '../engine/sources';
import { diagnoseSource, type CheckRequest } from '../engine/seed-diagnostics';
import { createEventHub, type EventHub } from '../services/event-hub';
import { copyJob, createJob, type JobRequest } from './create-job';
import { isJobEnd, type JobEnd, type JobEvent, type JobEventListener } from './job-events';
import { runJob } from './pipeline';
import { createProgressMapper } from './progress-event';

/** Endings of finished jobs kept for `ended` (a caller asks just after starting one). */
const ENDINGS_KEPT = 100;

interface Ending {
  promise: Promise<JobEnd>;
  settle(end: JobEnd): void;
  settled: boolean;
}

/**
 * What the command line and the benchmarks use of the runner beside the
 * contract's `jobs.*` methods: the jobs' events, how a job ended, the
 * backtest of a source (`eval`), and marking jobs whose process died.
 */
export type JobsControl = Pick<JobRunner, 'onEvent' | 'ended' | 'evaluate' | 'markInterrupted'>;

export class JobRunner {
  private readonly queue: number[] = [];
  private current: { jobId: number; controller: AbortController; done: Promise<void> } | null = null;
  private closed = false;
  private readonly listeners = new Set<JobEventListener>();
  private readonly endings = new Map<number, Ending>();
  /** This runner's own: two workspaces in one process may both have a job 12. */
  private readonly toProgressEvent = createProgressMapper();
  /** Why a job cannot start now (an import is running), or null. */
  blockedBy: () => string | null = () => null;

  /** A job is queued or running. */
  get busy(): boolean {
    return this.current !== null || this.queue.length > 0;
  }

  constructor(
    private readonly ws: Workspace,
    /** The pool is made on the first job: a workspace that never runs one never starts worker threads. */
    private readonly pool: () => ComputePool,
    private readonly events: EventHub = createEventHub(),
    private readonly logError: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
  ) {}

  /** Listens to every event of the jobs this runner runs; returns the function that stops listening. */
  onEvent(listener: JobEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** How a job this runner queued ends (finished, failed or cancelled); it never rejects for the job's own failure. */
  ended(jobId: number): Promise<JobEnd> {
    const ending = this.endings.get(jobId);
    if (!ending) return Promise.reject(new AppError('not_found', `Job ${jobId} was not started in this session.`));
    return ending.promise;
  }

  /** Validates and queues a job (pending); it starts when the jobs before it are done. */
  start(request: JobRequest): { jobId: number } {
    this.refuseWhenClosed();
    return this.enqueue(() => createJob(this.ws.db, request));
  }

  /** Checks a source's examples before a job (cohesion, outliers, suspected leaks), on the runner's pool. */
  check(request: CheckRequest): Promise<SeedDiagnosticsDto> {
    this.refuseWhenClosed();
    return diagnoseSource(this.ws.db, this.pool(), request);
  }

  /** The K-fold backtest of a source's examples under a strategy (`eval`), on the runner's pool. */
  evaluate(request: EvaluateRequest): Promise<EvaluateReport> {
    this.refuseWhenClosed();
    return evaluateSource(this.ws.db, this.pool(), request);
  }

  /** Queues a new job like a finished one, leaving out more fields. */
  rerun(jobId: number, ignoreFields: readonly string[], minScore?: number): { jobId: number } {
    this.refuseWhenClosed();
    return this.enqueue(() => copyJob(this.ws.db, jobId, { ignoreFields, ...(minScore !== undefined ? { minScore } : {}) }));
  }

  /** Queues a new job like a finished one that learns from the analyst's marks too (services/review-service.ts). */
  rerank(jobId: number, review: ReviewMarksUsed): { jobId: number } {
    this.refuseWhenClosed();
    return this.enqueue(() => copyJob(this.ws.db, jobId, { review }));
  }

  /** Marks jobs whose process has died as interrupted (a write); how many. The app does it when it opens a workspace. */
  markInterrupted(): number {
    return markInterruptedJobs(this.ws.db);
  }

  /** Deletes a finished job, its candidates and the scores it wrote back; a queued or running one must be cancelled first. */
  delete(jobId: number): { deleted: boolean } {
    const job = getJob(this.ws.db, jobId);
    if (!job) throw new AppError('not_found', `No lookalike job ${jobId}.`);
    if (job.status === 'pending' || job.status === 'running' || this.queue.includes(jobId) || this.current?.jobId === jobId) {
      throw new AppError('conflict', `Job ${jobId} is ${job.status}; cancel it before deleting it.`);
    }
    return { deleted: deleteJob(this.ws.db, jobId) };
  }

  /** Cancels a queued or running job; false when it had already finished. */
  cancel(jobId: number): { cancelled: boolean } {
    const job = getJob(this.ws.db, jobId);
    if (!job) throw new AppError('not_found', `No lookalike job ${jobId}.`);
    const queued = this.queue.indexOf(jobId);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.cancelQueued(jobId, 'The job was cancelled before it started.');
      return { cancelled: true };
    }
    if (this.current?.jobId === jobId) {
      this.current.controller.abort();
      return { cancelled: true };
    }
    return { cancelled: false };
  }

  /** Resolves when no job is queued or running (tests, and closing a workspace). */
  async idle(): Promise<void> {
    while (this.current) await this.current.done;
  }

  /** Cancels what is queued and running, and waits for the running job to stop. */
  async close(): Promise<void> {
    this.closed = true;
    for (const jobId of this.queue.splice(0)) this.cancelQueued(jobId, 'The workspace was closed before the job started.');
    this.current?.controller.abort();
    await this.idle();
  }

  private refuseWhenClosed(): void {
    if (this.closed) throw new AppError('conflict', 'The workspace is closing.');
  }

  private enqueue(create: () => number): { jobId: number } {
    const blocked = this.blockedBy();
    if (blocked) throw new AppError('conflict', blocked);
    const jobId = create();
    this.expectEnding(jobId);
    this.queue.push(jobId);
    this.announce(jobId);
    this.next();
    return { jobId };
  }

  private cancelQueued(jobId: number, message: string): void {
    finishJob(this.ws.db, jobId, 'cancelled', { error: message });
    this.announce(jobId);
    this.publish({ type: 'job-cancelled', jobId, status: 'cancelled', message });
  }

  private next(): void {
    if (this.current || this.queue.length === 0) return;
    const jobId = this.queue.shift()!;
    const controller = new AbortController();
    const done = runJob(this.ws.db, this.pool(), jobId, { signal: controller.signal, onEvent: (event) => this.publish(event) })
      .then(() => undefined)
      .catch((error: unknown) => {
        // The job row already says why it failed or that it was cancelled; anything else is a bug worth a log line.
        if (!isAppError(error)) this.logError(`Lookalike job ${jobId} failed unexpectedly:`, error);
        // A job the pipeline could not even record the end of still ends, for whoever waits on it.
        if (!this.endings.get(jobId)?.settled) {
          const message = (error as Error)?.message ?? String(error);
          this.publish({ type: 'job-failed', jobId, status: this.statusOf(jobId), code: isAppError(error) ? error.code : 'internal', message });
        }
      })
      .finally(() => {
        this.current = null;
        this.announce(jobId); // its final state: completed, failed or cancelled
        if (!this.closed) this.next();
      });
    this.current = { jobId, controller, done };
  }

  /** Fans a job's event out: the window's progress, then this runner's listeners, then whoever waits for its end. */
  private publish(event: JobEvent): void {
    // What the window shows of a job never fails it (a fault in the progress mapping once failed every
    // job whose backtest re-ranked): the window misses one progress event, the job goes on.
    try {
      const progress = this.toProgressEvent(event);
      if (progress) this.events.emit('jobs.progress', progress);
    } catch (error) {
      this.logError(`The window's progress of job ${event.jobId} failed:`, error);
    }
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.logError(`A listener to job ${event.jobId}'s events failed:`, error);
      }
    }
    if (isJobEnd(event)) this.endings.get(event.jobId)?.settle(event);
  }

  /** Pushes a job's state as stored (no phase: queued, or ended). */
  private announce(jobId: number): void {
    const job = getJob(this.ws.db, jobId);
    if (job) this.events.emit('jobs.progress', { jobId, status: job.status, phase: null, processed: job.processed, total: job.total });
  }

  /** The job's status as stored, or `failed` when even that cannot be read. */
  private statusOf(jobId: number): JobStatus {
    try {
      return getJob(this.ws.db, jobId)?.status ?? 'failed';
    } catch {
      return 'failed';
    }
  }

  private expectEnding(jobId: number): void {
    let settle!: (end: JobEnd) => void;
    const ending: Ending = {
      promise: new Promise<JobEnd>((resolve) => (settle = resolve)),
      settle: (end) => {
        if (ending.settled) return;
        ending.settled = true;
        settle(end);
      },
      settled: false,
    };
    this.endings.set(jobId, ending);
    // Forget the oldest ended jobs; a queued or running one is always kept.
    for (const [id, e] of this.endings) {
      if (this.endings.size <= ENDINGS_KEPT) break;
      if (e.settled) this.endings.delete(id);
    }
  }
}
