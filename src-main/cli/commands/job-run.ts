import type Database from 'better-sqlite3';
import { parseEntity, parseId, parseNumber, parseOutcomes } from '../argument-values';
import { AppError } from '../../contract/errors';
import { createComputePool } from '../../compute/pool';
import { openWorkspace } from '../../db/workspace';
import { getJob } from '../../db/queries/jobs';
import { copyJob, createJob, markInterruptedJobs, type JobRequest } from '../../jobs/job-service';
import { runJob } from '../../engine/run-job';
import { parseSourceRef } from '../../engine/sources';
import { parseStrategy } from '../../engine/evaluate';
import { parseCondition } from '../../segments/condition';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, dbPath, onePositional, parseCommandArgs } from '../options';
import { UsageError } from '../usage';
import { waitToWrite } from '../workspace-wait';


/** `job run --source segment:ID|list:ID|campaign:ID ...`: runs the job to the end and reports it. */
export async function jobRunCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DB_OPTION,
    ...JSON_OPTION,
    source: { type: 'string' },
    entity: { type: 'string' },
    'min-score': { type: 'string' },
    'max-results': { type: 'string' },
    exclude: { type: 'string', multiple: true },
    filter: { type: 'string', multiple: true },
    positive: { type: 'string', multiple: true },
    'high-score': { type: 'string' },
    'ignore-field': { type: 'string', multiple: true },
    strategy: { type: 'string' },
    threads: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`job run takes options only, got ${positionals.join(' ')}`);
  if (typeof values.source !== 'string') throw new UsageError('job run needs --source segment:ID, list:ID or campaign:ID');
  const entity = values.entity === undefined ? undefined : parseEntity(values.entity as string);
  const positive = values.positive === undefined ? undefined : parseOutcomes(values.positive as string[]);

  const request = (): JobRequest => ({
    source: parseSourceRef(values.source as string),
    ...(entity ? { entity } : {}),
    ...(values['min-score'] !== undefined ? { minScore: parseNumber(values['min-score'] as string, '--min-score')! } : {}),
    ...(values['max-results'] !== undefined ? { maxResults: parseNumber(values['max-results'] as string, '--max-results')! } : {}),
    exclude: ((values.exclude as string[] | undefined) ?? []).map(parseSourceRef),
    filters: ((values.filter as string[] | undefined) ?? []).map(parseCondition),
    ...(positive ? { positiveOutcomes: positive } : {}),
    ...(values['high-score'] !== undefined ? { highScore: parseNumber(values['high-score'] as string, '--high-score')! } : {}),
    ignoreFields: (values['ignore-field'] as string[] | undefined) ?? [],
    ...(values.strategy !== undefined ? { strategy: parseStrategy(values.strategy as string) } : {}),
  });
  return runToEnd(values, io, (db) => createJob(db, request()));
}

/**
 * `job rerun JOB_ID [--ignore-field "Header"]...`: runs a new job with the same parameters (after a
 * failure, a cancel or an interruption, on newer data, or leaving out more fields).
 */
export async function jobRerunCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DB_OPTION,
    ...JSON_OPTION,
    threads: { type: 'string' },
    'ignore-field': { type: 'string', multiple: true },
  });
  const jobId = parseId(onePositional(positionals, 'JOB_ID'), 'JOB_ID');
  const ignoreFields = (values['ignore-field'] as string[] | undefined) ?? [];
  return runToEnd(values, io, (db) => copyJob(db, jobId, { ignoreFields }));
}

/** Opens the workspace, creates the job with `create`, runs it to the end (Ctrl-C cancels) and reports it. */
async function runToEnd(values: { db?: unknown; wait?: unknown; json?: unknown; threads?: unknown }, io: CliIo, create: (db: Database.Database) => number): Promise<number> {
  const ws = openWorkspace(dbPath(values.db as string | undefined, io.cwd), { mustExist: true });
  try {
    // No job row until the workspace can take it: a job that cannot start is not left pending or running.
    await waitToWrite(ws, io, 'job', values.wait);
  } catch (e) {
    ws.close();
    throw e;
  }
  const pool = createComputePool({ threads: parseNumber(values.threads as string | undefined, '--threads') });
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    markInterruptedJobs(ws.db);
    const jobId = create(ws.db);
    let shown = 0;
    try {
      await runJob(ws.db, pool, jobId, {
        signal: controller.signal,
        onProgress: io.interactive
          ? (p) => {
              const now = Date.now();
              if (now - shown < 250) return;
              shown = now;
              io.err(`\rjob ${jobId}: ${p.phase} ${p.processed.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')}`);
            }
          : undefined,
      });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      if (values.json) {
        const job = getJob(ws.db, jobId)!;
        io.out(JSON.stringify({ jobId, status: job.status, positives: job.positives, candidates: job.candidates, error: job.error }));
      }
      throw e;
    }
    const job = getJob(ws.db, jobId)!;
    const summary = {
      jobId,
      status: job.status,
      source: job.source_name,
      positives: job.positives,
      candidates: job.candidates,
      timings: job.timings ? JSON.parse(job.timings) : null,
    };
    if (values.json) io.out(JSON.stringify(summary));
    else
      io.out(
        `Job ${jobId} ${job.status}: ${job.positives} positive examples from ${job.source_kind} "${job.source_name}", ${job.candidates} candidates.\n` +
          `See them with: npm run --silent lookalike -- job show ${jobId}`,
      );
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    await pool.close();
    ws.close();
  }
}
