/**
 * `job run` and `job rerun`: a job started through the app's services (the
 * `jobs.start` and `jobs.rerun` the window calls), run to its end in this
 * process by the same runner and pipeline, and reported. Ctrl-C cancels it
 * (`jobs.cancel`); on an interactive terminal its progress lines come from
 * the job's events.
 */
import type { JobStartRequest } from '../../contract/dto';
import { AppError } from '../../contract/errors';
import { parseStrategy } from '../../engine/evaluate';
import { parseSourceRef } from '../../engine/sources';
import type { JobEnd, JobEvent, JobEventListener } from '../../jobs/job-events';
import { openWorkspaceSession, type WorkspaceSession } from '../../services/workspace-session';
import { parseEntity, parseId, parseNumber, parseOutcomes } from '../argument-values';
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

  const request = (): JobStartRequest => ({
    source: parseSourceRef(values.source as string),
    ...(entity ? { entity } : {}),
    ...(values['min-score'] !== undefined ? { minScore: parseNumber(values['min-score'] as string, '--min-score')! } : {}),
    ...(values['max-results'] !== undefined ? { maxResults: parseNumber(values['max-results'] as string, '--max-results')! } : {}),
    exclude: ((values.exclude as string[] | undefined) ?? []).map(parseSourceRef),
    filters: (values.filter as string[] | undefined) ?? [],
    ...(positive ? { positiveOutcomes: positive } : {}),
    ...(values['high-score'] !== undefined ? { highScore: parseNumber(values['high-score'] as string, '--high-score')! } : {}),
    ignoreFields: (values['ignore-field'] as string[] | undefined) ?? [],
    ...(values.strategy !== undefined ? { strategy: parseStrategy(values.strategy as string) } : {}),
  });
  return runToEnd(values, io, (session) => session.api['jobs.start'](request()));
}

/**
 * `job rerun JOB_ID [--ignore-field "Header"]... [--min-score S]`: runs a new job with the same parameters (after a
 * failure, a cancel or an interruption, on newer data, leaving out more fields, or with another minimum).
 */
export async function jobRerunCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DB_OPTION,
    ...JSON_OPTION,
    threads: { type: 'string' },
    'ignore-field': { type: 'string', multiple: true },
    'min-score': { type: 'string' },
  });
  const jobId = parseId(onePositional(positionals, 'JOB_ID'), 'JOB_ID');
  const ignoreFields = (values['ignore-field'] as string[] | undefined) ?? [];
  const minScore = parseNumber(values['min-score'] as string | undefined, '--min-score');
  return runToEnd(values, io, (session) => session.api['jobs.rerun']({ jobId, ignoreFields, ...(minScore !== undefined ? { minScore } : {}) }));
}

/** Opens the workspace's services, starts the job with `start`, waits for its end (Ctrl-C cancels) and reports it. */
async function runToEnd(
  values: { db?: unknown; wait?: unknown; json?: unknown; threads?: unknown },
  io: CliIo,
  start: (session: WorkspaceSession) => Promise<{ jobId: number }>,
): Promise<number> {
  const threads = parseNumber(values.threads as string | undefined, '--threads');
  const session = openWorkspaceSession(dbPath(values.db as string | undefined, io.cwd), { mustExist: true, pool: { threads } });
  try {
    // No job row until the workspace can take it: a job that cannot start is not left pending or running.
    await waitToWrite(session, io, 'job', values.wait);
    session.jobs.markInterrupted();
    const stopListening = io.interactive ? session.jobs.onEvent(progressPrinter(io)) : () => undefined;
    let end: JobEnd;
    try {
      const { jobId } = await start(session);
      const cancel = () => void session.api['jobs.cancel']({ jobId });
      process.once('SIGINT', cancel);
      try {
        end = await session.jobs.ended(jobId);
      } finally {
        process.off('SIGINT', cancel);
      }
    } finally {
      stopListening();
    }
    const job = await session.api['jobs.get']({ jobId: end.jobId, limit: 0 });
    if (end.type !== 'job-finished') {
      if (values.json) io.out(JSON.stringify({ jobId: job.id, status: job.status, positives: job.positives, candidates: job.candidates, error: job.error }));
      throw end.type === 'job-cancelled' ? new AppError('cancelled', end.message, { jobId: job.id }) : new AppError(end.code, end.message, { jobId: job.id });
    }
    const summary = { jobId: job.id, status: job.status, source: job.source.name, positives: job.positives, candidates: job.candidates, timings: job.timings };
    if (values.json) io.out(JSON.stringify(summary));
    else
      io.out(
        `Job ${job.id} ${job.status}: ${job.positives} positive examples from ${job.source.kind} "${job.source.name}", ${job.candidates} candidates.\n` +
          `See them with: npm run --silent lookalike -- job show ${job.id}`,
      );
    return 0;
  } finally {
    await session.close();
  }
}

/** A job's event as a line for the terminal, or null for one not worth a line. */
export function progressLine(event: JobEvent): string | null {
  const n = (x: number) => x.toLocaleString('en-US');
  if (event.type === 'phase-progress') return `job ${event.jobId}: ${event.phase} ${n(event.processed)} / ${n(event.total)}`;
  if (event.type === 'phase-finished') return `job ${event.jobId}: ${event.phase} took ${n(event.elapsedMs)} ms`;
  if (event.type === 'phase-waiting') return `job ${event.jobId}: ${event.phase} waiting for the workspace (${event.holder})…`;
  return null;
}

/** Prints the job's progress lines on stderr, as often as the pipeline reports (a few times a second). */
function progressPrinter(io: CliIo): JobEventListener {
  return (event) => {
    const line = progressLine(event);
    if (line !== null) io.err(line);
  };
}
