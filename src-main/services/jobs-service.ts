/**
 * Lookalike jobs for the app: listing and reading them (the same shapes the
 * command line prints), and a runner that starts them in the background.
 *
 * The runner takes one job at a time, in the order they were started: jobs
 * on one workspace share its embedding cache, and two cold builds at once
 * would only compete for the same cores and write the same shard files.
 * `jobs.start` answers as soon as the job is queued. Every change of a job's
 * state is pushed as a `jobs.progress` event (a few a second at most while
 * it runs); the job row holds the same progress for `jobs.get`.
 */
import type { JobsApi } from '../contract/api';
import type { CandidatePage, JobBacktestDto, JobCandidateDto, JobDetailDto, JobProgressEvent, JobStartRequest, JobSummaryDto, ScoreHistogram, SeedDiagnosticsDto } from '../contract/dto';
import { AppError } from '../contract/errors';
import type { ComputePool } from '../compute/pool';
import { candidateScoreBins, countCandidatesAtLeast, deleteJob, finishJob, getJob, listJobs, type JobRow } from '../db/queries/jobs';
import { jobCandidateRecords } from '../db/queries/record-rows';
import type { Workspace } from '../db/workspace';
import { runJob, type JobProgress } from '../engine/run-job';
import { diagnoseSource, type CheckRequest } from '../engine/seed-diagnostics';
import { createEventHub, type EventHub } from './event-hub';
import { copyJob, createJob, type JobRequest } from '../jobs/job-service';
import { parseCondition } from '../segments/condition';
import { compareRecords } from './compare-service';
import { jobCoverageGaps } from './coverage-service';
import { storedReasons, topReasons } from './candidate-reasons';

export function toJobSummary(j: JobRow): JobSummaryDto {
  return {
    id: j.id,
    entity: j.entity,
    status: j.status,
    source: { kind: j.source_kind, id: j.source_id, name: j.source_name },
    positives: j.positives,
    candidates: j.candidates,
    progress: { processed: j.processed, total: j.total },
    error: j.error,
    createdAt: j.created_at,
    startedAt: j.started_at,
    finishedAt: j.finished_at,
  };
}

/** A job with its top `limit` candidates. */
export function jobDetail(ws: Workspace, jobId: number, limit: number): JobDetailDto {
  const job = requireJob(ws, jobId);
  const profile = job.profile_info === null ? null : parseObject(job.profile_info);
  return {
    ...toJobSummary(job),
    params: parseObject(job.params),
    profile,
    timings: job.timings === null ? null : parseObject(job.timings),
    coverageGaps: jobCoverageGaps(ws, job, profile),
    ...jobStrategy(profile),
    top: candidates(ws, job, 0, limit),
  };
}

/**
 * A page of a job's candidates, best first; with `minScore`, only those
 * scoring at least that (ranks follow scores, so they are ranks 1…total).
 */
export function candidatePage(ws: Workspace, jobId: number, offset: number, limit: number, minScore = 0): CandidatePage {
  const job = requireJob(ws, jobId);
  const total = minScore > 0 ? countCandidatesAtLeast(ws.db, jobId, minScore) : job.candidates;
  return { jobId, total, offset, minScore, candidates: candidates(ws, job, offset, limit, minScore) };
}

/** How the job's candidate scores spread over [0, 1] (the histogram beside the candidates). */
export function scoreHistogram(ws: Workspace, jobId: number, bins: number): ScoreHistogram {
  requireJob(ws, jobId);
  const counts = candidateScoreBins(ws.db, jobId, bins);
  return { jobId, bins: counts.map((count, b) => ({ from: b / bins, to: (b + 1) / bins, count })) };
}

/** The strategy and backtest a job's profile description carries (older jobs have neither). */
function jobStrategy(profile: unknown): Pick<JobDetailDto, 'strategy' | 'backtest' | 'diagnostics'> {
  const p = (profile && typeof profile === 'object' ? profile : {}) as Record<string, unknown>;
  const s = p.strategy as JobDetailDto['strategy'] | undefined;
  const b = p.backtest as Omit<JobBacktestDto, 'comparison'> | null | undefined;
  const comparison = Array.isArray(p.comparison) ? (p.comparison as { strategy: string; figures: { recallTop20: number; auc: number } }[]) : [];
  return {
    strategy: s && typeof s.used === 'string' ? { requested: String(s.requested), used: s.used, why: String(s.why ?? '') } : null,
    backtest: b && typeof b.auc === 'number'
      ? { ...b, comparison: comparison.map((c) => ({ strategy: c.strategy, recallTop20: c.figures.recallTop20, auc: c.figures.auc })) }
      : null,
    diagnostics: p.diagnostics && typeof p.diagnostics === 'object' ? (p.diagnostics as SeedDiagnosticsDto) : null,
  };
}

function requireJob(ws: Workspace, jobId: number): JobRow {
  const job = getJob(ws.db, jobId);
  if (!job) throw new AppError('not_found', `No lookalike job ${jobId}.`);
  return job;
}

function candidates(ws: Workspace, job: JobRow, offset: number, limit: number, minScore = 0): JobCandidateDto[] {
  // Ranks start at 1, so rank > offset is the page after `offset` candidates.
  return jobCandidateRecords(ws.db, job.id, job.entity, offset, limit, minScore).map((r): JobCandidateDto => {
    const stored = storedReasons(r.lookalike_reasons);
    const base = {
      rank: r.lookalike_rank!,
      id: r.id,
      score: r.lookalike_score!,
      reasons: stored.reasons,
      topReasons: topReasons(stored.reasons, 3, stored.details),
      missing: stored.missing,
      details: stored.details,
      base: stored.base,
    };
    return r.entity === 'leads'
      ? { ...base, name: r.display_name, recordId: r.record_id, company: r.company, title: r.title, domain: r.domain, industry: r.industry }
      : { ...base, name: r.display_name, recordId: r.record_id, company: r.name, title: null, domain: r.domain, industry: r.industry };
  });
}

/** Stored JSON columns are written by this app; a damaged one shows as its raw text rather than failing the call. */
function parseObject(text: string | null): unknown {
  if (text === null) return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The engine's request from the API's: filters arrive as condition text. */
export function toJobRequest(r: JobStartRequest): JobRequest {
  return {
    source: r.source,
    ...(r.entity ? { entity: r.entity } : {}),
    ...(r.minScore !== undefined ? { minScore: r.minScore } : {}),
    ...(r.maxResults !== undefined ? { maxResults: r.maxResults } : {}),
    ...(r.exclude ? { exclude: r.exclude } : {}),
    ...(r.filters ? { filters: r.filters.map(parseCondition) } : {}),
    ...(r.positiveOutcomes ? { positiveOutcomes: r.positiveOutcomes } : {}),
    ...(r.highScore !== undefined ? { highScore: r.highScore } : {}),
    ...(r.ignoreFields ? { ignoreFields: r.ignoreFields } : {}),
    ...(r.strategy ? { strategy: r.strategy } : {}),
  };
}

/** Runs a workspace's jobs one at a time on the compute pool, in the background. */
export class JobRunner {
  private readonly queue: number[] = [];
  private current: { jobId: number; controller: AbortController; done: Promise<void> } | null = null;
  private closed = false;
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

  /** Pushes a job's state as stored, with the running job's phase. */
  private announce(jobId: number, phase: JobProgressEvent['phase'] = null): void {
    const job = getJob(this.ws.db, jobId);
    if (job) this.events.emit('jobs.progress', { jobId, status: job.status, phase, processed: job.processed, total: job.total });
  }

  /** Validates and queues a job (pending); it starts when the jobs before it are done. */
  start(request: JobRequest): { jobId: number } {
    if (this.closed) throw new AppError('conflict', 'The workspace is closing.');
    return this.enqueue(() => createJob(this.ws.db, request));
  }

  /** Checks a source's examples before a job (cohesion, outliers, suspected leaks), on the runner's pool. */
  check(request: CheckRequest): Promise<SeedDiagnosticsDto> {
    if (this.closed) throw new AppError('conflict', 'The workspace is closing.');
    return diagnoseSource(this.ws.db, this.pool(), request);
  }

  /** Queues a new job like a finished one, leaving out more fields. */
  rerun(jobId: number, ignoreFields: readonly string[]): { jobId: number } {
    if (this.closed) throw new AppError('conflict', 'The workspace is closing.');
    return this.enqueue(() => copyJob(this.ws.db, jobId, { ignoreFields }));
  }

  private enqueue(create: () => number): { jobId: number } {
    const blocked = this.blockedBy();
    if (blocked) throw new AppError('conflict', blocked);
    const jobId = create();
    this.queue.push(jobId);
    this.announce(jobId);
    this.next();
    return { jobId };
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
      finishJob(this.ws.db, jobId, 'cancelled', { error: 'The job was cancelled before it started.' });
      this.announce(jobId);
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
    for (const jobId of this.queue.splice(0)) {
      finishJob(this.ws.db, jobId, 'cancelled', { error: 'The workspace was closed before the job started.' });
      this.announce(jobId);
    }
    this.current?.controller.abort();
    await this.idle();
  }

  private next(): void {
    if (this.current || this.queue.length === 0) return;
    const jobId = this.queue.shift()!;
    const controller = new AbortController();
    // runJob reports progress a few times a second at most (and at each phase change): pushed as it comes.
    // The final state follows from announce() once the job has ended.
    const onProgress = (p: JobProgress) =>
      this.events.emit('jobs.progress', { jobId, status: 'running', phase: p.phase, processed: p.processed, total: p.total });
    const done = runJob(this.ws.db, this.pool(), jobId, { signal: controller.signal, onProgress })
      .then(() => undefined)
      .catch((error: unknown) => {
        // The job row already says why it failed or that it was cancelled; anything else is a bug worth a log line.
        if (!(error instanceof AppError)) this.logError(`Lookalike job ${jobId} failed unexpectedly:`, error);
      })
      .finally(() => {
        this.current = null;
        this.announce(jobId); // its final state: completed, failed or cancelled
        if (!this.closed) this.next();
      });
    this.current = { jobId, controller, done };
  }
}

export function jobsService(ws: Workspace, runner: JobRunner): JobsApi {
  return {
    async 'jobs.list'() {
      return listJobs(ws.db).map(toJobSummary);
    },
    async 'jobs.get'({ jobId, limit }) {
      return jobDetail(ws, jobId, limit ?? 50);
    },
    async 'jobs.start'(request) {
      return runner.start(toJobRequest(request));
    },
    async 'jobs.check'(request) {
      return runner.check(request);
    },
    async 'jobs.rerun'({ jobId, ignoreFields }) {
      return runner.rerun(jobId, ignoreFields ?? []);
    },
    async 'jobs.cancel'({ jobId }) {
      return runner.cancel(jobId);
    },
    async 'jobs.delete'({ jobId }) {
      return runner.delete(jobId);
    },
    async 'jobs.candidates'({ jobId, offset, limit, minScore }) {
      return candidatePage(ws, jobId, offset ?? 0, limit ?? 50, minScore ?? 0);
    },
    async 'jobs.compare'({ jobId, ids }) {
      return compareRecords(ws, jobId, ids);
    },
    async 'jobs.histogram'({ jobId, bins }) {
      return scoreHistogram(ws, jobId, bins ?? 20);
    },
  };
}
