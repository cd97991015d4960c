/**
 * What the segment builder asks of the core (issue 11 item 5): the fields a
 * condition may name with their kinds (imported columns included), a field's
 * common values with counts, "did you mean" for a value no record holds,
 * editing a saved segment (jobs already run keep their examples), and the
 * event every window refreshes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConditionCount, ConditionFieldDto, FieldValuesDto, SegmentSummary } from '../../../src-main/contract/dto';
import { createDispatch, type Dispatch } from '../../../src-main/ipc/dispatch';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { dispatchCalls } from '../../helpers/dispatch-calls';
import { importLeads } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let call: Dispatch;
const { ok, fails } = dispatchCalls(() => call);
const events: { event: string; payload: unknown }[] = [];

const INDUSTRIES = ['Software', 'software', 'Software', 'Retail', 'Retail', 'Banking', 'Software', 'Retail', 'Software', 'Hospital & Health Care', 'Software', 'Retail'];

beforeAll(async () => {
  ws = tempWorkspace();
  await importLeads(
    ws,
    INDUSTRIES.map((industry, i) => ({
      'Record ID': `r${i}`,
      Email: `p${i}@firm${i}.example`,
      'Job Title': i < 6 ? 'VP of Sales' : 'Engineer',
      Industry: industry,
      Country: i % 2 ? 'Germany' : 'United States',
      Won: i % 3 === 0 ? 'yes' : 'no',
      'Plan Tier': i < 4 ? 'Webinar' : 'Referral',
      'Seats Bought': String(i * 10),
    })),
  );
  services = openAppServices(ws, { threads: 1 });
  services.events.subscribe((event, payload) => events.push({ event, payload }));
  call = createDispatch(services.api, { logError: () => undefined });
});
afterAll(async () => {
  await services?.close();
  ws?.cleanup();
});

describe('the segment builder', () => {
  it('offers the canonical fields with readable labels and kinds, then the imported columns the records keep', async () => {
    const fields = await ok<ConditionFieldDto[]>('segments.fields', { entity: 'leads' });
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('industry')).toEqual({ name: 'industry', label: 'Industry', kind: 'text', group: 'record', hasValues: true });
    // A field no record fills is still offered, marked: it would match nothing.
    expect(byName.get('revenue')).toMatchObject({ kind: 'number', hasValues: false });
    // These leads name no company, so no company holds a country.
    expect(byName.get('company.country')).toMatchObject({ hasValues: false });
    expect(byName.get('won')).toMatchObject({ label: 'Won', kind: 'yes-no' });
    expect(byName.get('country')).toMatchObject({ kind: 'country' });
    expect(byName.get('employees')).toMatchObject({ kind: 'number' });
    expect(byName.get('outcome')).toMatchObject({ kind: 'outcome' });
    expect(byName.get('company.industry')).toMatchObject({ label: 'Company: Industry', group: 'company' });
    expect(byName.get('Plan Tier')).toEqual({ name: 'Plan Tier', label: 'Plan Tier', kind: 'text', group: 'imported', hasValues: true });
    expect(byName.get('Seats Bought')).toMatchObject({ kind: 'number', group: 'imported' });
    // Companies have neither an outcome nor a company of their own.
    const companyFields = (await ok<ConditionFieldDto[]>('segments.fields', { entity: 'companies' })).map((f) => f.name);
    expect(companyFields).toContain('industry');
    expect(companyFields).not.toContain('outcome');
    expect(companyFields.some((f) => f.startsWith('company.'))).toBe(false);
  });

  it('suggests a field\'s commonest values with counts, case folded as conditions compare, narrowed by what is typed', async () => {
    const all = await ok<FieldValuesDto>('segments.values', { entity: 'leads', field: 'industry' });
    expect(all.sampled).toBe(false);
    expect(all.values).toEqual([
      { value: 'Software', count: 6 },
      { value: 'Retail', count: 4 },
      { value: 'Banking', count: 1 },
      { value: 'Hospital & Health Care', count: 1 },
    ]);
    expect((await ok<FieldValuesDto>('segments.values', { entity: 'leads', field: 'industry', search: 'TAIL' })).values).toEqual([{ value: 'Retail', count: 4 }]);
    expect((await ok<FieldValuesDto>('segments.values', { entity: 'leads', field: 'industry', limit: 1 })).values).toHaveLength(1);
    expect((await ok<FieldValuesDto>('segments.values', { entity: 'leads', field: 'Plan Tier' })).values).toEqual([
      { value: 'Referral', count: 8 },
      { value: 'Webinar', count: 4 },
    ]);
    // A value typed as offered matches exactly that many records.
    const counted = await ok<ConditionCount>('segments.count', { entity: 'leads', where: ['industry = Software'] });
    expect(counted.members).toBe(6);
    expect(await fails('segments.values', { entity: 'leads', field: 'industy' })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('did you mean industry') });
  });

  it('answers a value no record holds with the one the data holds a typo away, and stays quiet otherwise', async () => {
    const typo = await ok<ConditionCount>('segments.count', { entity: 'leads', where: ['industry = softwre'] });
    expect(typo.members).toBe(0);
    expect(typo.suggestions).toEqual([{ condition: 'industry = softwre', value: 'softwre', suggestion: 'Software', replacement: 'industry = Software' }]);
    const inList = await ok<ConditionCount>('segments.count', { entity: 'leads', where: ['industry in (Retail, Bankng)'] });
    expect(inList.members).toBe(4);
    expect(inList.suggestions).toEqual([expect.objectContaining({ value: 'Bankng', suggestion: 'Banking', replacement: 'industry in (Retail, Banking)' })]);
    const imported = await ok<ConditionCount>('segments.count', { entity: 'leads', where: ['Plan Tier = webnar'] });
    expect(imported.suggestions.map((s) => s.suggestion)).toEqual(['Webinar']);
    // A real value, another case, or nothing near: no suggestion.
    expect((await ok<ConditionCount>('segments.count', { entity: 'leads', where: ['industry = SOFTWARE'] })).suggestions).toEqual([]);
    expect((await ok<ConditionCount>('segments.count', { entity: 'leads', where: ['industry = Aerospace'] })).suggestions).toEqual([]);
    expect((await ok<ConditionCount>('segments.count', { entity: 'leads', where: ['industry = Software', 'title = Nobody'] })).suggestions).toEqual([]);
  });

  it('edits a saved segment\'s name and conditions, checked as at creation, and announces every change', async () => {
    events.length = 0;
    const { id } = await ok<{ id: number }>('segments.create', { name: 'Software', entity: 'leads', where: ['industry = Software'] });
    const updated = await ok<{ id: number; members: number }>('segments.update', { segmentId: id, name: 'Retail VPs', where: ['industry = Retail', 'title contains VP'] });
    expect(updated).toEqual({ id, members: 2 });
    const listed = (await ok<SegmentSummary[]>('segments.list')).find((s) => s.id === id)!;
    expect(listed).toMatchObject({ name: 'Retail VPs', members: 2, conditions: ['industry = Retail', 'title contains VP'] });
    expect(await fails('segments.update', { segmentId: id, name: 'x', where: ['industy = Retail'] })).toMatchObject({ message: expect.stringContaining('did you mean industry') });
    expect(await fails('segments.update', { segmentId: 999, name: 'x', where: ['industry = Retail'] })).toMatchObject({ code: 'not_found' });
    expect((await ok<SegmentSummary[]>('segments.list')).find((s) => s.id === id)!.name).toBe('Retail VPs');
    await ok('segments.delete', { segmentId: id });
    expect(events.filter((e) => e.event === 'segments.changed').map((e) => e.payload)).toEqual([
      { segmentId: id, change: 'created' },
      { segmentId: id, change: 'updated' },
      { segmentId: id, change: 'deleted' },
    ]);
  });

  it('keeps the examples a finished job stored when its segment is edited; a later job reads the new conditions', async () => {
    const { id } = await ok<{ id: number }>('segments.create', { name: 'VPs', entity: 'leads', where: ['title contains VP'] });
    const examples = (jobId: number) => ws.db.prepare('SELECT record_id FROM lookalike_job_examples WHERE job_id = ? ORDER BY record_id').pluck().all(jobId) as number[];
    const first = (await ok<{ jobId: number }>('jobs.start', { source: { kind: 'segment', id }, minScore: 0, maxResults: 5 })).jobId;
    await services.idle();
    const before = examples(first);
    expect(before).toHaveLength(6);
    expect(await ok('jobs.get', { jobId: first, limit: 0 })).toMatchObject({ status: 'completed', positives: 6, source: { name: 'VPs' } });
    await ok('segments.update', { segmentId: id, name: 'Engineers', where: ['title = Engineer'] });
    expect(examples(first)).toEqual(before);
    // The finished job still says what it ran on, by the name it had then.
    expect(await ok('jobs.get', { jobId: first, limit: 0 })).toMatchObject({ positives: 6, source: { name: 'VPs' } });
    const second = (await ok<{ jobId: number }>('jobs.start', { source: { kind: 'segment', id }, minScore: 0, maxResults: 5 })).jobId;
    await services.idle();
    const after = examples(second);
    expect(after).toHaveLength(6);
    expect(after.some((r) => before.includes(r))).toBe(false);
  }, 60_000);
});
