/**
 * A job's training set is read from the vector files straight into shared
 * memory (backtestDataFrom's `sharedRows`), so it reaches the workers without
 * a copy and the main thread never touches a fresh 100 MB buffer in one piece;
 * read either way, the rows and the sets drawn from them are the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedVocabulary } from '../../../src-main/db/queries/embedding-cache';
import { backtestDataFrom } from '../../../src-main/engine/backtest-data';
import { embeddingMatrix } from '../../../src-main/engine/embeddings';
import { DEFAULT_JOB_PARAMS } from '../../../src-main/engine/job-params';
import { resolvePositives } from '../../../src-main/engine/sources';
import { createJob } from '../../../src-main/jobs/create-job';
import { runJob } from '../../../src-main/jobs/pipeline';
import { SyntheticJobWorkspace } from '../../helpers/synthetic-job-workspace';

const env = new SyntheticJobWorkspace(3_000, 120);
beforeAll(() => env.open());
afterAll(() => env.close());

describe("a job's training rows", () => {
  it('are read into shared memory when asked, the same rows as an ordinary read', async () => {
    const source = { kind: 'list' as const, id: env.list };
    // A job embeds the workspace and stores its vocabulary.
    await runJob(env.ws.db, env.pool, createJob(env.ws.db, { source, strategy: 'centroid', minScore: 0, maxResults: 10 }));
    const vocab = storedVocabulary(env.ws.db, 'leads')!;
    const body = (JSON.parse(vocab.body) as { vocab: Parameters<typeof embeddingMatrix>[3]['body'] }).vocab;
    const m = await embeddingMatrix(env.ws.db, env.pool, 'leads', { version: vocab.version, body });
    const spec = { ...DEFAULT_JOB_PARAMS, entity: 'leads' as const, source };
    const positives = resolvePositives(env.ws.db, source);
    const options = { maxAllRows: 1_000, sampleSize: 1_000, seed: 5 };
    const plain = await backtestDataFrom(env.ws.db, m, spec, positives, options);
    const shared = await backtestDataFrom(env.ws.db, m, spec, positives, { ...options, sharedRows: true });
    expect(plain.data.rows.buffer).toBeInstanceOf(ArrayBuffer);
    expect(shared.data.rows.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.data.rows.length).toBe(plain.ids.length * m.dim);
    expect(plain.data.rows.some((v) => v !== 0)).toBe(true);
    expect(Array.from(shared.data.rows)).toEqual(Array.from(plain.data.rows));
    expect(shared.ids).toEqual(plain.ids);
    expect(shared.data.examples).toEqual(plain.data.examples);
  });
});
