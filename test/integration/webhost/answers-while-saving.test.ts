/**
 * Issue 11, item 6: while a job saves its results (50k candidates held the
 * web host for tens of seconds when the save ran on the main thread), the
 * host answers other calls, and nothing of the save is visible before it
 * commits. The job worker here is the real one with a hold at the start of
 * the save (test/fixtures/workers/held-job-worker.mjs), so "the job is in its
 * save when the cheap call is answered" is a fact the test arranges, not a
 * race it times.
 *
 * Issue 9, defect 7 on the worker's connection: a save that cannot write
 * the completed status leaves no candidates and keeps the previous job's
 * scores (test/integration/engine/job-finish.test.ts proves it on the
 * calling thread).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BroadcastChannel } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-main/contract/errors';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../src-main/webhost/server';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { wonListOf } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

const HELD_JOB_WORKER = fileURLToPath(new URL('../../fixtures/workers/held-job-worker.mjs', import.meta.url));

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices | null = null;
let host: WebHost | null = null;
let list: number;

beforeEach(() => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, 2_000);
  list = wonListOf(ws, 40);
});

afterEach(async () => {
  await host?.close();
  await services?.close();
  host = null;
  services = null;
  ws.cleanup();
});

async function call<T>(method: string, payload?: unknown): Promise<Result<T>> {
  const res = await fetch(`${host!.origin}/api/${method}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: host!.token, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  return (await res.json()) as Result<T>;
}

const scoresOf = (source: string) =>
  ws.db.prepare('SELECT job_id, count(*) AS n FROM lookalike_scores WHERE source = ? GROUP BY job_id').all(source) as { job_id: number; n: number }[];
const candidatesOf = (jobId: number) => ws.db.prepare('SELECT count(*) FROM lookalike_candidates WHERE job_id = ?').pluck().get(jobId);
const request = () => ({ source: { kind: 'list' as const, id: list }, minScore: 0, maxResults: 50, strategy: 'centroid' as const });

describe('the web host while a job saves its results', () => {
  it('answers other calls while the save is held, shows none of it before it commits, then completes the job with it', async () => {
    const rendererDir = join(ws.dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Lookalike Studio</title>');
    services = openAppServices(ws, { threads: 1, jobWorkerFile: HELD_JOB_WORKER });
    host = await startWebHost({ api: services.api, rendererDir, logError: () => undefined });
    const channel = new BroadcastChannel(`${ws.path}#job`);
    try {
      const saveStarted = new Promise<void>((resolve) => {
        channel.onmessage = (event) => {
          if (event.data === 'started complete') resolve();
        };
      });
      const started = await call<{ jobId: number }>('jobs.start', request());
      expect(started.ok).toBe(true);
      const jobId = (started as { data: { jobId: number } }).data.jobId;
      await saveStarted;

      // The job is held in its save: the host answers, and the job is not completed yet.
      expect(await call('workspace.info')).toMatchObject({ ok: true, data: { path: ws.path } });
      expect(await call('jobs.get', { jobId, limit: 0 })).toMatchObject({ ok: true, data: { status: 'running' } });
      expect(await call('jobs.candidates', { jobId, offset: 0, limit: 10 })).toMatchObject({ ok: true, data: { total: 0 } });
      expect(scoresOf(`list:${list}`)).toEqual([]);
      // A write waits for the save (the worker holds the write lock; SQLite's busy handler would sleep
      // the main thread instead), without holding up the reads around it.
      let created = false;
      const creating = call<{ id: number }>('lists.create', { name: 'Made while saving', entity: 'leads' }).then((r) => {
        created = true;
        return r;
      });
      expect(await call('workspace.info')).toMatchObject({ ok: true });
      expect(created).toBe(false);

      channel.postMessage('release');
      expect(await creating).toMatchObject({ ok: true, data: { id: expect.any(Number) } });
      const end = await services.jobs.ended(jobId);
      expect(end.type).toBe('job-finished');
      expect(await call('jobs.get', { jobId, limit: 0 })).toMatchObject({ ok: true, data: { status: 'completed', candidates: 50 } });
      expect(candidatesOf(jobId)).toBe(50);
      expect(scoresOf(`list:${list}`)).toEqual([{ job_id: jobId, n: 50 }]);
    } finally {
      channel.postMessage('release'); // nothing may stay held
      channel.close();
    }
  }, 60_000);
});

describe("a job's save on the job worker", () => {
  it("keeps the previous job's scores and stores no candidates when the completed status cannot be written", async () => {
    services = openAppServices(ws, { threads: 1 });
    const first = await services.api['jobs.start'](request());
    expect((await services.jobs.ended(first.jobId)).type).toBe('job-finished');
    expect(scoresOf(`list:${list}`)).toEqual([{ job_id: first.jobId, n: 50 }]);

    // Written into the file (not TEMP, which only the test's connection would see): the worker's connection fires it.
    ws.db.exec(`CREATE TRIGGER status_write_fails BEFORE UPDATE OF status ON lookalike_jobs
      WHEN NEW.status = 'completed' BEGIN SELECT RAISE(ABORT, 'the disk went away'); END`);
    try {
      const second = await services.api['jobs.start'](request());
      const end = await services.jobs.ended(second.jobId);
      expect(end).toMatchObject({ type: 'job-failed', message: expect.stringMatching(/disk went away/) });
      expect(await services.api['jobs.get']({ jobId: second.jobId, limit: 0 })).toMatchObject({ status: 'failed', candidates: 0 });
      expect(candidatesOf(second.jobId)).toBe(0);
      expect(scoresOf(`list:${list}`)).toEqual([{ job_id: first.jobId, n: 50 }]);
    } finally {
      ws.db.exec('DROP TRIGGER status_write_fails');
    }
  }, 60_000);
});
