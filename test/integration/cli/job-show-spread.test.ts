/**
 * `job show` of a job whose minimum kept nothing (issue 11): the scores of the
 * records it ranked, the same words as the window's, and the command that runs
 * it again with the minimum suggested, which then keeps candidates.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliWorkspace } from '../../helpers/cli-workspace';

const cw = new CliWorkspace();
const { run } = cw;
beforeEach(() => cw.open());
afterEach(() => cw.close());

describe('lookalike job show of a job that kept nothing', () => {
  it('names the best score and the ranked count, and job rerun --min-score with the suggestion keeps candidates', async () => {
    const first = await run('job', 'run', '--source', 'campaign:1', '--min-score', '1', '--strategy', 'centroid', '--json');
    expect(first.code).toBe(0);
    const { jobId, candidates } = JSON.parse(first.stdout) as { jobId: number; candidates: number };
    expect(candidates).toBe(0);
    const detail = JSON.parse((await run('job', 'show', String(jobId), '--json')).stdout) as { scoreSpread: { ranked: number; best: number } };
    expect(detail.scoreSpread.ranked).toBeGreaterThan(0);
    expect(detail.scoreSpread.best).toBeLessThan(1);

    const shown = (await run('job', 'show', String(jobId))).stdout;
    expect(shown).toMatch(new RegExp(`^  scores      ${detail.scoreSpread.ranked} ranked; best \\d`, 'm'));
    expect(shown).toMatch(new RegExp(`^No candidate reached the minimum score 1: the best of the ${detail.scoreSpread.ranked} ranked leads scored [\\d.]+\\.$`, 'm'));
    const suggestion = /^Run it again with minimum ([\d.]+): npm run --silent lookalike -- job rerun (\d+) --min-score ([\d.]+)$/m.exec(shown);
    expect(suggestion).not.toBeNull();
    expect(Number(suggestion![2])).toBe(jobId);
    const min = Number(suggestion![1]);
    expect(min).toBeLessThan(detail.scoreSpread.best);

    const again = await run('job', 'rerun', String(jobId), '--min-score', String(min), '--json');
    expect(again.code).toBe(0);
    const b = JSON.parse(again.stdout) as { jobId: number; candidates: number };
    expect(b.candidates).toBeGreaterThan(0);
    const params = JSON.parse((await run('job', 'show', String(b.jobId), '--json')).stdout).params as { minScore: number; strategy: string };
    expect(params).toMatchObject({ minScore: min, strategy: 'centroid' });
    expect((await run('job', 'rerun', String(jobId), '--min-score', '2')).code).not.toBe(0);
  }, 60_000);
});
