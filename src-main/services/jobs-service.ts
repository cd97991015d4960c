/**
 * Lookalike jobs for the app: listing and reading them (the same shapes the
 * command line prints), and starting, checking, cancelling and deleting them
 * through the runner (jobs/job-runner.ts), which runs one at a time in the
 * background. `jobs.start` answers as soon as the job is queued; its
 * progress is pushed as `jobs.progress` events and kept in its row for
 * `jobs.get`.
 */
import type { JobsApi } from '../contract/api';
import type { CandidatePage, CandidateSortColumn, GridQueryDto, SortDto, JobBacktestDto, JobCandidateDto, JobDetailDto, JobStartRequest, JobSummaryDto, ScoreHistogram, SeedDiagnosticsDto } from '../contract/dto';
import { AppError } from '../contract/errors';
import { candidateScoreBins, countCandidatesAtLeast, getJob, listJobs, type JobRow } from '../db/queries/jobs';
import { extraFieldHeaders, jobRanksOf } from '../db/queries/record-grid';
import { gridJobCandidateRecords, type ScoredRecordRow } from '../db/queries/record-rows';
import type { Workspace } from '../db/workspace';
import type { JobRequest } from '../jobs/create-job';
import type { JobRunner } from '../jobs/job-runner';
import { scoreSpreadOf } from '../jobs/score-spread';
import { parseCondition } from '../segments/condition';
import { compareRecords } from './compare-service';
import { jobCoverageGaps } from './coverage-service';
import { storedReasons, topReasons } from './candidate-reasons';
import { pageExtras, recordFields } from './grid-rows';

function toJobSummary(j: JobRow): JobSummaryDto {
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
async function jobDetail(ws: Workspace, jobId: number, limit: number): Promise<JobDetailDto> {
  const job = requireJob(ws, jobId);
  const profile = job.profile_info === null ? null : parseObject(job.profile_info);
  const coverageGaps = await jobCoverageGaps(ws, job, profile);
  return {
    ...toJobSummary(job),
    params: parseObject(job.params),
    profile,
    timings: job.timings === null ? null : parseObject(job.timings),
    coverageGaps,
    ...jobStrategy(profile),
    scoreSpread: job.timings === null ? null : scoreSpreadOf(parseObject(job.timings)),
    top: candidates(ws, job, 0, limit),
  };
}

/**
 * A page of a job's candidates, best first or in the grid's sort; with
 * `minScore`, only those scoring at least that (ranks follow scores, so they
 * are ranks 1…unfiltered), narrowed by the grid's search and filters.
 */
function candidatePage(
  ws: Workspace,
  jobId: number,
  offset: number,
  limit: number,
  minScore = 0,
  sort?: SortDto<CandidateSortColumn>,
  query: GridQueryDto = {},
): CandidatePage {
  const job = requireJob(ws, jobId);
  const unfiltered = minScore > 0 ? countCandidatesAtLeast(ws.db, jobId, minScore) : job.candidates;
  const page = gridJobCandidateRecords(ws.db, job.id, job.entity, minScore, { sort, offset, limit, query });
  return {
    jobId,
    total: page.matching ?? unfiltered,
    unfiltered,
    offset,
    minScore,
    candidates: toCandidates(ws, job, page.rows, query),
    extraFields: extraFieldHeaders(ws.db, job.entity),
  };
}

/** How the job's candidate scores spread over [0, 1] (the histogram beside the candidates). */
function scoreHistogram(ws: Workspace, jobId: number, bins: number): ScoreHistogram {
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

function candidates(ws: Workspace, job: JobRow, offset: number, limit: number): JobCandidateDto[] {
  return toCandidates(ws, job, gridJobCandidateRecords(ws.db, job.id, job.entity, 0, { offset, limit, query: {} }).rows, {});
}

function toCandidates(ws: Workspace, job: JobRow, rows: readonly ScoredRecordRow[], query: GridQueryDto): JobCandidateDto[] {
  const more = pageExtras(ws.db, job.entity, rows, query, (ids) => jobRanksOf(ws.db, job.id, ids));
  return rows.map((r): JobCandidateDto => {
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
      fields: recordFields(r),
      extra: more.extra(r.id),
      duplicateOf: more.duplicateOf(r.id),
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
function toJobRequest(r: JobStartRequest): JobRequest {
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

export function jobsService(ws: Workspace, runner: JobRunner): JobsApi {
  return {
    async 'jobs.list'(payload) {
      return listJobs(ws.db, 200, payload?.sort).map(toJobSummary);
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
    async 'jobs.rerun'({ jobId, ignoreFields, minScore }) {
      return runner.rerun(jobId, ignoreFields ?? [], minScore);
    },
    async 'jobs.cancel'({ jobId }) {
      return runner.cancel(jobId);
    },
    async 'jobs.delete'({ jobId }) {
      return runner.delete(jobId);
    },
    async 'jobs.candidates'({ jobId, offset, limit, minScore, sort, search, filters, extras, fold }) {
      return candidatePage(ws, jobId, offset ?? 0, limit ?? 50, minScore ?? 0, sort, { search, filters, extras, fold });
    },
    async 'jobs.compare'({ jobId, ids }) {
      return compareRecords(ws, jobId, ids);
    },
    async 'jobs.histogram'({ jobId, bins }) {
      return scoreHistogram(ws, jobId, bins ?? 20);
    },
  };
}
