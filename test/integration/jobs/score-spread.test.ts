/**
 * A job records how every record it ranked scored, whatever its minimum kept
 * (issue 11): a job whose minimum is above every score keeps nothing but
 * still knows the best score and how many were ranked, and run again with the
 * minimum the window suggests, it keeps candidates led by that best.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestedMinScore } from '../../../src-main/contract/score-advice';
import { getJob, jobCandidates } from '../../../src-main/db/queries/jobs';
import { copyJob, createJob } from '../../../src-main/jobs/create-job';
import { runJob } from '../../../src-main/jobs/pipeline';
import { scoreSpreadOf } from '../../../src-main/jobs/score-spread';
import { SyntheticJobWorkspace } from '../../helpers/synthetic-job-workspace';

const LEADS = 3_000;
const EXAMPLES = 40;

const env = new SyntheticJobWorkspace(LEADS, EXAMPLES);
beforeAll(() => env.open());
afterAll(() => env.close());

async function run(jobId: number) {
  await runJob(env.ws.db, env.pool, jobId);
  const job = getJob(env.ws.db, jobId)!;
  expect(job.status).toBe('completed');
  return { job, spread: scoreSpreadOf(JSON.parse(job.timings!))!, top: jobCandidates(env.ws.db, jobId, 5) };
}

describe.each(['centroid', 'nearest'] as const)('the score spread of a %s job', (strategy) => {
  it('records the best score and the ranked count when the minimum keeps nothing, and the suggested minimum keeps candidates', async () => {
    const open = await run(createJob(env.ws.db, { source: { kind: 'list', id: env.list }, strategy, minScore: 0, maxResults: 50 }));
    // Every record but the examples is ranked; the best is the top candidate's exact score.
    expect(open.spread.ranked).toBe(LEADS - EXAMPLES);
    expect(open.spread.best).toBeCloseTo(open.top[0]!.score, 6);
    const q = open.spread.quantiles!;
    expect(q.p50).toBeLessThanOrEqual(q.p90);
    expect(q.p90).toBeLessThanOrEqual(q.p99);
    expect(q.p99).toBeLessThanOrEqual(open.spread.best!);
    // The 50th candidate is in the top 2% of 2,960 ranked: at or above the sampled 90th percentile.
    expect(jobCandidates(env.ws.db, open.job.id, 50).at(-1)!.score).toBeGreaterThanOrEqual(q.p90 - 0.01);
    const best = open.spread.best!;
    expect(best).toBeLessThan(1);

    // A minimum above every score (half-way from the best to 1).
    const strict = await run(createJob(env.ws.db, { source: { kind: 'list', id: env.list }, strategy, minScore: (best + 1) / 2, maxResults: 50 }));
    expect(strict.job.candidates).toBe(0);
    expect(strict.spread.ranked).toBe(LEADS - EXAMPLES);
    // Exact: the pre-pass's best rows re-scored (float64 here, float32 in the kernel).
    expect(strict.spread.best).toBeCloseTo(best, 4);
    expect(strict.spread.quantiles!.p50).toBeCloseTo(q.p50, 2);

    const min = suggestedMinScore(strict.spread.best!);
    const again = await run(copyJob(env.ws.db, strict.job.id, { minScore: min }));
    expect(JSON.parse(again.job.params).minScore).toBe(min);
    expect(JSON.parse(again.job.params).strategy).toBe(strategy);
    expect(again.job.candidates).toBeGreaterThan(0);
    expect(again.top[0]!.score).toBeCloseTo(best, 4);
  });
});
