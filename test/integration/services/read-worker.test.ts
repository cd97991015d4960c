/**
 * The read worker (compute/read-pool.ts, services/read-worker.ts) gives the
 * answers the same functions give on the main thread, from its own read-only
 * connection, and an AppError it meets comes back as the same AppError.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachReadPool, createReadPool, readPoolOf, type PositivesTask, type ReadPool } from '../../../src-main/compute/read-pool';
import { AppError } from '../../../src-main/contract/errors';
import { jobExampleWeights } from '../../../src-main/db/queries/jobs';
import { measureCoverageGaps } from '../../../src-main/engine/coverage-gaps';
import { DEFAULT_JOB_PARAMS } from '../../../src-main/engine/job-params';
import { resolvePositives, type SourceRef } from '../../../src-main/engine/sources';
import { buildVocabulary } from '../../../src-main/engine/vocabulary';
import { currentVocabulary } from '../../../src-main/engine/workspace-vocabulary';
import { vocabularyPhase } from '../../../src-main/jobs/phases/vocabulary';
import type { JobState } from '../../../src-main/jobs/job-state';
import { sourcePhase } from '../../../src-main/jobs/phases/source';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { comparisonOf } from '../../../src-main/services/compare-service';
import { importPreview } from '../../../src-main/services/import-runner';
import { JsonText } from '../../../src-main/contract/json-text';
import { plainData } from '../../helpers/dispatch-calls';
import { importLeads, listOf } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let reads: ReadPool;
let ids: Map<string, number>;
let jobId: number;
let listId: number;

beforeAll(async () => {
  ws = tempWorkspace();
  ids = await importLeads(
    ws,
    Array.from({ length: 40 }, (_, i) => ({
      'Record ID': `r${i}`,
      'First Name': `Person${i}`,
      Email: `p${i}@example-${i}.org`,
      'Job Title': i % 2 ? 'VP of Sales' : 'Nurse',
      'Company Name': `Company ${i}`,
      Industry: i % 2 ? 'Computer Software' : 'Farming',
      'Country/Region': i % 3 ? 'Germany' : 'Brazil',
      // Filled in for the examples only: a coverage gap.
      Plan: i < 24 && i % 2 ? (i % 4 === 1 ? 'Pro' : 'Enterprise') : '',
    })),
  );
  const list = (listId = listOf(ws, 'examples', [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23].map((i) => ids.get(`r${i}`)!)));
  services = openAppServices(ws, { threads: 1 });
  const { jobId: started } = await services.api['jobs.start']({ source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0, maxResults: 30 });
  jobId = started;
  await services.idle();
  reads = createReadPool({ workspacePath: ws.path });
}, 60_000);

afterAll(async () => {
  await reads?.close();
  await services?.close();
  ws?.cleanup();
});

describe('the read worker', () => {
  it('compares records as the main thread does', async () => {
    const chosen = ['r31', 'r2', 'r11'].map((k) => ids.get(k)!);
    expect(await reads.compare({ jobId, ids: chosen })).toEqual(comparisonOf(ws, jobId, chosen));
  });

  it("measures a job's coverage gaps as the main thread does", async () => {
    const vocab = currentVocabulary(ws.db, 'leads')!;
    const rows = jobExampleWeights(ws.db, jobId);
    const examples = { ids: rows.map((r) => r.record_id), weights: rows.map((r) => r.weight) };
    const here = measureCoverageGaps(ws.db, 'leads', vocab, examples);
    expect(here.map((g) => g.field)).toContain('Plan');
    expect(await reads.coverageGaps({ entity: 'leads', vocab, examples })).toEqual(here);
  });

  it('previews a file to import as the main thread does, existing records counted', async () => {
    const path = join(ws.dir, 'more.csv');
    writeFileSync(path, 'Record ID,First Name,Email\nr1,Person1,p1@example-1.org\nnew,New,new@example.org\n');
    const answer = await reads.preview({ path, options: {}, source: { path } });
    expect(answer).toBeInstanceOf(JsonText); // one string across the threads, sent on as it is
    const offThread = plainData(answer);
    expect(offThread).toEqual(await importPreview(path, {}, { path }, ws));
    expect(offThread.existing.matched).toBe(1);
  });

  it("reads a job's examples and their weights as the main thread does, and refuses a source that is not there", async () => {
    const source: SourceRef = { kind: 'list', id: listId };
    const options = { entity: 'leads' as const, weights: { highScore: 1.5 } };
    const here = resolvePositives(ws.db, source, options);
    expect(here.ids).toHaveLength(12);
    expect(await reads.positives({ source, options })).toEqual(here);
    await expect(reads.positives({ source: { kind: 'segment', id: 404 }, options })).rejects.toMatchObject({ code: 'not_found', message: 'No segment 404.' });
  });

  /** Runs a job's source phase with `pool` as the workspace's read worker; the tasks it asked of the pool. */
  const runSourcePhase = async (pool: ReadPool) => {
    const source: SourceRef = { kind: 'list', id: listId };
    const asked: PositivesTask[] = [];
    const own = readPoolOf(ws.db);
    attachReadPool(ws.db, { ...pool, positives: (task: PositivesTask) => (asked.push(task), pool.positives(task)) });
    try {
      const state = { db: ws.db, params: { ...DEFAULT_JOB_PARAMS, entity: 'leads', source } } as unknown as JobState;
      await sourcePhase.run(state, undefined as never);
      expect(state.positives.ids).toEqual(resolvePositives(ws.db, source).ids);
    } finally {
      if (own) attachReadPool(ws.db, own);
    }
    return asked;
  };

  it("is where a job's source phase reads the examples once it is up, and a cold one is not waited for", async () => {
    const source: SourceRef = { kind: 'list', id: listId };
    const cold = createReadPool({ workspacePath: ws.path });
    try {
      // Not started: the examples are read here rather than after the seconds a start can take.
      expect(cold.ready()).toBe(false);
      expect(await runSourcePhase(cold)).toEqual([]);
      // Up and answering: they are read there.
      await cold.duplicates();
      expect(cold.ready()).toBe(true);
      expect(await runSourcePhase(cold)).toEqual([{ source, options: expect.objectContaining({ entity: 'leads' }) }]);
    } finally {
      await cold.close();
    }
    expect(cold.ready()).toBe(false);
  });

  it('waits for a thread the app warmed at open that is still coming up, but not for one a job has only just started', async () => {
    const warmedAtOpen = createReadPool({ workspacePath: ws.path });
    const startedNow = createReadPool({ workspacePath: ws.path });
    try {
      warmedAtOpen.warm({ expected: true });
      expect(warmedAtOpen.ready()).toBe(false);
      expect(await runSourcePhase(warmedAtOpen)).toHaveLength(1);
      startedNow.warm();
      expect(startedNow.ready()).toBe(false);
      expect(await runSourcePhase(startedNow)).toEqual([]);
    } finally {
      await warmedAtOpen.close();
      await startedNow.close();
    }
  });

  it('builds a vocabulary as the main thread does, and is where a job builds one once it is up', async () => {
    const options = { dim: 512, ignoreFields: ['Plan'] };
    const here = buildVocabulary(ws.db, 'leads', options);
    expect(await reads.vocabulary({ entity: 'leads', options })).toEqual(here);
    // A job whose options match no stored vocabulary builds one: on the worker, the same one.
    const asked: unknown[] = [];
    const own = readPoolOf(ws.db);
    attachReadPool(ws.db, { ...reads, vocabulary: (task) => (asked.push(task), reads.vocabulary(task)) });
    try {
      const params = { ...DEFAULT_JOB_PARAMS, entity: 'leads', source: { kind: 'list', id: listId }, dim: 512, ignoreFields: ['Plan', 'Industry'] };
      const state = { db: ws.db, params, pool: { prepareEmbedding: async () => true }, timings: {} } as unknown as JobState;
      await vocabularyPhase.run(state, undefined as never);
      expect(asked).toHaveLength(1);
      expect(state.vocabulary.vocab).toEqual(buildVocabulary(ws.db, 'leads', { dim: 512, ignoreFields: ['Industry', 'Plan'] }).vocab);
    } finally {
      if (own) attachReadPool(ws.db, own);
    }
  });

  it('says a task was cancelled when the workspace closes under it, not that something broke', async () => {
    const closing = createReadPool({ workspacePath: ws.path });
    // Its outcome is awaited from the start: the rejection comes while the thread is being closed.
    const outcome = closing.duplicates().then(
      () => null,
      (error: unknown) => error,
    );
    await closing.close();
    expect(await outcome).toMatchObject({ code: 'cancelled' });
  });

  it('hands back the AppError a task meets, code and all', async () => {
    const refusal = reads.compare({ jobId: 999, ids: [1] });
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toMatchObject({ code: 'not_found', message: 'No lookalike job 999.' });
  });
});
