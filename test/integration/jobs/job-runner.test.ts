/**
 * The app's job runner (src-main/jobs/job-runner.ts) over the pipeline: the
 * window's `jobs.progress` comes from the pipeline's events, the command
 * line and the benchmarks hear the same events, and every queued job ends
 * with one ending a caller can wait for — also one cancelled before it ran.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobProgressEvent } from '../../../src-main/contract/dto';
import type { JobEvent } from '../../../src-main/jobs/job-events';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { wonListOf } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

const LEADS = 3_000;
let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let list: number;

beforeEach(() => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, LEADS);
  list = wonListOf(ws, 40);
  services = openAppServices(ws, { threads: 2 });
});
afterEach(async () => {
  await services.close();
  ws.cleanup();
});

const request = () => ({ source: { kind: 'list' as const, id: list }, strategy: 'centroid' as const, minScore: 0, maxResults: 20 });

describe('the job runner', () => {
  it('pushes the window\'s progress from the pipeline: queued, embedding, scoring, saving, the backtest, then how it ended', async () => {
    const pushed: JobProgressEvent[] = [];
    services.events.subscribe((event, payload) => {
      if (event === 'jobs.progress') pushed.push(payload as JobProgressEvent);
    });
    const heard: JobEvent[] = [];
    services.jobs.onEvent((e) => heard.push(e));
    const { jobId } = await services.api['jobs.start'](request());
    await services.idle();

    expect(pushed[0]).toMatchObject({ jobId, status: 'pending', phase: null });
    const phases = pushed.slice(1, -1).map((e) => e.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['embedding', 'scoring', 'saving', 'backtest', 'saving']);
    expect(pushed.slice(1, -1).every((e) => e.status === 'running')).toBe(true);
    expect(pushed.at(-1)).toEqual({ jobId, status: 'completed', phase: null, processed: LEADS, total: LEADS });
    // The listeners hear the pipeline's own events, ending with the job's.
    expect(heard.filter((e) => e.type === 'phase-started').length).toBeGreaterThan(10);
    expect(heard.at(-1)).toMatchObject({ type: 'job-finished', jobId, outcome: { candidates: 20 } });
  }, 60_000);

  it('tells how each queued job ended: finished with its outcome, or cancelled before it started', async () => {
    const a = await services.api['jobs.start'](request());
    const b = await services.api['jobs.start'](request());
    const heard: JobEvent[] = [];
    services.jobs.onEvent((e) => heard.push(e));
    expect(await services.api['jobs.cancel']({ jobId: b.jobId })).toEqual({ cancelled: true });
    expect(await services.jobs.ended(b.jobId)).toEqual({ type: 'job-cancelled', jobId: b.jobId, status: 'cancelled', message: 'The job was cancelled before it started.' });
    const first = await services.jobs.ended(a.jobId);
    expect(first).toMatchObject({ type: 'job-finished', jobId: a.jobId, outcome: { status: 'completed', candidates: 20, timings: { scoringMs: expect.any(Number) } } });
    // Asked again after the end, the same answer.
    expect(await services.jobs.ended(a.jobId)).toBe(first);
    expect(heard.filter((e) => e.type === 'job-cancelled').map((e) => e.jobId)).toEqual([b.jobId]);
    await expect(services.jobs.ended(999)).rejects.toMatchObject({ code: 'not_found' });
  }, 60_000);

  it('ends a running job cancelled with the cancellation, whatever phase it was in', async () => {
    const { jobId } = await services.api['jobs.start'](request());
    const off = services.jobs.onEvent((e) => {
      if (e.type === 'phase-started' && e.phase === 'embed') void services.api['jobs.cancel']({ jobId });
    });
    const end = await services.jobs.ended(jobId);
    off();
    expect(end).toEqual({ type: 'job-cancelled', jobId, status: 'cancelled', message: 'The job was cancelled.' });
    expect(await services.api['jobs.get']({ jobId })).toMatchObject({ status: 'cancelled', candidates: 0 });
  }, 60_000);
});
