/**
 * A cold build stopped half-way (cancelled mid-embedding) must leave the
 * embedding cache consistent: only whole shards indexed, each with a file
 * of the right size, and the next run reusing them and ranking exactly as a
 * build from nothing does. Damaged extras cost a record its extras only.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearEmbeddingCache, storedShards } from '../../../src-main/db/queries/embedding-cache';
import { getJob, jobCandidates } from '../../../src-main/db/queries/jobs';
import { forgetMatrices } from '../../../src-main/engine/matrix-cache';
import { runJob } from '../../../src-main/jobs/pipeline';
import { embeddingMatrix } from '../../../src-main/engine/embeddings';
import { buildVocabulary } from '../../../src-main/engine/vocabulary';
import { cacheDir, removeVectors } from '../../../src-main/engine/vector-files';
import { createJob } from '../../../src-main/jobs/create-job';
import { shardLayout } from '../../../src-model/vector-search/shard-layout';
import { SyntheticJobWorkspace } from '../../helpers/synthetic-job-workspace';

const LEADS = 70_000; // five shards

const env = new SyntheticJobWorkspace(LEADS, 300);
beforeAll(() =>
  env.open((ws) => {
    // A few damaged extras, as a hand-edited database could hold: those records keep their other features.
    ws.db.prepare("UPDATE leads SET extra = '{not json' WHERE id % 997 = 0").run();
  }),
);
afterAll(() => env.close());

const ranking = (jobId: number) => jobCandidates(env.ws.db, jobId, 500).map((c) => [c.record_id, c.score]);
const newJob = () => createJob(env.ws.db, { source: { kind: 'list', id: env.list }, minScore: 0, maxResults: 500 });

describe('an interrupted cold build', () => {
  it('cancels a job promptly once its embedding has started', async () => {
    forgetMatrices();
    const controller = new AbortController();
    let processedAtCancel = -1;
    const jobId = newJob();
    await expect(
      runJob(env.ws.db, env.pool, jobId, {
        signal: controller.signal,
        onEvent: (e) => {
          if (e.type === 'phase-progress' && e.phase === 'embed' && processedAtCancel < 0) {
            processedAtCancel = e.processed;
            controller.abort();
          }
        },
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(getJob(env.ws.db, jobId)).toMatchObject({ status: 'cancelled', candidates: 0 });
    expect(processedAtCancel).toBeLessThan(LEADS);
    expect(jobCandidates(env.ws.db, jobId, 10)).toEqual([]);
  }, 60_000);

  it('keeps only whole shards, and the next run reuses them for the same ranking as a build from nothing', async () => {
    forgetMatrices();
    const dir = cacheDir(env.ws.path);
    removeVectors(dir, clearEmbeddingCache(env.ws.db));
    const built = buildVocabulary(env.ws.db, 'leads');
    const controller = new AbortController();
    // Stopped once two shards' worth of pages are in (their files are being written).
    await expect(
      embeddingMatrix(env.ws.db, env.pool, 'leads', { version: built.version, body: built.vocab }, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.processed >= 40_000) controller.abort();
        },
      }),
    ).rejects.toThrow();

    const kept = storedShards(env.ws.db, 'leads');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(5);
    for (const s of kept) expect(statSync(join(dir, s.vectors_file)).size).toBe(shardLayout(s.count, s.dim).bytes);
    const reused = kept.reduce((n, s) => n + s.count, 0);

    const resumed = await runJob(env.ws.db, env.pool, newJob());
    expect(resumed.timings.cachedRows).toBe(reused);
    expect(resumed.timings.embeddedRows).toBe(LEADS - reused);

    forgetMatrices();
    removeVectors(dir, clearEmbeddingCache(env.ws.db));
    const fresh = await runJob(env.ws.db, env.pool, newJob());
    expect(fresh.timings.embeddedRows).toBe(LEADS);
    expect(ranking(fresh.jobId)).toHaveLength(500);
    expect(ranking(resumed.jobId)).toEqual(ranking(fresh.jobId));
  }, 120_000);
});
