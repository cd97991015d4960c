/**
 * Finishing a job is one transaction (issue 9, defect 7): its candidates, the
 * scores it writes back (replacing the previous job's for the same source)
 * and its completed status commit together or not at all. A trigger makes
 * the status write fail, standing in for a crash between the writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComputePool, type ComputePool } from '../../../src-main/compute/pool';
import { getJob } from '../../../src-main/db/queries/jobs';
import { runJob } from '../../../src-main/jobs/pipeline';
import { createJob } from '../../../src-main/jobs/create-job';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { wonListOf } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let pool: ComputePool;
let ws: ReturnType<typeof tempWorkspace>;
let list: number;

beforeAll(() => {
  pool = createComputePool({ threads: 2 });
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, 3_000);
  list = wonListOf(ws, 40);
});
afterAll(async () => {
  await pool.close();
  ws.cleanup();
});

const scores = (source: string) =>
  ws.db.prepare('SELECT job_id, count(*) AS n FROM lookalike_scores WHERE source = ? GROUP BY job_id').all(source) as { job_id: number; n: number }[];

describe('finishing a job', () => {
  it('keeps the previous job\'s scores and stores no candidates when the completed status cannot be written', async () => {
    const request = { source: { kind: 'list' as const, id: list }, minScore: 0, maxResults: 50, strategy: 'centroid' as const };
    const first = await runJob(ws.db, pool, createJob(ws.db, request));
    expect(scores(`list:${list}`)).toEqual([{ job_id: first.jobId, n: 50 }]);

    ws.db.exec(`CREATE TEMP TRIGGER status_write_fails BEFORE UPDATE OF status ON lookalike_jobs
      WHEN NEW.status = 'completed' BEGIN SELECT RAISE(ABORT, 'the disk went away'); END`);
    try {
      const second = createJob(ws.db, request);
      await expect(runJob(ws.db, pool, second)).rejects.toThrow(/disk went away/);
      expect(getJob(ws.db, second)).toMatchObject({ status: 'failed', candidates: 0 });
      expect(ws.db.prepare('SELECT count(*) FROM lookalike_candidates WHERE job_id = ?').pluck().get(second)).toBe(0);
      expect(scores(`list:${list}`)).toEqual([{ job_id: first.jobId, n: 50 }]);
    } finally {
      ws.db.exec('DROP TRIGGER temp.status_write_fails');
    }
  });
});
