/**
 * The review loop through the dispatch table (issue 11, item 7): marks on a
 * job's candidates, a re-ranking that learns from them (good fits as
 * examples, not-a-fit ones as negatives, recorded in its parameters), and
 * what moved; and list members that keep the job and score they were added
 * with when later jobs for the same source run (item 8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidatePage, JobDetailDto, JobMarksDto, ListMemberPage, WhatMovedDto } from '../../../src-main/contract/dto';
import { AppWorkspace } from '../../helpers/app-workspace';
import { importLeads, listOf } from '../../helpers/engine-workspace';
import { STRATEGIES } from '../../../src-model/strategies/types';

const app = new AppWorkspace({ threads: 2 });
const { ok, fails } = app;
let seed: number;
let firstJob: number;
let firstCandidates: CandidatePage;

const TITLES = ['VP of Sales', 'Data Scientist', 'Office Manager', 'Head of Sales'];
const INDUSTRIES = ['Computer Software', 'Retail', 'Banking'];
const COUNTRIES = ['Germany', 'France', 'United States'];

async function finished(jobId: number): Promise<JobDetailDto> {
  await app.services.idle();
  const job = await ok<JobDetailDto>('jobs.get', { jobId, limit: 0 });
  expect(job.status).toBe('completed');
  return job;
}

beforeAll(async () => {
  await app.open(async (ws) => {
    const byRecord = await importLeads(
      ws,
      Array.from({ length: 60 }, (_, i) => ({
        'Record ID': `r${i}`,
        'First Name': `Person${i}`,
        Email: `p${i}@firm${i % 7}.example`,
        'Job Title': TITLES[i % 4]!,
        'Company Name': `Firm ${i % 7}`,
        Industry: INDUSTRIES[i % 3]!,
        'Country/Region': COUNTRIES[Math.floor(i / 3) % 3]!,
      })),
    );
    const ids = [...byRecord.values()].sort((a, b) => a - b);
    // The examples: sales leaders in software.
    const examples = ids.filter((_, i) => i % 4 !== 1 && i % 4 !== 2 && i % 3 === 0).slice(0, 5);
    seed = listOf(ws, 'seed', examples);
  });
  firstJob = (await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: seed }, minScore: 0, maxResults: 100, strategy: 'contrast' })).jobId;
  await finished(firstJob);
  firstCandidates = await ok<CandidatePage>('jobs.candidates', { jobId: firstJob, limit: 100 });
}, 60_000);

afterAll(() => app.close());

describe('the review loop', () => {
  it('marks candidates a good fit or not a fit, changes and clears them, and refuses what cannot be marked', async () => {
    const [a, b, c] = firstCandidates.candidates.map((x) => x.id);
    let marks = await ok<JobMarksDto>('jobs.mark', { jobId: firstJob, ids: [a, b], mark: 'good' });
    expect(marks).toMatchObject({ jobId: firstJob, good: 2, notAFit: 0, rerankedFrom: null });
    marks = await ok<JobMarksDto>('jobs.mark', { jobId: firstJob, ids: [b, c], mark: 'not_a_fit' });
    expect(marks.marks).toEqual(
      [
        { id: a, mark: 'good' },
        { id: b, mark: 'not_a_fit' },
        { id: c, mark: 'not_a_fit' },
      ].sort((x, y) => x.id! - y.id!),
    );
    marks = await ok<JobMarksDto>('jobs.mark', { jobId: firstJob, ids: [a, b, c], mark: null });
    expect(marks).toMatchObject({ good: 0, notAFit: 0, marks: [] });
    expect(await ok<JobMarksDto>('jobs.marks', { jobId: firstJob })).toEqual(marks);

    const example = (await ok<JobDetailDto>('jobs.get', { jobId: firstJob, limit: 0 })).positives;
    expect(example).toBe(5);
    const seedMember = app.ws.db.prepare('SELECT lead_id FROM list_members WHERE list_id = ? LIMIT 1').pluck().get(seed) as number;
    expect(await fails('jobs.mark', { jobId: firstJob, ids: [seedMember], mark: 'good' })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('jobs.mark', { jobId: firstJob, ids: [99_999], mark: 'good' })).toMatchObject({ code: 'not_found' });
    expect(await fails('jobs.mark', { jobId: firstJob, ids: [a], mark: 'great' })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('jobs.mark', { jobId: firstJob, ids: [], mark: 'good' })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('jobs.rerank', { jobId: firstJob })).toMatchObject({ code: 'invalid_input' }); // no marks
    expect(await fails('jobs.moved', { jobId: firstJob })).toMatchObject({ code: 'invalid_input' }); // not a re-ranking
  });

  it('re-ranks with the marks: the same parameters, good fits as examples and not-a-fit ones as negatives, and says what moved', async () => {
    const top = firstCandidates.candidates[0]!;
    const lower = firstCandidates.candidates[29]!;
    await ok('jobs.mark', { jobId: firstJob, ids: [top.id], mark: 'not_a_fit' });
    await ok('jobs.mark', { jobId: firstJob, ids: [lower.id], mark: 'good' });
    const { jobId } = await ok<{ jobId: number }>('jobs.rerank', { jobId: firstJob });
    const job = await finished(jobId);
    const before = (await ok<JobDetailDto>('jobs.get', { jobId: firstJob, limit: 0 })).params as Record<string, unknown>;
    const params = job.params as Record<string, unknown>;
    for (const key of ['source', 'filters', 'strategy', 'minScore', 'maxResults', 'entity']) expect(params[key]).toEqual(before[key]);
    expect(params.review).toEqual({ fromJobId: firstJob, good: [lower.id], notAFit: [top.id] });
    // The good fit is an example now; the not-a-fit record is the training set's one negative (the data has no lost leads).
    expect(job.positives).toBe(6);
    const profile = job.profile as { negatives: number; breakdown: { marked: number }; review: unknown };
    expect(profile.negatives).toBe(1);
    expect(profile.breakdown.marked).toBe(1);
    expect(profile.review).toEqual({ fromJobId: firstJob, good: 1, notAFit: 1 });

    // The new job starts with the marks it used, and says where it came from.
    expect(await ok<JobMarksDto>('jobs.marks', { jobId })).toMatchObject({
      good: 1,
      notAFit: 1,
      rerankedFrom: { jobId: firstJob, good: 1, notAFit: 1 },
    });

    const moved = await ok<WhatMovedDto>('jobs.moved', { jobId, top: 10 });
    expect(moved).toMatchObject({ jobId, fromJobId: firstJob, top: 10, entity: 'leads' });
    const good = moved.marked.find((r) => r.id === lower.id)!;
    expect(good).toMatchObject({ mark: 'good', oldRank: 30, newRank: null, nowExample: true, name: expect.stringMatching(/^Person/) });
    const bad = moved.marked.find((r) => r.id === top.id)!;
    // Judged already: the not-a-fit record is left out of the re-ranking, not offered again.
    expect(bad).toMatchObject({ mark: 'not_a_fit', oldRank: 1, newRank: null, nowExample: false, leftOut: true });
    expect(good.leftOut).toBe(false);
    // Entered and left the top 10 agree with the two rankings.
    const after = await ok<CandidatePage>('jobs.candidates', { jobId, limit: 100 });
    const oldTop = new Set(firstCandidates.candidates.slice(0, 10).map((c) => c.id));
    const newTop = new Set(after.candidates.slice(0, 10).map((c) => c.id));
    expect(after.candidates.some((c) => c.id === top.id)).toBe(false);
    expect(moved.entered.map((r) => r.id)).toEqual(after.candidates.slice(0, 10).map((c) => c.id).filter((id) => !oldTop.has(id)));
    expect(moved.left.map((r) => r.id)).toEqual(firstCandidates.candidates.slice(0, 10).map((c) => c.id).filter((id) => !newTop.has(id)));
    expect(moved.left.some((r) => r.id === top.id)).toBe(true);
    for (const r of moved.rises) expect(r.newRank!).toBeLessThan(r.oldRank!);
    for (const r of moved.falls) expect(r.newRank!).toBeGreaterThan(r.oldRank!);
    const gains = moved.rises.map((r) => r.oldRank! - r.newRank!);
    expect(gains).toEqual([...gains].sort((x, y) => y - x));
  }, 60_000);

  it('hands the marks to every strategy through its training set', async () => {
    // contrast is the re-ranking above; every other strategy a job can name here.
    for (const strategy of STRATEGIES.filter((s) => s !== 'auto' && s !== 'contrast')) {
      const { jobId: plain } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: seed }, minScore: 0, maxResults: 100, strategy });
      await finished(plain);
      const [first, second] = (await ok<CandidatePage>('jobs.candidates', { jobId: plain, limit: 2 })).candidates;
      await ok('jobs.mark', { jobId: plain, ids: [first!.id], mark: 'not_a_fit' });
      await ok('jobs.mark', { jobId: plain, ids: [second!.id], mark: 'good' });
      const { jobId } = await ok<{ jobId: number }>('jobs.rerank', { jobId: plain });
      const job = await finished(jobId);
      expect(job.strategy?.used, strategy).toBe(strategy);
      expect(job.positives, strategy).toBe(6);
      expect((job.profile as { negatives: number }).negatives, strategy).toBe(1);
    }
  }, 120_000);
});

describe('list members keep the job and score they were added with', () => {
  it('keeps them when a later job for the same source leaves the members out, and falls back to the latest score once that job is deleted', async () => {
    const { jobId } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: seed }, minScore: 0, maxResults: 100 });
    await finished(jobId);
    const ranked = (await ok<CandidatePage>('jobs.candidates', { jobId, limit: 100 })).candidates;
    const germans = ranked.filter((c) => app.ws.db.prepare('SELECT country FROM leads WHERE id = ?').pluck().get(c.id) === 'Germany');
    const { id: fromJob } = await ok<{ id: number }>('lists.create', { name: 'From the job', entity: 'leads' });
    await ok('lists.add', { listId: fromJob, fromJob: jobId, top: 5 });
    const { id: picked } = await ok<{ id: number }>('lists.create', { name: 'Picked in the grid', entity: 'leads' });
    await ok('lists.add', { listId: picked, ids: germans.slice(0, 3).map((c) => c.id), jobId });
    const scoreOf = new Map(ranked.map((c) => [c.id, c.score]));

    // A later job for the same source that keeps only French leads replaces the source's written-back scores.
    const { jobId: later } = await ok<{ jobId: number }>('jobs.start', {
      source: { kind: 'list', id: seed },
      minScore: 0,
      maxResults: 100,
      filters: ['country = France'],
    });
    await finished(later);
    for (const listId of [fromJob, picked]) {
      const members = (await ok<ListMemberPage>('lists.members', { listId })).members;
      expect(members.length).toBeGreaterThan(0);
      for (const m of members) {
        expect(m.scoreJobId).toBe(jobId);
        expect(m.score).toBe(scoreOf.get(m.id));
      }
    }
    const { id: byHand } = await ok<{ id: number }>('lists.create', { name: 'By hand', entity: 'leads' });
    await ok('lists.add', { listId: byHand, ids: germans.slice(0, 3).map((c) => c.id) });
    for (const m of (await ok<ListMemberPage>('lists.members', { listId: byHand })).members) {
      expect(m.scoreJobId).not.toBe(later); // the French-only job scored none of them: their latest is another source's, or none
    }
    // Picked ids of a job they are not candidates of keep no score of it.
    const { id: stray } = await ok<{ id: number }>('lists.create', { name: 'Stray', entity: 'leads' });
    await ok('lists.add', { listId: stray, ids: [germans[0]!.id], jobId: later });
    expect(app.ws.db.prepare('SELECT job_id, score FROM list_members WHERE list_id = ?').get(stray)).toEqual({ job_id: null, score: null });

    // Deleting the job takes its scores away: the members show the latest score there is, as a hand-picked one does.
    await ok('jobs.delete', { jobId });
    for (const m of (await ok<ListMemberPage>('lists.members', { listId: picked })).members) expect(m.scoreJobId).not.toBe(jobId);
    expect(await fails('lists.add', { listId: picked, ids: [germans[0]!.id], jobId: 99_999 })).toMatchObject({ code: 'not_found' });
  }, 60_000);
});
