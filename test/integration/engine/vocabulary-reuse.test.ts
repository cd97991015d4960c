/**
 * A small import re-embeds only the shards it touched: the stored
 * vocabulary goes on encoding while a fresh one from the grown data is
 * within tolerance of it, and the partly rebuilt matrix ranks exactly as a
 * build from nothing under that vocabulary. An import that brings a new
 * field to many records does change the vocabulary, and every shard is then
 * re-embedded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearEmbeddingCache, saveVocabulary, storedVocabulary, SHARD_SIZE } from '../../../src-main/db/queries/embedding-cache';
import { jobCandidates } from '../../../src-main/db/queries/jobs';
import { forgetMatrices } from '../../../src-main/engine/matrix-cache';
import { runJob } from '../../../src-main/jobs/pipeline';
import { buildVocabulary } from '../../../src-main/engine/vocabulary';
import { cacheDir, removeVectors } from '../../../src-main/engine/vector-files';
import { createJob } from '../../../src-main/jobs/create-job';
import { importLeads } from '../../helpers/engine-workspace';
import { SyntheticJobWorkspace } from '../../helpers/synthetic-job-workspace';

const LEADS = 40_000; // three shards: ids 1–16383, 16384–32767, 32768–40000

const env = new SyntheticJobWorkspace(LEADS, 300);
beforeAll(() => env.open());
afterAll(() => env.close());

const run = () => runJob(env.ws.db, env.pool, createJob(env.ws.db, { source: { kind: 'list', id: env.list }, minScore: 0, maxResults: 500 }));
const ranking = (jobId: number) => jobCandidates(env.ws.db, jobId, 500).map((c) => [c.record_id, c.score]);
const vocabularyVersion = () => storedVocabulary(env.ws.db, 'leads')!.version;
const TITLES = ['VP of Sales', 'Marketing Manager', 'Data Scientist', 'Account Executive'];
const SOURCES = ['Webinar', 'Organic', 'Paid', 'Referral'];

describe('the vocabulary after an import', () => {
  it('stays, so a small import re-embeds only the shard its records landed in', async () => {
    const first = await run();
    expect(first.timings).toMatchObject({ embeddedRows: LEADS, vocabularyKept: 0 });
    const version = vocabularyVersion();

    // 1,000 new leads, ids after the last, all in the third shard; they view more pages than most, which
    // moves the fresh sample's Page Views quartiles a little (a new vocabulary by content, though not by much).
    const NEW = 1_000;
    await importLeads(
      env.ws,
      Array.from({ length: NEW }, (_, i) => ({
        'Record ID': `new-${i}`,
        'First Name': `New${i}`,
        Email: `new${i}@mail.example`,
        'Job Title': TITLES[i % TITLES.length]!,
        Country: 'Germany',
        'Lead Source': SOURCES[i % SOURCES.length]!,
        'Page Views': String(40 + (i % 10)),
      })),
      'new-leads.csv',
    );
    const total = LEADS + NEW;
    const lastShardRows = total - (2 * SHARD_SIZE - 1);
    expect(buildVocabulary(env.ws.db, 'leads').version).not.toBe(version);

    const second = await run();
    expect(second.timings).toMatchObject({ vocabularyKept: 1, embeddedRows: lastShardRows, cachedRows: total - lastShardRows });
    expect(vocabularyVersion()).toBe(version);

    // The same vocabulary, every shard rebuilt: the same ranking.
    const kept = storedVocabulary(env.ws.db, 'leads')!;
    forgetMatrices();
    removeVectors(cacheDir(env.ws.path), clearEmbeddingCache(env.ws.db));
    saveVocabulary(env.ws.db, 'leads', kept.version, JSON.parse(kept.body));
    const rebuilt = await run();
    expect(rebuilt.timings).toMatchObject({ vocabularyKept: 1, embeddedRows: total });
    expect(ranking(second.jobId)).toHaveLength(500);
    expect(ranking(second.jobId)).toEqual(ranking(rebuilt.jobId));
  }, 120_000);

  it('changes when an import brings a new field to many records, and then every shard is re-embedded', async () => {
    const version = vocabularyVersion();
    // Every fourth lead of the seeded ones gains a plan (merged by record id).
    const ids = env.ws.db.prepare('SELECT record_id FROM leads WHERE id % 4 = 0 AND id <= ?').pluck().all(LEADS) as string[];
    await importLeads(env.ws, ids.map((id, i) => ({ 'Record ID': id, Plan: ['Free', 'Pro', 'Enterprise'][i % 3]! })), 'plans.csv');

    const after = await run();
    expect(after.timings).toMatchObject({ vocabularyKept: 0, embeddedRows: LEADS + 1_000 });
    expect(vocabularyVersion()).not.toBe(version);
    expect(JSON.parse(storedVocabulary(env.ws.db, 'leads')!.body).vocab.leadCategorical).toContain('Plan');
  }, 120_000);
});
