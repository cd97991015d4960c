/**
 * Seed diagnostics on X Education with the columns the sales team filled in
 * after contact kept (SOURCE.md's leakage warning): checking the converted
 * leads before a job names `Tags` as a suspected outcome leak and no honest
 * column; the job carries the same diagnostics, and running it again
 * without the leak clears them.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDetailDto, SeedDiagnosticsDto } from '../../../src-main/contract/dto';
import { importFile } from '../../../src-main/import/import-file';
import { createSegment } from '../../../src-main/services/segments-service';
import { AppWorkspace } from '../../helpers/app-workspace';
import { DATA } from '../../helpers/temp-workspace';

const app = new AppWorkspace({ threads: 2 });
const { ok, fails } = app;
let segment: number;

beforeAll(async () => {
  await app.open(async (ws) => {
    await importFile(ws, join(DATA, 'xeducation-leads', 'Leads.csv'));
    segment = createSegment(ws, { name: 'converted', entity: 'leads', where: ['outcome = won'] }).id;
  });
}, 120_000);
afterAll(() => app.close());

describe('checking the examples before a job', () => {
  it('names Tags as a suspected outcome leak with its telling value, and no honest column', async () => {
    const d = await ok<SeedDiagnosticsDto>('jobs.check', { source: { kind: 'segment', id: segment } });
    expect(d.examples).toBe(3561);
    expect(d.leaks.map((l) => l.key)).toEqual(['Tags']);
    expect(d.leaks[0]).toMatchObject({ removable: true, against: 'others', value: 'Will revert after reading the email' });
    expect(d.leaks[0]!.separation).toBeGreaterThan(0.9);
    expect(d.leaks[0]!.examplesShare).toBeGreaterThan(0.5);
    expect(d.leaks[0]!.othersShare).toBeLessThan(0.05);
    // The converts are clearly alike, and the few unlike the rest are named.
    expect(d.cohesion!).toBeGreaterThan(0.8);
    expect(d.advice.map((a) => a.kind)).toEqual(['cohesive']);
    expect(d.outlierCount).toBeGreaterThan(0);
    expect(d.outlierCount).toBeLessThan(0.05 * d.examples);
    expect(d.outliers[0]!.name).toMatch(/\w/);
    expect(d.outliers[0]!.likeness).toBeLessThan(0.2);
  }, 120_000);

  it('finds no leak once the suspected column is left out', async () => {
    const d = await ok<SeedDiagnosticsDto>('jobs.check', { source: { kind: 'segment', id: segment }, ignoreFields: ['Tags'] });
    expect(d.leaks).toEqual([]);
  }, 60_000);

  it('refuses a payload that is not a source', async () => {
    expect((await fails('jobs.check', { source: { kind: 'folder', id: 1 } })).code).toBe('invalid_input');
    expect((await fails('jobs.check', { source: { kind: 'segment', id: 999 } })).code).toBe('not_found');
  });
});

describe('a job’s own diagnostics', () => {
  it('carries the leak, and a rerun without it carries none', async () => {
    const { jobId } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'segment', id: segment }, maxResults: 20 });
    await app.services.idle();
    const first = await ok<JobDetailDto>('jobs.get', { jobId, limit: 0 });
    expect(first.status).toBe('completed');
    expect(first.diagnostics!.leaks.map((l) => l.key)).toEqual(['Tags']);
    const { jobId: again } = await ok<{ jobId: number }>('jobs.rerun', { jobId, ignoreFields: ['Tags'] });
    await app.services.idle();
    const second = await ok<JobDetailDto>('jobs.get', { jobId: again, limit: 0 });
    expect(second.diagnostics!.leaks).toEqual([]);
    expect(second.diagnostics!.examples).toBe(3561);
  }, 240_000);
});
