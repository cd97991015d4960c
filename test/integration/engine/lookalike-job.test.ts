/**
 * Known answers of the lookalike engine, run through the real job path:
 * import → list → job on the Piscina pool (source workers via tsx).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import { createComputePool, type ComputePool } from '../../../src-main/compute/pool';
import { getJob, insertJob, jobCandidates, markInterruptedJobs } from '../../../src-main/db/queries/jobs';
import { runJob } from '../../../src-main/jobs/pipeline';
import { createJob } from '../../../src-main/jobs/create-job';
import { cacheDir } from '../../../src-main/engine/vector-files';
import { forgetMatrices } from '../../../src-main/engine/matrix-cache';
import { importLeads, listOf, type LeadRow } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let pool: ComputePool;
beforeAll(() => {
  pool = createComputePool({ threads: 2 });
});
afterAll(async () => {
  await pool.close();
});

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

const lead = (id: string, o: Partial<LeadRow>): LeadRow => ({
  'Record ID': id,
  'First Name': `Person${id}`,
  Email: `p${id}@example-${id}.org`,
  'Job Title': '',
  'Company Name': '',
  'Website URL': '',
  Industry: '',
  'Number of Employees': '',
  'Country/Region': '',
  ...o,
});

// Country/Region is the contact's own location (lead part); company attributes make the company part.
const software = { 'Company Name': 'Acme', 'Website URL': 'acme.io', Industry: 'Computer Software', 'Number of Employees': '11-50', 'Country/Region': 'Germany' };
const farming = { 'Company Name': 'Greenfields', 'Website URL': 'greenfields.farm', Industry: 'Farming', 'Number of Employees': '5000', 'Country/Region': 'Brazil' };

function candidates(jobId: number) {
  return jobCandidates(ws.db, jobId, 1000).map((c) => ({ ...c, reasons: JSON.parse(c.reasons) as Record<string, number> }));
}

describe('lookalike job', () => {
  it('scores a candidate identical to the profile 1.0 and one sharing no feature 0, with reasons adding up to the score', async () => {
    const ids = await importLeads(ws, [
      lead('1', { ...software, 'Job Title': 'VP of Sales' }),
      lead('2', { ...software, 'Job Title': 'VP of Sales' }), // same company, same title: identical features
      lead('3', { ...farming, 'Job Title': 'Veterinarian' }),
    ]);
    const list = listOf(ws, 'seed', [ids.get('1')!]);
    const jobId = createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0, maxResults: 10 });
    const out = await runJob(ws.db, pool, jobId);
    expect(out).toMatchObject({ status: 'completed', positives: 1 });
    const c = candidates(jobId);
    const twin = c.find((x) => x.record_id === ids.get('2'))!;
    expect(twin.score).toBeCloseTo(1, 6);
    expect(twin.rank).toBe(1);
    const stranger = c.find((x) => x.record_id === ids.get('3'));
    // min score 0 keeps it, and it shares nothing.
    expect(stranger?.score ?? 0).toBeCloseTo(0, 6);
    for (const x of c) {
      const sum = Object.values(x.reasons).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - x.score)).toBeLessThan(1e-6);
    }
  });

  it('splits the score 0.7 company / 0.3 lead', async () => {
    const ids = await importLeads(ws, [
      lead('1', { ...software, 'Job Title': 'VP of Sales' }),
      lead('2', { ...software, 'Job Title': 'Veterinarian', 'Country/Region': 'Japan' }), // same company, nothing in common as a person
      lead('3', { ...farming, 'Job Title': 'VP of Sales', 'Country/Region': 'Germany' }), // same person profile, nothing in common as a company
    ]);
    const list = listOf(ws, 'seed', [ids.get('1')!]);
    const jobId = createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0, maxResults: 10 });
    await runJob(ws.db, pool, jobId);
    const c = candidates(jobId);
    expect(c.find((x) => x.record_id === ids.get('2'))!.score).toBeCloseTo(0.7, 6);
    expect(c.find((x) => x.record_id === ids.get('3'))!.score).toBeCloseTo(0.3, 6);
  });

  it('scores a record without company data on its lead part only, and says the company part was missing', async () => {
    const ids = await importLeads(ws, [
      lead('1', { ...software, 'Job Title': 'VP of Sales' }),
      lead('2', { 'Job Title': 'VP of Sales', 'Country/Region': 'Germany' }), // no company at all
    ]);
    const list = listOf(ws, 'seed', [ids.get('1')!]);
    const jobId = createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0 });
    await runJob(ws.db, pool, jobId);
    const [only] = jobCandidates(ws.db, jobId, 10);
    expect(only!.score).toBeCloseTo(0.3, 6);
    expect(JSON.parse(only!.reasons).missing).toEqual(['company']);
  });

  it('never returns the positives, and honours min score, max results and exclusion lists', async () => {
    const rows: LeadRow[] = [];
    for (let i = 1; i <= 40; i++) {
      rows.push(lead(String(i), i % 2 ? { ...software, 'Job Title': i % 4 === 1 ? 'VP of Sales' : 'Account Executive' } : { ...farming, 'Job Title': 'Farm Manager' }));
    }
    const ids = await importLeads(ws, rows);
    const seed = [1, 3, 5].map((i) => ids.get(String(i))!);
    const list = listOf(ws, 'seed', seed);
    const excluded = listOf(ws, 'already contacted', [ids.get('7')!, ids.get('9')!]);

    const all = createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0, maxResults: 1000 });
    await runJob(ws.db, pool, all);
    const everyone = candidates(all);
    expect(everyone.map((c) => c.record_id)).not.toEqual(expect.arrayContaining([seed[0]]));
    expect(everyone).toHaveLength(37);
    // Sorted by score, ties by record order.
    for (let i = 1; i < everyone.length; i++) expect(everyone[i - 1]!.score).toBeGreaterThanOrEqual(everyone[i]!.score);

    const strict = createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0.9, maxResults: 5, exclude: [{ kind: 'list', id: excluded }] });
    await runJob(ws.db, pool, strict);
    const top = candidates(strict);
    expect(top.length).toBeLessThanOrEqual(5);
    expect(top.length).toBeGreaterThan(0);
    for (const c of top) {
      expect(c.score).toBeGreaterThanOrEqual(0.9);
      expect(seed).not.toContain(c.record_id);
      expect([ids.get('7'), ids.get('9')]).not.toContain(c.record_id);
    }
    // The latest score per source is written back for segments and exports.
    const written = ws.db.prepare("SELECT count(*) AS n FROM lookalike_scores WHERE source = ?").get(`list:${list}`) as { n: number };
    expect(written.n).toBe(top.length);
  });

  it('applies filters to the candidates', async () => {
    const ids = await importLeads(ws, [
      lead('1', { ...software, 'Job Title': 'VP of Sales' }),
      lead('2', { ...software, 'Job Title': 'VP of Sales', 'Country/Region': 'France' }),
      lead('3', { ...software, 'Job Title': 'VP of Sales' }),
    ]);
    const list = listOf(ws, 'seed', [ids.get('1')!]);
    const jobId = createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0, filters: [{ field: 'country', op: '=', values: ['France'] }] });
    await runJob(ws.db, pool, jobId);
    expect(candidates(jobId).map((c) => c.record_id)).toEqual([ids.get('2')]);
  });

  it('reuses cached embeddings and re-embeds only after records change', async () => {
    const ids = await importLeads(ws, [lead('1', { ...software, 'Job Title': 'VP of Sales' }), lead('2', { ...farming, 'Job Title': 'CTO' })]);
    const list = listOf(ws, 'seed', [ids.get('1')!]);
    const first = await runJob(ws.db, pool, createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0 }));
    expect(first.timings.embeddedRows).toBe(2);
    const second = await runJob(ws.db, pool, createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0 }));
    expect(second.timings).toMatchObject({ embeddedRows: 0, cachedRows: 2, inMemory: 1 });
    forgetMatrices();
    const fromFiles = await runJob(ws.db, pool, createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0 }));
    expect(fromFiles.timings).toMatchObject({ embeddedRows: 0, cachedRows: 2, inMemory: 0 });
    await importLeads(ws, [lead('2', { ...farming, 'Job Title': 'Chief Farmer' })], 'update.csv');
    const third = await runJob(ws.db, pool, createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0 }));
    expect(third.timings.embeddedRows).toBe(2); // the one shard holding the changed record
    // A new process (no matrix in memory) reads the vector files; a lost or damaged file only costs a rebuild.
    forgetMatrices();
    const dir = cacheDir(ws.path);
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), 'truncated');
    const fourth = await runJob(ws.db, pool, createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0 }));
    expect(fourth.timings.embeddedRows).toBe(2);
    expect(candidates(fourth.jobId)[0]!.score).toBeCloseTo(candidates(third.jobId)[0]!.score, 6);
  });

  it('fails clearly on a source without positives and on an unknown source', async () => {
    await importLeads(ws, [lead('1', software)]);
    const empty = listOf(ws, 'empty', []);
    const jobId = createJob(ws.db, { source: { kind: 'list', id: empty } });
    await expect(runJob(ws.db, pool, jobId)).rejects.toThrow(/no positive examples/);
    expect(getJob(ws.db, jobId)).toMatchObject({ status: 'failed', error: expect.stringMatching(/no positive examples/) });
    expect(() => createJob(ws.db, { source: { kind: 'segment', id: 99 } })).toThrow(AppError);
  });

  it('refuses an embedding dimension too small for the named blocks', async () => {
    await importLeads(ws, [lead('1', software)]);
    const list = listOf(ws, 'seed', [1]);
    expect(() => createJob(ws.db, { source: { kind: 'list', id: list }, dim: 64 })).toThrow(/dimension 64 is not usable/);
  });

  it('leaves a cancelled job cancelled', async () => {
    const ids = await importLeads(ws, [lead('1', software), lead('2', farming)]);
    const list = listOf(ws, 'seed', [ids.get('1')!]);
    const jobId = createJob(ws.db, { source: { kind: 'list', id: list } });
    const controller = new AbortController();
    controller.abort();
    await expect(runJob(ws.db, pool, jobId, { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
    expect(getJob(ws.db, jobId)!.status).toBe('cancelled');
  });

  it('fails the job, not the process, when a worker dies', async () => {
    const ids = await importLeads(ws, [lead('1', software), lead('2', farming)]);
    const list = listOf(ws, 'seed', [ids.get('1')!]);
    const crashing = createComputePool({ threads: 1, workerFile: new URL('../../fixtures/workers/crashing-worker.mjs', import.meta.url).pathname });
    try {
      const jobId = createJob(ws.db, { source: { kind: 'list', id: list } });
      await expect(runJob(ws.db, crashing, jobId)).rejects.toThrow(/job failed/i);
      expect(getJob(ws.db, jobId)).toMatchObject({ status: 'failed', error: expect.stringMatching(/exit|worker/i) });
    } finally {
      await crashing.close();
    }
  });

  it('marks jobs a crash left running as interrupted', async () => {
    await importLeads(ws, [lead('1', software)]);
    const jobId = insertJob(ws.db, { entity: 'leads', sourceKind: 'list', sourceId: 1, sourceName: 'x', params: {} });
    // Its runner: a process that has exited.
    ws.db.prepare("UPDATE lookalike_jobs SET status = 'running', runner = ? WHERE id = ?").run(`${hostname()} ${spawnSync(process.execPath, ['-e', '0']).pid}`, jobId);
    expect(markInterruptedJobs(ws.db)).toBe(1);
    expect(getJob(ws.db, jobId)).toMatchObject({ status: 'interrupted', error: expect.stringMatching(/run it again/) });
  });
});
