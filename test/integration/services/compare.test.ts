/**
 * Side-by-side comparison and the score filter, through the app's dispatch
 * table (payload validation included), on hand-made leads whose answers are
 * known: what the examples have in common, field by field; each record's
 * fields as imported and as the engine reads them; its score by block.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateComparison, CandidatePage, ExportResultDto } from '../../../src-main/contract/dto';
import { AppWorkspace } from '../../helpers/app-workspace';
import { importLeads, listOf, type LeadRow } from '../../helpers/engine-workspace';

const app = new AppWorkspace({ threads: 2 });
const { ok, fails } = app;
let ids: Map<string, number>;
let jobId: number;

const lead = (id: string, o: Partial<LeadRow>): LeadRow => ({
  'Record ID': id,
  'First Name': `Person${id}`,
  Email: `p${id}@example-${id}.org`,
  'Job Title': '',
  'Company Name': '',
  Industry: '',
  'Number of Employees': '',
  'Country/Region': '',
  ...o,
});
const software = (n: number) => ({ 'Company Name': `Soft ${n}`, Industry: 'Computer Software', 'Number of Employees': '11-50', 'Country/Region': 'Germany' });


beforeAll(async () => {
  const list = await app.open(async (ws) => {
    ids = await importLeads(ws, [
      // The examples: three sales VPs at small German software companies, one marketing manager in France.
      // "Plan" is a custom column of the export (kept as an extra field and encoded).
      lead('e1', { ...software(1), 'Job Title': 'VP of Sales', Plan: 'Pro', 'Lead Status': 'New' }),
      lead('e2', { ...software(2), 'Job Title': 'VP Sales EMEA', Plan: 'Pro', 'Lead Status': 'New' }),
      lead('e3', { ...software(3), 'Job Title': 'Vice President, Sales', Plan: 'Pro', 'Lead Status': 'New' }),
      lead('e4', { ...software(4), 'Job Title': 'Marketing Manager', 'Country/Region': 'France', Plan: 'Free' }),
      // Candidates: one like them, one not at all, and filler to rank.
      lead('twin', { ...software(5), 'Job Title': 'VP of Sales', Plan: 'Pro' }),
      lead('vet', { 'Company Name': 'Greenfields', Industry: 'Farming', 'Number of Employees': '5000', 'Country/Region': 'Brazil', 'Job Title': 'Veterinarian', Plan: 'Free' }),
      ...Array.from({ length: 20 }, (_, i) =>
        lead(`f${i}`, { ...software(10 + i), 'Job Title': i % 2 ? 'Account Executive' : 'Nurse', 'Country/Region': i % 3 ? 'Germany' : 'Japan', Plan: i % 2 ? 'Basic' : 'Free' }),
      ),
    ]);
    return listOf(ws, 'examples', ['e1', 'e2', 'e3', 'e4'].map((k) => ids.get(k)!));
  });
  ({ jobId } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: list }, strategy: 'centroid', minScore: 0, maxResults: 100 }));
  await app.services.idle();
}, 60_000);
afterAll(() => app.close());

describe('jobs.compare', () => {
  it('sums up what the examples have in common, weighted, field by field', async () => {
    const c = await ok<CandidateComparison>('jobs.compare', { jobId, ids: [ids.get('twin')!] });
    expect(c.examples).toMatchObject({ count: 4, asRun: true });
    expect(c.examples.fields.seniority.top[0]).toEqual({ feature: 'VP', share: 0.75 });
    expect(c.examples.fields.role.top[0]).toEqual({ feature: 'Sales', share: 0.75 });
    expect(c.examples.fields.industry).toEqual({ top: [{ feature: 'Software & SaaS', share: 1 }], coverage: 1 });
    expect(c.examples.fields.country.top).toEqual([
      { feature: 'DE', share: 0.75 },
      { feature: 'FR', share: 0.25 },
    ]);
    expect(c.fields.map((f) => f.key)).toEqual(['title', 'seniority', 'role', 'company', 'industry', 'size', 'country', 'region', 'technologies', 'intent', 'status']);
    expect(c.blocks.find((b) => b.block === 'industry')?.label).toBe('Industry');
  });

  it('lines each record up against them: as imported, as read, and whether it is like the examples', async () => {
    const c = await ok<CandidateComparison>('jobs.compare', { jobId, ids: [ids.get('twin')!, ids.get('vet')!] });
    const [twin, vet] = c.records;
    expect(twin).toMatchObject({ id: ids.get('twin'), name: 'Persontwin', rank: 1, isExample: false });
    expect(twin!.values.title).toEqual({ value: 'VP of Sales', features: [], likeExamples: false });
    expect(twin!.values.seniority).toEqual({ value: null, features: ['VP'], likeExamples: true });
    expect(twin!.values.industry).toEqual({ value: 'Computer Software', features: ['Software & SaaS'], likeExamples: true });
    expect(twin!.values.size.features).toEqual(['11-50 employees']);
    expect(twin!.values.region).toMatchObject({ features: ['Western Europe'], likeExamples: true });
    expect(vet!.values.industry.likeExamples).toBe(false);
    expect(vet!.values.seniority).toMatchObject({ features: ['Individual contributor'], likeExamples: false });
    expect(vet!.values.role.features).toEqual([]); // not a business role family
    expect(vet!.values.region).toMatchObject({ features: ['Latin America'], likeExamples: false });
    // Status is not scored, but the examples' statuses are tallied beside the candidate's.
    expect(c.fields.find((f) => f.key === 'status')!.label).toBe('Status (not scored)');
    expect(c.examples.fields.status.top[0]).toEqual({ feature: 'new', share: 0.75 });
    expect(twin!.values.status).toEqual({ value: null, features: [], likeExamples: false });
    for (const r of c.records) {
      expect(Object.values(r.reasons).reduce((a, b) => a + b, 0)).toBeCloseTo(r.score!, 6);
    }
    expect(twin!.score!).toBeGreaterThan(vet!.score!);
  });

  it('lines up the imported columns the engine reads too (an export of custom fields has little else)', async () => {
    const c = await ok<CandidateComparison>('jobs.compare', { jobId, ids: [ids.get('twin')!, ids.get('vet')!] });
    expect(c.extraFields).toContainEqual({ key: 'Plan', label: 'Plan', part: 'lead' });
    // 3 of the 4 examples are on Pro; of all 26 leads, 4 are.
    expect(c.examples.extras.Plan!.top[0]).toEqual({ feature: 'pro', share: 0.75, overall: 4 / 26 });
    const [twin, vet] = c.records;
    expect(twin!.extras.Plan).toEqual({ value: 'Pro', features: ['pro'], likeExamples: true });
    expect(vet!.extras.Plan).toEqual({ value: 'Free', features: ['free'], likeExamples: false });
  });

  it('shows an example beside candidates as one (no rank: it is never a candidate)', async () => {
    const c = await ok<CandidateComparison>('jobs.compare', { jobId, ids: [ids.get('e1')!, ids.get('twin')!] });
    expect(c.records[0]).toMatchObject({ id: ids.get('e1'), isExample: true, rank: null, score: null, reasons: {} });
    expect(c.records[1]).toMatchObject({ isExample: false, rank: 1 });
  });

  it('falls back to the source\'s current positives for a job run before examples were stored, and says so', async () => {
    app.ws.db.prepare('DELETE FROM lookalike_job_examples WHERE job_id = ?').run(jobId);
    const c = await ok<CandidateComparison>('jobs.compare', { jobId, ids: [ids.get('twin')!] });
    expect(c.examples).toMatchObject({ count: 4, asRun: false });
    expect(c.examples.fields.seniority.top[0]).toEqual({ feature: 'VP', share: 0.75 });
  });

  it('refuses what it cannot compare, naming why', async () => {
    expect(await fails('jobs.compare', { jobId, ids: [] })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('jobs.compare', { jobId, ids: [1, 2, 3, 4, 5, 6, 7] })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('jobs.compare', { jobId, ids: [99_999] })).toMatchObject({ code: 'not_found', message: expect.stringContaining('99999') });
    expect(await fails('jobs.compare', { jobId: 999, ids: [1] })).toMatchObject({ code: 'not_found' });
  });
});

describe('the score filter', () => {
  it('pages only candidates scoring at least the minimum, ranks 1…total', async () => {
    const all = await ok<CandidatePage>('jobs.candidates', { jobId, limit: 100 });
    const cut = all.candidates[5]!.score;
    const expected = all.candidates.filter((c) => c.score >= cut);
    const filtered = await ok<CandidatePage>('jobs.candidates', { jobId, limit: 3, minScore: cut });
    expect(filtered).toMatchObject({ total: expected.length, minScore: cut });
    expect(filtered.candidates.map((c) => c.id)).toEqual(expected.slice(0, 3).map((c) => c.id));
    const last = await ok<CandidatePage>('jobs.candidates', { jobId, offset: expected.length - 1, limit: 50, minScore: cut });
    expect(last.candidates.map((c) => c.rank)).toEqual([expected.length]);
    expect((await fails('jobs.candidates', { jobId, minScore: 1.5 })).code).toBe('invalid_input');
  });

  it('exports only those candidates, under a name that says so', async () => {
    const all = await ok<CandidatePage>('jobs.candidates', { jobId, limit: 100 });
    const cut = all.candidates[3]!.score;
    const kept = all.candidates.filter((c) => c.score >= cut).length;
    const out = await ok<ExportResultDto>('exports.csv', { jobId, minScore: cut });
    expect(out.rows).toBe(kept);
    expect(out.file).toMatch(new RegExp(`lookalike-job-${jobId}-min-${cut.toFixed(2)}-for-crm-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(readFileSync(out.file, 'utf8').trim().split('\r\n')).toHaveLength(kept + 1);
  });
});
