/**
 * `job show` and `job list`: reading lookalike jobs and their ranked
 * candidates. (`job run` is registered by the engine beside these.)
 * The DTO builders are exported so a jobs service can take them over.
 */
import type { Entity } from '../../contract/dto';
import { AppError } from '../../contract/errors';
import { getJob, listJobs, markInterruptedJobs, type JobRow, type JobStatus, type SourceKind } from '../../db/queries/jobs';
import { jobCandidateRecords } from '../../db/queries/record-rows';
import { openWorkspace, type Workspace } from '../../db/workspace';
import { formatReasons, parseMissing, parseReasons } from '../../services/export-service';
import { parseId } from '../argument-values';
import type { CliIo } from '../context';
import { jobRerunCommand, jobRunCommand } from './job-run';
import { DB_OPTION, JSON_OPTION, dbPath, onePositional, parseCommandArgs } from '../options';
import { formatTable } from '../table';
import { UsageError } from '../usage';

export interface JobSummary {
  id: number;
  entity: Entity;
  status: JobStatus;
  source: { kind: SourceKind; id: number; name: string };
  positives: number;
  candidates: number;
  progress: { processed: number; total: number };
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface JobCandidate {
  rank: number;
  id: number;
  score: number;
  /** Feature block → its contribution to the score. */
  reasons: Record<string, number>;
  /** Profile parts this candidate has no data for (they add nothing to its score). */
  missing: string[];
  name: string | null;
  /** Leads: their company and title; companies: their domain and industry. */
  company: string | null;
  title: string | null;
  domain: string | null;
  industry: string | null;
}

export interface JobDetail extends JobSummary {
  params: unknown;
  profile: unknown;
  timings: unknown;
  top: JobCandidate[];
}

const DEFAULT_LIMIT = 20;

export function jobCommand(args: string[], io: CliIo): number | Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'run') return jobRunCommand(rest, io);
  if (sub === 'rerun') return jobRerunCommand(rest, io);
  if (sub === 'show') return show(rest, io);
  if (sub === 'list') return list(rest, io);
  throw new UsageError(`job expects "run", "rerun", "show" or "list", got ${sub ? `"${sub}"` : 'nothing'}`);
}

function show(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION, limit: { type: 'string' } });
  const jobId = parseId(onePositional(positionals, 'JOB_ID'), 'JOB_ID');
  const limit = values.limit === undefined ? DEFAULT_LIMIT : parseId(values.limit as string, '--limit');
  const ws = openWorkspace(dbPath(values.db, io.cwd), { mustExist: true });
  try {
    markInterruptedJobs(ws.db); // a job whose process died shows as interrupted, not running forever
    const job = jobDetail(ws, jobId, limit);
    io.out(values.json ? JSON.stringify(job) : formatJob(job));
    return 0;
  } finally {
    ws.close();
  }
}

function list(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION });
  if (positionals.length) throw new UsageError(`job list takes no arguments, got ${positionals.join(' ')}`);
  const ws = openWorkspace(dbPath(values.db, io.cwd), { mustExist: true });
  try {
    markInterruptedJobs(ws.db); // a job whose process died shows as interrupted, not running forever
    const jobs = listJobs(ws.db).map(toSummary);
    if (values.json) io.out(JSON.stringify(jobs));
    else if (!jobs.length) io.out('No lookalike jobs yet.');
    else
      io.out(
        formatTable(
          ['id', 'status', 'entity', 'source', 'positives', 'candidates', 'created'],
          jobs.map((j) => [j.id, j.status, j.entity, `${j.source.kind} ${j.source.id} "${j.source.name}"`, j.positives, j.candidates, j.createdAt]),
        ),
      );
    return 0;
  } finally {
    ws.close();
  }
}

export function jobDetail(ws: Workspace, jobId: number, limit: number): JobDetail {
  const job = getJob(ws.db, jobId);
  if (!job) throw new AppError('not_found', `No lookalike job ${jobId}.`);
  const top = jobCandidateRecords(ws.db, job.id, job.entity, 0, limit).map((r): JobCandidate => {
    const base = {
      rank: r.lookalike_rank!,
      id: r.id,
      score: r.lookalike_score!,
      reasons: parseReasons(r.lookalike_reasons),
      missing: parseMissing(r.lookalike_reasons),
    };
    return r.entity === 'leads'
      ? { ...base, name: r.display_name, company: r.company, title: r.title, domain: r.domain, industry: r.industry }
      : { ...base, name: r.display_name, company: r.name, title: null, domain: r.domain, industry: r.industry };
  });
  return {
    ...toSummary(job),
    params: parseObject(job.params),
    profile: job.profile_info === null ? null : parseObject(job.profile_info),
    timings: job.timings === null ? null : parseObject(job.timings),
    top,
  };
}

export function toSummary(j: JobRow): JobSummary {
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

/** Stored JSON columns are written by this app; a damaged one shows as its raw text rather than failing the command. */
function parseObject(text: string | null): unknown {
  if (text === null) return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function formatJob(j: JobDetail): string {
  const seconds = (a: string | null, b: string | null) => (a && b ? ` (${((Date.parse(b) - Date.parse(a)) / 1000).toFixed(1)} s)` : '');
  const lines = [
    `Job ${j.id}: ${j.status} — ${j.entity} like ${j.source.kind} ${j.source.id} "${j.source.name}"`,
    `  positives   ${j.positives}`,
    `  progress    ${j.progress.processed.toLocaleString('en-US')} of ${j.progress.total.toLocaleString('en-US')}`,
    `  candidates  ${j.candidates.toLocaleString('en-US')}`,
    `  params      ${JSON.stringify(j.params)}`,
    `  created     ${j.createdAt}`,
  ];
  if (j.startedAt) lines.push(`  started     ${j.startedAt}`);
  if (j.finishedAt) lines.push(`  finished    ${j.finishedAt}${seconds(j.startedAt, j.finishedAt)}`);
  if (j.timings) lines.push(`  timings     ${JSON.stringify(j.timings)}`);
  if (j.error) lines.push(`  error       ${j.error}`);
  if (j.top.length) {
    lines.push('', `Top ${j.top.length} candidates:`);
    const reasons = (c: JobCandidate) => formatReasons(c.reasons, 3, c.missing);
    lines.push(
      j.entity === 'leads'
        ? formatTable(
            ['rank', 'id', 'score', 'name', 'title', 'company', 'reasons'],
            j.top.map((c) => [c.rank, c.id, c.score.toFixed(3), c.name, c.title, c.company, reasons(c)]),
            60,
          )
        : formatTable(
            ['rank', 'id', 'score', 'name', 'domain', 'industry', 'reasons'],
            j.top.map((c) => [c.rank, c.id, c.score.toFixed(3), c.name, c.domain, c.industry, reasons(c)]),
            60,
          ),
    );
  }
  return lines.join('\n');
}
