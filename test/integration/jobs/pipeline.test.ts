/**
 * The one job pipeline (src-main/jobs/pipeline.ts): a job is its named
 * phases run in order, each timed into the job's timings and reported on
 * one event stream; cancellation and failure are recorded in one place,
 * whichever phase they come from. Stand-in phases go through the same
 * runner as the real ones, to stop a job exactly where a test needs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import { getJob, jobCandidates } from '../../../src-main/db/queries/jobs';
import { createJob } from '../../../src-main/jobs/create-job';
import type { JobEvent, JobPhaseName } from '../../../src-main/jobs/job-events';
import type { ComputePool } from '../../../src-main/compute/pool';
import type { JobPhase } from '../../../src-main/jobs/job-phase';
import { JOB_PHASES } from '../../../src-main/jobs/job-phases';
import { runJob, runPhases } from '../../../src-main/jobs/pipeline';
import { SyntheticJobWorkspace } from '../../helpers/synthetic-job-workspace';

const LEADS = 3_000;

const env = new SyntheticJobWorkspace(LEADS, 40);
beforeAll(() => env.open());
afterAll(() => env.close());

const newJob = (strategy: 'centroid' | 'auto' = 'centroid') => createJob(env.ws.db, { source: { kind: 'list', id: env.list }, strategy, minScore: 0, maxResults: 50 });
const started = (events: JobEvent[]) => events.filter((e) => e.type === 'phase-started').map((e) => (e as { phase: JobPhaseName }).phase);

/** A stand-in phase that only notes that it ran. */
const noting = (name: JobPhaseName, ran: string[], lap: string | null = `${name}Ms`): JobPhase => ({
  name,
  lap,
  run: () => {
    ran.push(name);
  },
});

/** A stand-in for a phase waiting on a worker: it ends only when the job is cancelled, as a pool task does. */
const waitingForWorker = (name: JobPhaseName, onStart: () => void): JobPhase => ({
  name,
  lap: `${name}Ms`,
  run: (state, step) =>
    new Promise<void>((_, reject) => {
      step.progress(0, 10);
      state.signal!.addEventListener('abort', () => reject(Object.assign(new Error('The task was aborted'), { name: 'AbortError' })));
      onStart();
    }),
});

describe('the job pipeline', () => {
  it('runs the phases in order, each timed into the job\'s timings, with its progress between its start and end', async () => {
    const events: JobEvent[] = [];
    const jobId = newJob();
    const outcome = await runJob(env.ws.db, env.pool, jobId, { onEvent: (e) => events.push(e) });

    expect(started(events)).toEqual(JOB_PHASES.map((p) => p.name));
    // Each phase finishes before the next starts, and its progress comes in between.
    let open: JobPhaseName | null = null;
    for (const e of events) {
      if (e.type === 'phase-started') {
        expect(open).toBeNull();
        open = e.phase;
      } else if (e.type === 'phase-progress') expect(e.phase).toBe(open);
      else if (e.type === 'phase-finished') {
        expect(e.phase).toBe(open);
        expect(e.elapsedMs).toBeGreaterThanOrEqual(0);
        open = null;
      }
    }
    // The laps stored with the job are the phases' own times.
    const finished = new Map<string, number>();
    for (const e of events) if (e.type === 'phase-finished') finished.set(e.phase, e.elapsedMs);
    const laps = { source: 'sourceMs', vocabulary: 'vocabularyMs', embed: 'embeddingsMs', 'training-set': 'trainingDataMs', coverage: 'coverageMs', profile: 'trainMs', exclusions: 'exclusionsMs', score: 'scoringMs', reasons: 'reasonsMs', diagnostics: 'diagnosticsMs', backtest: 'backtestMs' };
    for (const [phase, lap] of Object.entries(laps)) expect(outcome.timings[lap], lap).toBe(finished.get(phase));
    expect(outcome.timings.saveMs).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(getJob(env.ws.db, jobId)!.timings!)).toEqual(outcome.timings);

    // Progress: the embedding counts records, scoring reports its start and end, the backtest that it began.
    const progress = (phase: JobPhaseName) => events.filter((e) => e.type === 'phase-progress' && e.phase === phase).map((e) => [(e as { processed: number }).processed, (e as { total: number }).total]);
    expect(progress('embed').at(-1)).toEqual([LEADS, LEADS]);
    expect(progress('score')).toEqual([[0, LEADS], [LEADS, LEADS]]);
    expect(progress('backtest')).toEqual([[0, 1]]);
    expect(progress('save')).toEqual([[LEADS, LEADS], [LEADS, LEADS]]);
    expect(events.at(-1)).toEqual({ type: 'job-finished', jobId, outcome });
    expect(outcome).toMatchObject({ jobId, status: 'completed', positives: 40, candidates: 50 });
    // The row keeps the records' count, not the backtest's step.
    expect(getJob(env.ws.db, jobId)).toMatchObject({ status: 'completed', processed: LEADS, total: LEADS });
  }, 60_000);

  it('leaves a job cancelled mid-phase cancelled, with the phases after it never started', async () => {
    const ran: string[] = [];
    const events: JobEvent[] = [];
    const controller = new AbortController();
    const jobId = newJob();
    const phases = [noting('source', ran), waitingForWorker('embed', () => controller.abort()), noting('score', ran)];
    await expect(runPhases(env.ws.db, env.pool, jobId, phases, { signal: controller.signal, onEvent: (e) => events.push(e) })).rejects.toMatchObject({
      code: 'cancelled',
      message: 'The job was cancelled.',
    });
    expect(ran).toEqual(['source']);
    expect(getJob(env.ws.db, jobId)).toMatchObject({ status: 'cancelled', error: 'The job was cancelled.', processed: 0, total: 10 });
    expect(JSON.parse(getJob(env.ws.db, jobId)!.timings!)).toEqual({ sourceMs: expect.any(Number) });
    expect(started(events)).toEqual(['source', 'embed']);
    expect(events.at(-1)).toEqual({ type: 'job-cancelled', jobId, status: 'cancelled', message: 'The job was cancelled.' });
  });

  it('leaves a job whose phase fails failed with that phase\'s message', async () => {
    const ran: string[] = [];
    const events: JobEvent[] = [];
    const failing: JobPhase = {
      name: 'score',
      lap: 'scoringMs',
      run: () => {
        throw new Error('the disk went away');
      },
    };
    const jobId = newJob();
    const error = await runPhases(env.ws.db, env.pool, jobId, [noting('source', ran), failing, noting('reasons', ran)], { onEvent: (e) => events.push(e) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'internal', message: 'The job failed: the disk went away' });
    expect(ran).toEqual(['source']);
    expect(getJob(env.ws.db, jobId)).toMatchObject({ status: 'failed', error: 'The job failed: the disk went away' });
    expect(events.at(-1)).toEqual({ type: 'job-failed', jobId, status: 'failed', code: 'internal', message: 'The job failed: the disk went away' });

    // An error the phase words for the user keeps its own code and message.
    const refused: JobPhase = {
      name: 'source',
      lap: 'sourceMs',
      run: () => {
        throw new AppError('invalid_input', 'The list "won" has no positive examples.');
      },
    };
    const second = newJob();
    await expect(runPhases(env.ws.db, env.pool, second, [refused])).rejects.toMatchObject({ code: 'invalid_input', message: 'The list "won" has no positive examples.' });
    expect(getJob(env.ws.db, second)).toMatchObject({ status: 'failed', error: 'The list "won" has no positive examples.' });
  });

  it('keeps a job completed with its candidates when only its backtest fails, and still reports the failure', async () => {
    const events: JobEvent[] = [];
    const failingBacktest: ComputePool = { ...env.pool, backtest: () => Promise.reject(new Error('the worker exited')) };
    const jobId = newJob('centroid');
    await expect(runJob(env.ws.db, failingBacktest, jobId, { onEvent: (e) => events.push(e) })).rejects.toMatchObject({ code: 'internal', message: 'The job failed: the worker exited' });
    expect(getJob(env.ws.db, jobId)).toMatchObject({ status: 'completed', candidates: 50, error: null });
    expect(jobCandidates(env.ws.db, jobId, 100)).toHaveLength(50);
    expect(events.at(-1)).toMatchObject({ type: 'job-failed', jobId, status: 'completed' });
  }, 60_000);

  it('refuses a job that is not stored, without events', async () => {
    const events: JobEvent[] = [];
    await expect(runJob(env.ws.db, env.pool, 9999, { onEvent: (e) => events.push(e) })).rejects.toMatchObject({ code: 'not_found' });
    expect(events).toEqual([]);
  });
});
