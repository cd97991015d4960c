/**
 * A job run again with only what it keeps changed (minimum score, how many,
 * filters) reuses the scorer trained for the first run — the bulk of a warm
 * job at scale — and ranks exactly as a fresh training would. A change the
 * training sees (another example) trains again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComputePool, type ComputePool } from '../../../src-main/compute/pool';
import { jobCandidates } from '../../../src-main/db/queries/jobs';
import { addListMembers } from '../../../src-main/db/queries/lists';
import { forgetTrainings } from '../../../src-main/engine/training-cache';
import { runJob } from '../../../src-main/jobs/pipeline';
import { createJob } from '../../../src-main/jobs/create-job';
import { importLeads, listOf, type LeadRow } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let pool: ComputePool;
let trains = 0;
let ws: ReturnType<typeof tempWorkspace>;
let list: number;
let ids: Map<string, number>;

const industries = ['Computer Software', 'Farming', 'Banking', 'Retail'];
const rows: LeadRow[] = Array.from({ length: 400 }, (_, i) => ({
  'Record ID': String(i + 1),
  'First Name': `P${i}`,
  Email: `p${i}@c${i % 97}.org`,
  'Job Title': i % 3 === 0 ? 'VP of Sales' : 'Engineer',
  'Company Name': `C${i % 97}`,
  'Website URL': `c${i % 97}.org`,
  Industry: industries[i % 4]!,
  'Number of Employees': i % 2 ? '11-50' : '5000',
  'Country/Region': i % 5 ? 'Germany' : 'Brazil',
}));

beforeAll(async () => {
  const real = createComputePool({ threads: 2 });
  // The real pool, counting trainings.
  pool = { ...real, train: (task, signal) => (trains++, real.train(task, signal)), close: () => real.close() } as ComputePool;
  ws = tempWorkspace();
  ids = await importLeads(ws, rows);
  // Examples: software VPs.
  list = listOf(ws, 'software VPs', rows.filter((_, i) => i % 12 === 0).map((r) => ids.get(String(r['Record ID']))!));
}, 60_000);
afterAll(async () => {
  await pool.close();
  ws.cleanup();
});

const ranking = (jobId: number) => jobCandidates(ws.db, jobId, 1000).map((c) => [c.record_id, c.score]);

describe('trained scorers kept between jobs', () => {
  it('reuses the scorer when only the minimum score and the count change, ranking as a fresh training does', async () => {
    forgetTrainings();
    trains = 0;
    const first = createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'learned', minScore: 0, maxResults: 300 });
    await runJob(ws.db, pool, first);
    const afterFirst = trains;
    expect(afterFirst).toBeGreaterThan(0);
    const second = createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'learned', minScore: 0.2, maxResults: 50 });
    await runJob(ws.db, pool, second);
    expect(trains).toBe(afterFirst);
    const expected = ranking(first).filter(([, s]) => (s as number) >= 0.2).slice(0, 50);
    expect(ranking(second)).toEqual(expected);

    forgetTrainings();
    const fresh = createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'learned', minScore: 0.2, maxResults: 50 });
    await runJob(ws.db, pool, fresh);
    expect(trains).toBeGreaterThan(afterFirst);
    expect(ranking(fresh)).toEqual(ranking(second));
  }, 120_000);

  it('trains again when the examples change', async () => {
    const before = trains;
    addListMembers(ws.db, list, 'leads', [ids.get('2')!]);
    await runJob(ws.db, pool, createJob(ws.db, { source: { kind: 'list', id: list }, strategy: 'learned', minScore: 0, maxResults: 10 }));
    expect(trains).toBeGreaterThan(before);
  }, 60_000);
});
