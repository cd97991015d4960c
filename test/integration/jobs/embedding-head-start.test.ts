/**
 * A job asks the workers to load the embedding code as it starts building
 * its vocabulary, before it sends the first page to embed: on a cold job at
 * a million leads the first page then need not wait for the load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComputePool } from '../../../src-main/compute/pool';
import { createJob } from '../../../src-main/jobs/create-job';
import type { JobEvent } from '../../../src-main/jobs/job-events';
import { runJob } from '../../../src-main/jobs/pipeline';
import { SyntheticJobWorkspace } from '../../helpers/synthetic-job-workspace';

const env = new SyntheticJobWorkspace(3_000, 30);
beforeAll(() => env.open());
afterAll(() => env.close());

describe('the embedding code', () => {
  it('is loaded on the workers as a cold job starts its vocabulary, before its first page, and the job ranks as usual', async () => {
    const calls: string[] = [];
    let prepared: Promise<boolean> | undefined;
    const pool: ComputePool = {
      ...env.pool,
      prepareEmbedding: () => {
        calls.push('prepare');
        prepared = env.pool.prepareEmbedding();
        return prepared;
      },
      embedPage: (task, signal) => (calls.push('page'), env.pool.embedPage(task, signal)),
    };
    const phases: string[] = [];
    const jobId = createJob(env.ws.db, { source: { kind: 'list', id: env.list }, strategy: 'centroid', minScore: 0, maxResults: 20 });
    await runJob(env.ws.db, pool, jobId, {
      onEvent: (e: JobEvent) => {
        if (e.type === 'phase-started') phases.push(e.phase);
        if (e.type === 'phase-started' && (e.phase === 'vocabulary' || e.phase === 'embed')) calls.push(e.phase);
      },
    });
    expect(calls.slice(0, 3)).toEqual(['vocabulary', 'prepare', 'embed']);
    expect(calls.filter((c) => c === 'page').length).toBeGreaterThan(0);
    expect(calls.filter((c) => c === 'prepare')).toHaveLength(1);
    expect(phases).toContain('save');
    // Every worker loaded it (the task exists in the worker the app runs).
    await expect(prepared).resolves.toBe(true);
  }, 60_000);
});
