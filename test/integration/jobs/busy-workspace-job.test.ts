/**
 * A job whose writes meet another process writing the workspace (issue 9,
 * defect 6; issue 11, item 6): it waits, showing what it waits for in its
 * progress, and goes on when the other writer lets go — it does not fail
 * with "database is locked" after SQLite's 5 s busy timeout, and it never
 * sleeps the main thread in SQLite's busy handler. A job that finally cannot
 * save fails with one message and the earlier results stay as they were.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createComputePool, type ComputePool } from '../../../src-main/compute/pool';
import type { JobProgressEvent } from '../../../src-main/contract/dto';
import { createJob } from '../../../src-main/jobs/create-job';
import type { JobEvent } from '../../../src-main/jobs/job-events';
import { runJob } from '../../../src-main/jobs/pipeline';
import { createProgressMapper } from '../../../src-main/jobs/progress-event';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { writeCrmCsv } from '../../bench/generate-crm-csv';
import { freezeInsideImport, spawnCli, type CliProcess } from '../../helpers/cli-process';
import { wonListOf } from '../../helpers/engine-workspace';
import { startLockHolder, type LockHolder } from '../../helpers/lock-holder';
import { tempWorkspace } from '../../helpers/temp-workspace';

const LEADS = 3_000;
let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let pool: ComputePool;
let list: number;
let holder: LockHolder | null = null;
let importing: CliProcess | null = null;

beforeEach(() => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, LEADS);
  list = wonListOf(ws, 40);
  // The app's services give the workspace its job worker, where a job's results are saved.
  services = openAppServices(ws, { threads: 2 });
  pool = createComputePool({ threads: 2 });
});
afterEach(async () => {
  holder?.kill();
  holder = null;
  importing?.signal('SIGCONT');
  await importing?.exited;
  importing = null;
  await services.close();
  await pool.close();
  ws.cleanup();
});

const request = () => ({ source: { kind: 'list' as const, id: list }, strategy: 'centroid' as const, minScore: 0, maxResults: 50 });

/** Runs a job as the app's runner does, the window's progress events kept; `at` acts when a phase first starts. */
async function runWatched(options: { at?: { phase: string; act: () => void }; writeWaitMs?: number; beforeRun?: () => Promise<void> } = {}) {
  const jobId = createJob(ws.db, request());
  await options.beforeRun?.();
  const events: JobEvent[] = [];
  const window: JobProgressEvent[] = [];
  const toProgress = createProgressMapper();
  let longestGapMs = 0;
  let last = performance.now();
  let acted = false;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
  }, 20);
  const run = runJob(ws.db, pool, jobId, {
    writeWaitMs: options.writeWaitMs,
    onEvent: (e) => {
      events.push(e);
      const p = toProgress(e);
      if (p) window.push(p);
      if (e.type === 'phase-started' && e.phase === options.at?.phase && !acted) {
        acted = true;
        options.at.act();
        last = performance.now(); // the act itself blocks on purpose; the gap measured is the job's
      }
    },
  });
  const outcome = await run.then(
    (o) => ({ ok: true as const, o }),
    (error: unknown) => ({ ok: false as const, error: error as Error }),
  );
  clearInterval(ticker);
  return { jobId, events, window, outcome, longestGapMs };
}

const row = (jobId: number) => ws.db.prepare('SELECT status, error, candidates FROM lookalike_jobs WHERE id = ?').get(jobId) as { status: string; error: string | null; candidates: number | null };
const scoresOf = (source: string) => ws.db.prepare('SELECT record_id, job_id, score FROM lookalike_scores WHERE source = ? ORDER BY record_id').all(source);

describe('a job meeting another writer', () => {
  it('waits at its save while another process holds the workspace past the busy timeout, says so, and completes', async () => {
    holder = await startLockHolder(ws.path, 6500);
    const { jobId, outcome, window, longestGapMs } = await runWatched({ at: { phase: 'save', act: () => holder!.takeNow() } });
    expect(outcome.ok, outcome.ok ? '' : outcome.error.message).toBe(true);
    expect(row(jobId)).toMatchObject({ status: 'completed', error: null, candidates: 50 });
    const waiting = window.filter((p) => p.stepLabel?.startsWith('Waiting for the workspace'));
    expect(waiting.length).toBe(1);
    expect(waiting[0]).toMatchObject({ status: 'running', step: 'save', phase: 'saving', stepLabel: 'Waiting for the workspace (another process is writing to it)…' });
    // The wait was spent off SQLite's busy handler: the main thread kept turning.
    expect(longestGapMs).toBeLessThan(2000);
    expect(await holder.exited).toBe(0);
  }, 90_000);

  it('waits to start while an import in another process holds the workspace, naming it, then runs', async () => {
    const csv = join(ws.dir, 'more.csv');
    await writeCrmCsv({ rows: 6000, seed: 2, outPath: csv });
    // The job was queued before the import began (the import's own check saw no job running).
    const { jobId, outcome, window } = await runWatched({
      beforeRun: async () => {
        const proc = spawnCli(['import', csv, '--db', ws.path], ws.dir);
        importing = proc;
        await freezeInsideImport(proc, ws.path);
        setTimeout(() => proc.signal('SIGCONT'), 6500);
      },
    });
    expect(outcome.ok, outcome.ok ? '' : outcome.error.message).toBe(true);
    expect(row(jobId).status).toBe('completed');
    expect(window.find((p) => p.stepLabel?.startsWith('Waiting'))).toMatchObject({
      step: 'source',
      stepLabel: 'Waiting for the workspace (import of more.csv running)…',
    });
    expect((await importing!.exited).code).toBe(0);
    expect(ws.db.prepare("SELECT status FROM import_batches WHERE file_name = 'more.csv'").pluck().all()).toEqual(['completed']);
  }, 120_000);

  it('fails with one clear message when the workspace stays busy past its wait, keeping the earlier results', async () => {
    const earlier = await runWatched();
    expect(earlier.outcome.ok).toBe(true);
    const source = `list:${list}`;
    const before = scoresOf(source);
    expect(before.length).toBe(50);

    // Held past the job's wait for its save (1.5 s), let go within its wait to record the failure.
    holder = await startLockHolder(ws.path, 2500);
    const { jobId, outcome, events } = await runWatched({ writeWaitMs: 1500, at: { phase: 'save', act: () => holder!.takeNow() } });
    expect(outcome.ok).toBe(false);
    const message = (outcome as { error: Error }).error.message;
    expect(message).toMatch(/^The workspace stayed busy \(another process is writing to it\) for 1\.\d s; the job's results were not saved, and the earlier ones are kept\.$/);
    expect(events.at(-1)).toMatchObject({ type: 'job-failed', jobId, status: 'failed', code: 'conflict', message });
    expect(row(jobId)).toMatchObject({ status: 'failed', error: message, candidates: 0 });
    expect(ws.db.prepare('SELECT count(*) FROM lookalike_candidates WHERE job_id = ?').pluck().get(jobId)).toBe(0);
    expect(scoresOf(source)).toEqual(before);
  }, 90_000);
});
