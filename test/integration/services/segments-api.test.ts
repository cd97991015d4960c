/**
 * Segments from the app, through the dispatch table: a live count before
 * saving, the saved segment with its conditions, messages that name the
 * line at fault, and deleting one (its records and the jobs from it stay).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentSummary } from '../../../src-main/contract/dto';
import { createDispatch, type Dispatch } from '../../../src-main/ipc/dispatch';
import { dispatchCalls } from '../../helpers/dispatch-calls';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { importLeads } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let call: Dispatch;
const { ok, fails } = dispatchCalls(() => call);


beforeAll(async () => {
  ws = tempWorkspace();
  await importLeads(
    ws,
    Array.from({ length: 10 }, (_, i) => ({
      'Record ID': `r${i}`,
      Email: `p${i}@firm${i}.example`,
      'Job Title': i < 4 ? 'VP of Sales' : 'Engineer',
      Industry: i % 2 ? 'Computer Software' : 'Retail',
      Plan: i < 3 ? 'Pro' : 'Free',
    })),
  );
  services = openAppServices(ws, { threads: 2 });
  call = createDispatch(services.api, { logError: () => undefined });
});
afterAll(async () => {
  await services?.close();
  ws?.cleanup();
});

describe('segments in the app', () => {
  it('counts what conditions match before saving, then saves the segment with them', async () => {
    const where = ['title contains VP', 'industry = Computer Software'];
    expect(await ok('segments.count', { entity: 'leads', where })).toEqual({ members: 2, estimated: false, suggestions: [] });
    expect(await ok('segments.count', { entity: 'leads', where: ['Plan = Pro'] })).toEqual({ members: 3, estimated: false, suggestions: [] });
    const created = await ok<{ id: number; members: number }>('segments.create', { name: 'Software VPs', entity: 'leads', where: [...where, '  '] });
    expect(created.members).toBe(2);
    const listed = (await ok<SegmentSummary[]>('segments.list')).find((s) => s.id === created.id)!;
    expect(listed).toMatchObject({ name: 'Software VPs', entity: 'leads', members: 2 });
    expect(listed.conditions).toHaveLength(2);
  });

  it('keeps counts current: a new import or a job\'s new scores change them', async () => {
    const count = async (name: string) => (await ok<SegmentSummary[]>('segments.list')).find((s) => s.name === name)!.members;
    await ok('segments.create', { name: 'Scored', entity: 'leads', where: ['lookalike_score > 0'] });
    expect(await count('Software VPs')).toBe(2);
    expect(await count('Scored')).toBe(0);
    await importLeads(ws, [{ 'Record ID': 'r99', Email: 'p99@firm99.example', 'Job Title': 'VP Sales', Industry: 'Computer Software' }], 'more.csv');
    expect(await count('Software VPs')).toBe(3);
    const list = await ok<{ id: number }>('lists.create', { name: 'seed', entity: 'leads' });
    const ids = ws.db.prepare("SELECT id FROM leads WHERE title LIKE 'VP%' ORDER BY id").pluck().all() as number[];
    await ok('lists.add', { listId: list.id, ids });
    await ok('jobs.start', { source: { kind: 'list', id: list.id }, minScore: 0, maxResults: 5 });
    await services.idle();
    expect(await count('Scored')).toBeGreaterThan(0);
  }, 60_000);

  it('says what is wrong, naming the condition or the field, and saves nothing', async () => {
    const before = (await ok<SegmentSummary[]>('segments.list')).length;
    expect(await fails('segments.count', { entity: 'leads', where: ['title VP'] })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('"title VP"') });
    expect(await fails('segments.create', { name: 'x', entity: 'leads', where: ['industy = Retail'] })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('"industy"'),
    });
    expect(await fails('segments.create', { name: 'x', entity: 'leads', where: [' '] })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('segments.create', { name: ' ', entity: 'leads', where: ['outcome = won'] })).toMatchObject({ code: 'invalid_input' });
    expect((await ok<SegmentSummary[]>('segments.list')).length).toBe(before);
  });

  it('deletes a segment; its records stay', async () => {
    const leads = ws.db.prepare('SELECT count(*) FROM leads').pluck().get();
    const { id } = await ok<{ id: number }>('segments.create', { name: 'Webinar', entity: 'leads', where: ['Plan = Pro'] });
    expect(await ok('segments.delete', { segmentId: id })).toEqual({ deleted: true });
    expect((await ok<SegmentSummary[]>('segments.list')).some((s) => s.id === id)).toBe(false);
    expect(ws.db.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(leads);
    expect(await fails('segments.delete', { segmentId: id })).toMatchObject({ code: 'not_found' });
  });

  it('estimates the live count from a sample in a large workspace; saving counts exactly', async () => {
    const big = tempWorkspace();
    seedSyntheticWorkspace(big.db, 120_000);
    const bigServices = openAppServices(big, { threads: 1 });
    const dispatch = createDispatch(bigServices.api, { logError: () => undefined });
    try {
      const where = ['outcome = won'];
      const exact = big.db.prepare("SELECT count(*) FROM leads WHERE outcome = 'won'").pluck().get() as number;
      const live = await dispatch('segments.count', { entity: 'leads', where });
      if (!live.ok) throw new Error(live.error.message);
      const estimate = live.data as { members: number; estimated: boolean };
      expect(estimate.estimated).toBe(true);
      expect(Math.abs(estimate.members - exact) / exact).toBeLessThan(0.15);
      const saved = await dispatch('segments.create', { name: 'Won', entity: 'leads', where });
      expect(saved).toMatchObject({ ok: true, data: { members: exact } });
      // A small workspace is counted exactly.
      expect(await ok('segments.count', { entity: 'leads', where: ['Plan = Pro'] })).toEqual({ members: 3, estimated: false, suggestions: [] });
    } finally {
      await bigServices.close();
      big.cleanup();
    }
  }, 60_000);
});
