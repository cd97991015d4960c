/**
 * Finishing a job is one transaction (issue 9, defect 7): its candidates, the
 * scores it writes back (replacing the previous job's for the same source)
 * and its completed status commit together or not at all. A trigger makes
 * the status write fail, standing in for a crash between the writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJob } from '../../../src-main/db/queries/jobs';
import { runJob } from '../../../src-main/jobs/pipeline';
import { createJob } from '../../../src-main/jobs/create-job';
import { SyntheticJobWorkspace } from '../../helpers/synthetic-job-workspace';


const env = new SyntheticJobWorkspace(3_000, 40);
beforeAll(() => env.open());
afterAll(() => env.close());

const scores = (source: string) =>
  env.ws.db.prepare('SELECT job_id, count(*) AS n FROM lookalike_scores WHERE source = ? GROUP BY job_id').all(source) as { job_id: number; n: number }[];

describe('finishing a job', () => {
  it('keeps the previous job\'s scores and stores no candidates when the completed status cannot be written', async () => {
    const request = { source: { kind: 'list' as const, id: env.list }, minScore: 0, maxResults: 50, strategy: 'centroid' as const };
    const first = await runJob(env.ws.db, env.pool, createJob(env.ws.db, request));
    expect(scores(`list:${env.list}`)).toEqual([{ job_id: first.jobId, n: 50 }]);

    env.ws.db.exec(`CREATE TEMP TRIGGER status_write_fails BEFORE UPDATE OF status ON lookalike_jobs
      WHEN NEW.status = 'completed' BEGIN SELECT RAISE(ABORT, 'the disk went away'); END`);
    try {
      const second = createJob(env.ws.db, request);
      await expect(runJob(env.ws.db, env.pool, second)).rejects.toThrow(/disk went away/);
      expect(getJob(env.ws.db, second)).toMatchObject({ status: 'failed', candidates: 0 });
      expect(env.ws.db.prepare('SELECT count(*) FROM lookalike_candidates WHERE job_id = ?').pluck().get(second)).toBe(0);
      expect(scores(`list:${env.list}`)).toEqual([{ job_id: first.jobId, n: 50 }]);
    } finally {
      env.ws.db.exec('DROP TRIGGER temp.status_write_fails');
    }
  });
});
