/**
 * Issue 11, item 6: while a slow read (a comparison, a wide file's preview)
 * runs, the web host answers other calls. The read worker here is a fixture
 * (test/fixtures/workers/held-read-worker.mjs) whose tasks hold until the
 * test releases them, so "the slow call is still in flight when the cheap
 * one is answered" is a fact the test arranges, not a race it times.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BroadcastChannel } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-main/contract/errors';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { importLeads, listOf } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';
import { openWorkspaceSession, type WorkspaceSession } from '../../../src-main/services/workspace-session';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../src-main/webhost/server';

const HELD_WORKER = fileURLToPath(new URL('../../fixtures/workers/held-read-worker.mjs', import.meta.url));

let dir: string;
let session: WorkspaceSession;
let host: WebHost;
let channel: BroadcastChannel;
const started: string[] = [];
let onStarted: (() => void) | null = null;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lookalike-reading-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Lookalike Studio</title>');
  mkdirSync(join(dir, 'files'));
  writeFileSync(join(dir, 'files', 'wide.csv'), 'Email,Plan\na@example.org,Pro\n');
  session = openWorkspaceSession(join(dir, 'workspace.db'), { pool: { readWorkerFile: HELD_WORKER }, services: { importFolders: [join(dir, 'files')] } });
  host = await startWebHost({ api: session.api, rendererDir, logError: () => undefined });
  started.length = 0;
  // The fixture talks on a channel named after the workspace file it was given.
  channel = new BroadcastChannel(session.path);
  channel.onmessage = (event) => {
    const text = String(event.data);
    if (!text.startsWith('started ')) return;
    started.push(text.slice('started '.length));
    onStarted?.();
  };
});

afterEach(async () => {
  channel.postMessage('release'); // nothing may stay held
  channel.close();
  await host.close();
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(method: string, payload?: unknown): Promise<Result<T>> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: host.token, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  return (await res.json()) as Result<T>;
}

/** Resolves once the read worker has begun `task`. */
function taskStarted(task: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (started.includes(task)) {
        onStarted = null;
        resolve();
      }
    };
    onStarted = check;
    check();
  });
}

/** Tracks whether a promise has settled, without awaiting it. */
function tracked<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let done = false;
  void promise.finally(() => (done = true)).catch(() => undefined);
  return { promise, settled: () => done };
}

describe('the web host while a slow read runs', () => {
  it('answers workspace.info and lists jobs while a compare is in flight on the read worker', async () => {
    const compare = tracked(call<{ held: string; task: unknown }>('jobs.compare', { jobId: 7, ids: [1, 2, 3] }));
    await taskStarted('compare');

    const info = await call<{ path: string }>('workspace.info');
    expect(info).toMatchObject({ ok: true, data: { path: session.path } });
    expect(await call('jobs.list')).toMatchObject({ ok: true, data: [] });
    expect(compare.settled()).toBe(false);

    channel.postMessage('release');
    // The compare's answer is the worker's, for the payload the host validated and passed on.
    expect(await compare.promise).toEqual({ ok: true, data: { held: 'compare', task: { jobId: 7, ids: [1, 2, 3] } } });
  });

  it("answers while a file's preview is in flight, and the worker's refusal reaches the browser with its code", async () => {
    const path = join(dir, 'files', 'wide.csv');
    const preview = tracked(call('imports.preview', { path }));
    await taskStarted('preview');

    expect(await call('workspace.info')).toMatchObject({ ok: true });
    expect(preview.settled()).toBe(false);

    channel.postMessage('release');
    expect(await preview.promise).toEqual({ ok: false, error: { code: 'file_error', message: `held preview of ${path}`, details: { path } } });
  });

  it('refuses a file outside the allowed folders before any read starts on the worker', async () => {
    const refused = await call('imports.preview', { path: join(dir, 'workspace.db') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(started).toEqual([]);
  });
});

describe("a job's coverage step", () => {
  it('runs on the read worker, started when the job is queued: the job waits in its coverage step while the host answers, then completes with its answer', async () => {
    const ws = tempWorkspace();
    let services: AppServices | null = null;
    const coverageChannel = new BroadcastChannel(ws.path);
    try {
      const ids = await importLeads(
        ws,
        Array.from({ length: 30 }, (_, i) => ({
          'Record ID': `r${i}`,
          'First Name': `Person${i}`,
          Email: `p${i}@example-${i}.org`,
          'Job Title': i % 2 ? 'VP of Sales' : 'Engineer',
          'Country/Region': i % 3 ? 'Germany' : 'France',
        })),
      );
      const list = listOf(ws, 'examples', ['r1', 'r3', 'r5', 'r7'].map((k) => ids.get(k)!));
      services = openAppServices(ws, { threads: 1, readWorkerFile: HELD_WORKER });
      const heard: string[] = [];
      const coverageStarted = new Promise<void>((resolve) => {
        coverageChannel.onmessage = (event) => {
          heard.push(String(event.data));
          if (event.data === 'started coverageGaps') resolve();
        };
      });
      const { jobId } = await services.api['jobs.start']({ source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0, maxResults: 10 });
      await coverageStarted;

      // The queued job started the thread ahead of its coverage step.
      expect(heard).toEqual(['opened', 'started coverageGaps']);
      // The job is held inside its coverage step; other calls are answered meanwhile.
      expect((await services.api['workspace.info']()).path).toBe(ws.path);
      expect((await services.api['jobs.get']({ jobId })).status).toBe('running');

      coverageChannel.postMessage('release');
      const end = await services.jobs.ended(jobId);
      expect(end.type).toBe('job-finished');
      // The gaps are the worker's answer (the fixture finds none).
      expect((await services.api['jobs.get']({ jobId })).coverageGaps).toEqual([]);
    } finally {
      coverageChannel.close();
      await services?.close();
      ws.cleanup();
    }
  }, 60_000);
});
