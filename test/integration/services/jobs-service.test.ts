/**
 * The app's jobs API: jobs start in the background, one at a time, show
 * their progress while they run, and can be cancelled queued or running.
 * Through the real dispatch table, so payload validation is covered too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CandidatePage, JobDetailDto, ScoreHistogram } from '../../../src-main/contract/dto';
import { createDispatch, type Dispatch } from '../../../src-main/ipc/dispatch';
import { dispatchCalls } from '../../helpers/dispatch-calls';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let call: Dispatch;
const { ok } = dispatchCalls(() => call);
let list: number;

beforeEach(() => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, 30_000);
  list = insertList(ws.db, 'won', 'leads');
  addListMembers(ws.db, list, 'leads', ws.db.prepare("SELECT id FROM leads WHERE outcome = 'won' LIMIT 200").pluck().all() as number[]);
  services = openAppServices(ws, { threads: 2 });
  call = createDispatch(services.api, { logError: () => undefined });
});
afterEach(async () => {
  await services.close();
  ws.cleanup();
});

const job = (jobId: number, limit = 5) => ok<JobDetailDto>('jobs.get', { jobId, limit });

describe('jobs API', () => {
  it('starts a job in the background and shows it finished with its progress and ranked candidates', async () => {
    const { jobId } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: list }, minScore: 0, maxResults: 50 });
    expect(['pending', 'running']).toContain((await job(jobId)).status); // answered before the job is done
    await services.idle();
    const done = await job(jobId, 3);
    expect(done).toMatchObject({ status: 'completed', positives: 200, candidates: 50, progress: { processed: 30_000, total: 30_000 } });
    expect(done.top).toHaveLength(3);
    const first = done.top[0]!;
    // The default strategy explains log-odds: an average record's, plus each block's contribution, is exactly
    // the logit of the shown score (a contribution may be negative: it counts against).
    expect(done.strategy?.requested).toBe('auto');
    expect(first.base).not.toBeNull();
    const sum = Object.values(first.reasons).reduce((a, b) => a + b, first.base!);
    expect(sum).toBeCloseTo(Math.log(first.score / (1 - first.score)), 5);
    expect(first.details.length).toBeGreaterThan(0);
    expect(done.backtest?.summary).toMatch(/^Recovers \d+% of held-out examples in the top fifth/);
    expect((await ok<{ id: number }[]>('jobs.list')).map((j) => j.id)).toEqual([jobId]);
  }, 60_000);

  it('pages through a job\'s candidates with worded reasons, and bins their scores', async () => {
    const { jobId } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: list }, minScore: 0, maxResults: 50 });
    await services.idle();
    const page = await ok<CandidatePage>('jobs.candidates', { jobId, offset: 10, limit: 5 });
    expect(page).toMatchObject({ jobId, total: 50, offset: 10 });
    expect(page.candidates.map((c) => c.rank)).toEqual([11, 12, 13, 14, 15]);
    for (const c of page.candidates) {
      expect(c.topReasons.length).toBeGreaterThan(0);
      expect(c.topReasons.length).toBeLessThanOrEqual(4); // up to three for, one against
      expect(c.topReasons[0]!.contribution).toBe(Math.max(...c.details.map((d) => d.contribution)));
      expect(c.topReasons[0]!.label).toBe(`${c.details.find((d) => d.contribution === c.topReasons[0]!.contribution)!.field} = ${c.details.find((d) => d.contribution === c.topReasons[0]!.contribution)!.value}`);
    }
    const all = await ok<CandidatePage>('jobs.candidates', { jobId, limit: 50 });
    const histogram = await ok<ScoreHistogram>('jobs.histogram', { jobId, bins: 10 });
    expect(histogram.bins).toHaveLength(10);
    expect(histogram.bins.reduce((n, b) => n + b.count, 0)).toBe(50);
    for (const [i, b] of histogram.bins.entries()) {
      const inBin = all.candidates.filter((c) => (i === 9 ? c.score >= b.from : c.score >= b.from && c.score < b.to)).length;
      expect(b.count, `bin ${i}`).toBe(inBin);
    }
    expect(await call('jobs.candidates', { jobId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('jobs.candidates', { jobId, limit: 5000 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  }, 60_000);

  it('runs jobs one at a time, in the order they were started', async () => {
    const a = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: list }, minScore: 0 });
    const b = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: list }, minScore: 0, filters: ['country = Germany'] });
    expect((await job(b.jobId)).status).toBe('pending');
    await services.idle();
    const [ja, jb] = [await job(a.jobId), await job(b.jobId)];
    expect([ja.status, jb.status]).toEqual(['completed', 'completed']);
    expect(Date.parse(jb.startedAt!)).toBeGreaterThanOrEqual(Date.parse(ja.finishedAt!));
  }, 60_000);

  it('cancels a queued job before it starts and a running one promptly; a finished job is not cancelled', async () => {
    const a = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: list } });
    const b = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: list } });
    expect(await ok('jobs.cancel', { jobId: b.jobId })).toEqual({ cancelled: true });
    expect(await job(b.jobId)).toMatchObject({ status: 'cancelled', startedAt: null });
    expect(await ok('jobs.cancel', { jobId: a.jobId })).toEqual({ cancelled: true });
    await services.idle();
    expect((await job(a.jobId)).status).toBe('cancelled');
    expect(await ok('jobs.cancel', { jobId: a.jobId })).toEqual({ cancelled: false });
    const unknown = await call('jobs.cancel', { jobId: 999 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 60_000);

  it('refuses bad requests with a clear error and queues nothing', async () => {
    const cases: [unknown, string][] = [
      [{ source: { kind: 'segment', id: 42 } }, 'not_found'],
      [{ source: { kind: 'list', id: list }, filters: ['country'] }, 'invalid_input'],
      [{ source: { kind: 'list', id: list }, filters: ['= Germany'] }, 'invalid_input'],
      [{ source: { kind: 'list', id: list }, minScore: 2 }, 'invalid_input'],
      [{ source: { kind: 'list', id: list }, rogue: true }, 'invalid_input'],
      [{ source: { kind: 'table; DROP TABLE leads', id: 1 } }, 'invalid_input'],
    ];
    for (const [payload, code] of cases) expect(await call('jobs.start', payload)).toMatchObject({ ok: false, error: { code } });
    expect(await ok('jobs.list')).toEqual([]);
  });

  it('deletes a finished job with its candidates and the scores it wrote back, and refuses one still running', async () => {
    const { jobId: first } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: list }, minScore: 0, maxResults: 20 });
    await services.idle();
    const scores = () => ws.db.prepare('SELECT count(*) FROM lookalike_scores WHERE job_id = ?').pluck().get(first) as number;
    expect(scores()).toBe(20);
    const { jobId: running } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: list }, minScore: 0, maxResults: 20 });
    expect(await call('jobs.delete', { jobId: running })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('cancel') } });
    await services.idle();

    expect(await ok('jobs.delete', { jobId: first })).toEqual({ deleted: true });
    expect((await ok<{ id: number }[]>('jobs.list')).map((j) => j.id)).toEqual([running]);
    expect(scores()).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM lookalike_candidates WHERE job_id = ?').pluck().get(first)).toBe(0);
    expect(await call('jobs.candidates', { jobId: first })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('jobs.delete', { jobId: first })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 60_000);
});
