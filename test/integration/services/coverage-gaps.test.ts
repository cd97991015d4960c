/**
 * The Olist funnel: closed-deal fields (segment, lead type, business type,
 * ...) exist only for the leads that closed, so a job from the won leads
 * can find nobody like them. The job says which fields these are; running
 * it again without the extra ones leaves only the standard field (Industry,
 * from business_segment) and raises every other lead's score.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDetailDto } from '../../../src-main/contract/dto';
import { AppWorkspace } from '../../helpers/app-workspace';
import { importFile } from '../../../src-main/import/import-file';
import { createSegment } from '../../../src-main/services/segments-service';
import { DATA } from '../../helpers/temp-workspace';

const OLIST = join(DATA, 'olist-marketing-funnel');
const app = new AppWorkspace({ threads: 2 });
const { ok } = app;
let segment: number;


beforeAll(async () => {
  await app.open(async (ws) => {
    await importFile(ws, join(OLIST, 'olist_marketing_qualified_leads_dataset.csv'));
    await importFile(ws, join(OLIST, 'olist_closed_deals_dataset.csv'));
    segment = createSegment(ws, { name: 'closed deals', entity: 'leads', where: ['outcome = won'] }).id;
  });
}, 60_000);
afterAll(() => app.close());

describe('coverage gaps on the Olist funnel', () => {
  it('names the closed-deal fields only the won leads have, and a rerun without the extra ones scores the others higher', async () => {
    const { jobId } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'segment', id: segment }, strategy: 'centroid', minScore: 0, maxResults: 50 });
    await app.services.idle();
    const first = await ok<JobDetailDto>('jobs.get', { jobId, limit: 1 });
    expect(first.positives).toBe(842);
    const byField = new Map(first.coverageGaps.map((g) => [g.field, g]));
    expect(byField.get('industry')).toMatchObject({ kind: 'field', label: 'Industry', others: 0 });
    expect(byField.get('industry')!.examples).toBeGreaterThan(0.95);
    for (const extra of ['lead_type', 'business_type', 'lead_behaviour_profile']) {
      expect(byField.get(extra), extra).toMatchObject({ kind: 'extra', others: 0 });
    }
    // Fields every lead has (the landing page, the origin) are no gap.
    expect(byField.has('landing_page_id')).toBe(false);

    const extras = first.coverageGaps.filter((g) => g.kind === 'extra').map((g) => g.field);
    const { jobId: again } = await ok<{ jobId: number }>('jobs.rerun', { jobId, ignoreFields: extras });
    await app.services.idle();
    const second = await ok<JobDetailDto>('jobs.get', { jobId: again, limit: 1 });
    expect(second.status).toBe('completed');
    expect((second.params as { ignoreFields: string[] }).ignoreFields.sort()).toEqual([...extras].sort());
    expect(second.coverageGaps.map((g) => g.field)).toEqual(['industry']);
    expect(second.top[0]!.score).toBeGreaterThan(first.top[0]!.score);
    // The first job keeps what it measured, though the workspace's vocabulary has changed since.
    expect((await ok<JobDetailDto>('jobs.get', { jobId, limit: 0 })).coverageGaps).toEqual(first.coverageGaps);
  }, 60_000);

  it('refuses to rerun a job that does not exist', async () => {
    const r = await app.call('jobs.rerun', { jobId: 999 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('not_found');
  });
});
