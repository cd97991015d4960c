/**
 * `job show` and `job list`: reading lookalike jobs and their ranked
 * candidates, in the shapes the app's jobs service gives (`--json`).
 * (`job run` and `job rerun` live in job-run.ts.)
 */
import type { JobCandidateDto, JobDetailDto, JobSummaryDto } from '../../contract/dto';
import { emptyResultAdvice, formatSpread } from '../../contract/score-advice';
import { formatReasons } from '../../services/candidate-reasons';
import { parseId } from '../argument-values';
import type { CliIo } from '../context';
import { formatDiagnostics, jobCheckCommand } from './job-check';
import { jobRerunCommand, jobRunCommand } from './job-run';
import { DB_OPTION, JSON_OPTION, onePositional, parseCommandArgs } from '../options';
import { withWorkspace } from '../session';
import { formatTable } from '../table';
import { UsageError } from '../usage';

export type JobSummary = JobSummaryDto;
export type JobCandidate = JobCandidateDto;
export type JobDetail = JobDetailDto;

const DEFAULT_LIMIT = 20;

export function jobCommand(args: string[], io: CliIo): number | Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'run') return jobRunCommand(rest, io);
  if (sub === 'rerun') return jobRerunCommand(rest, io);
  if (sub === 'check') return jobCheckCommand(rest, io);
  if (sub === 'show') return show(rest, io);
  if (sub === 'list') return list(rest, io);
  throw new UsageError(`job expects "run", "rerun", "check", "show" or "list", got ${sub ? `"${sub}"` : 'nothing'}`);
}

async function show(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION, limit: { type: 'string' } });
  const jobId = parseId(onePositional(positionals, 'JOB_ID'), 'JOB_ID');
  const limit = values.limit === undefined ? DEFAULT_LIMIT : parseId(values.limit as string, '--limit');
  return withWorkspace(values, io, async (session) => {
    session.jobs.markInterrupted(); // a job whose process died shows as interrupted, not running forever
    const job = await session.api['jobs.get']({ jobId, limit });
    io.out(values.json ? JSON.stringify(job) : formatJob(job));
    return 0;
  });
}

async function list(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION });
  if (positionals.length) throw new UsageError(`job list takes no arguments, got ${positionals.join(' ')}`);
  return withWorkspace(values, io, async (session) => {
    session.jobs.markInterrupted(); // a job whose process died shows as interrupted, not running forever
    const jobs = await session.api['jobs.list']();
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
  });
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
  if (j.scoreSpread) lines.push(`  scores      ${formatSpread(j.scoreSpread)}`);
  if (j.error) lines.push(`  error       ${j.error}`);
  if (j.strategy) lines.push(`  strategy    ${j.strategy.used}${j.strategy.requested === 'auto' ? ' (auto)' : ''}: ${j.strategy.why}`);
  if (j.backtest) {
    lines.push(`  backtest    ${j.backtest.summary}`);
    if (j.backtest.comparison.length > 1)
      lines.push(`  compared    ${j.backtest.comparison.map((c) => `${c.strategy} AUC ${c.auc.toFixed(3)}, top fifth ${Math.round(100 * c.recallTop20)}%`).join('; ')}`);
  }
  if (j.coverageGaps.length) {
    const pct = (share: number) => `${Math.round(share * 100)}%`;
    lines.push('', 'Fields the examples have and the other records lack (they hold every other score down, and may record the outcome itself):');
    lines.push(
      formatTable(
        ['field', 'examples', 'others'],
        j.coverageGaps.map((g) => [g.kind === 'extra' ? `${g.label} (extra)` : g.label, pct(g.examples), pct(g.others)]),
      ),
    );
    const extras = j.coverageGaps.filter((g) => g.kind === 'extra');
    if (extras.length) {
      const flags = extras.map((g) => `--ignore-field ${JSON.stringify(g.field)}`).join(' ');
      lines.push(`Run it again without the extra ones: npm run --silent lookalike -- job rerun ${j.id} ${flags}`);
    }
  }
  if (j.diagnostics) {
    const rerun = (fields: string[]) => `npm run --silent lookalike -- job rerun ${j.id} ${fields.map((f) => `--ignore-field ${JSON.stringify(f)}`).join(' ')}`;
    lines.push('', formatDiagnostics(j.diagnostics, rerun));
  }
  if (j.status === 'completed' && j.candidates === 0) {
    const minScore = (j.params as { minScore?: unknown } | null)?.minScore;
    if (typeof minScore === 'number') {
      const advice = emptyResultAdvice(minScore, j.scoreSpread, j.entity === 'leads' ? 'leads' : 'companies');
      lines.push('', advice.text);
      if (advice.suggestedMinScore !== null)
        lines.push(`Run it again with minimum ${advice.suggestedMinScore}: npm run --silent lookalike -- job rerun ${j.id} --min-score ${advice.suggestedMinScore}`);
    }
  }
  if (j.top.length) {
    lines.push('', `Top ${j.top.length} candidates:`);
    const reasons = (c: JobCandidate) => formatReasons(c.reasons, 3, c.missing, c.details);
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
