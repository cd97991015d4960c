/**
 * `lookalike job run` runs its job through the app's services and the one
 * pipeline: an interactive terminal gets progress lines made from the job's
 * events, and a job that fails ends the command with the job's own error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/main';
import type { CliIo } from '../../../src-main/cli/context';
import { JOB_PHASES } from '../../../src-main/jobs/job-phases';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { listOf, wonListOf } from '../../helpers/engine-workspace';
import { cli } from '../../helpers/run-cli';
import { tempWorkspace } from '../../helpers/temp-workspace';

const LEADS = 3_000;
let ws: ReturnType<typeof tempWorkspace>;
let won: number;
let empty: number;

beforeAll(() => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, LEADS);
  won = wonListOf(ws, 40);
  empty = listOf(ws, 'empty', []);
});
afterAll(() => ws.cleanup());

/** The command line on an interactive terminal, its output captured. */
async function onTerminal(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t.endsWith('\n') ? t : t + '\n'),
    err: (t) => (stderr += t.endsWith('\n') ? t : t + '\n'),
    cwd: ws.dir,
    interactive: true,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const jobArgs = (list: number) => ['job', 'run', '--source', `list:${list}`, '--strategy', 'centroid', '--max-results', '10', '--threads', '1', '--db', ws.path, '--json'];

describe('lookalike job run', () => {
  it('prints the job\'s progress from its events on an interactive terminal', async () => {
    const r = await onTerminal(jobArgs(won));
    expect(r.code, r.stderr).toBe(0);
    const { jobId } = JSON.parse(r.stdout) as { jobId: number };
    const lines = r.stderr.trim().split('\n');
    const progress = new RegExp(`^job ${jobId}: ([a-z-]+) ([\\d,]+) / ([\\d,]+)$`);
    const took = new RegExp(`^job ${jobId}: ([a-z-]+) took [\\d,]+ ms$`);
    for (const line of lines) expect(line).toMatch(new RegExp(`${progress.source}|${took.source}`));
    // Every phase says how long it took, in the pipeline's order.
    expect(lines.map((l) => took.exec(l)?.[1]).filter(Boolean)).toEqual(JOB_PHASES.map((p) => p.name));
    expect(lines).toContain(`job ${jobId}: embed 3,000 / 3,000`);
    expect(lines).toContain(`job ${jobId}: score 0 / 3,000`);
    expect(lines).toContain(`job ${jobId}: score 3,000 / 3,000`);
    expect(lines).toContain(`job ${jobId}: backtest 0 / 1`);
  }, 60_000);

  it('prints no progress when stderr is not a terminal', async () => {
    const r = await cli(jobArgs(won), ws.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'completed', positives: 40, candidates: 10, timings: { embeddingsMs: expect.any(Number) } });
  }, 60_000);

  it('ends with the job\'s own error, and its state in --json, when the job fails', async () => {
    const r = await cli(jobArgs(empty), ws.dir);
    expect(r.code).toBe(2); // the source the user named cannot be used
    expect(r.stderr).toMatch(/^lookalike job: The list "empty" has no positive examples/);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'failed', candidates: 0, error: expect.stringMatching(/no positive examples/) });
  }, 60_000);
});
