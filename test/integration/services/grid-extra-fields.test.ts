/**
 * Sorting and filtering the results grids by an imported extra field
 * (`x:<header>`, issue 11), through the app's dispatch (payload validation
 * included), on the X Education export from ../shared/data: its visit counts
 * are text as imported, yet sort as numbers; its tags sort ignoring case; a
 * blank is last both ways; and the filters count what the data holds.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidatePage, ListMemberPage } from '../../../src-main/contract/dto';
import { importFile } from '../../../src-main/import/import-file';
import { createDispatch, type Dispatch } from '../../../src-main/ipc/dispatch';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { dispatchCalls } from '../../helpers/dispatch-calls';
import { listOf, wonListOf } from '../../helpers/engine-workspace';
import { DATA, tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let call: Dispatch;
const { ok, fails } = dispatchCalls(() => call);
let everyoneList: number;
let jobId: number;
/** Each lead's extra fields as stored, by lead id. */
let extras: Map<number, Record<string, string>>;

beforeAll(async () => {
  ws = tempWorkspace();
  await importFile(ws, join(DATA, 'xeducation-leads', 'Leads.csv'));
  const rows = ws.db.prepare('SELECT id, extra FROM leads ORDER BY id').all() as { id: number; extra: string | null }[];
  extras = new Map(rows.map((r) => [r.id, r.extra ? (JSON.parse(r.extra) as Record<string, string>) : {}]));
  everyoneList = listOf(ws, 'everyone', rows.map((r) => r.id));
  const examples = wonListOf(ws, 150);
  services = openAppServices(ws, { threads: 2 });
  call = createDispatch(services.api, { logError: () => undefined });
  ({ jobId } = await ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: examples }, strategy: 'centroid', minScore: 0, maxResults: 3000 }));
  await services.idle();
}, 180_000);
afterAll(async () => {
  await services?.close();
  ws?.cleanup();
});

type Row = { id: number; extra: Record<string, string> };

async function allMembers(payload: Record<string, unknown>): Promise<{ rows: Row[]; total: number }> {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await ok<ListMemberPage>('lists.members', { listId: everyoneList, offset, limit: 500, ...payload });
    rows.push(...page.members.map((m) => ({ id: m.id, extra: m.extra })));
    if (page.members.length < 500) return { rows, total: page.total };
  }
}

async function allCandidates(payload: Record<string, unknown>): Promise<{ rows: Row[]; total: number }> {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await ok<CandidatePage>('jobs.candidates', { jobId, offset, limit: 500, ...payload });
    rows.push(...page.candidates.map((c) => ({ id: c.id, extra: c.extra })));
    if (page.candidates.length < 500) return { rows, total: page.total };
  }
}

const stored = (id: number, header: string): string => (extras.get(id)?.[header] ?? '').trim();
const blank = (v: string) => v === '';
const visits = (id: number) => stored(id, 'TotalVisits');

describe('sorting a grid by an imported extra field', () => {
  it('sorts the visit counts (text as imported) as numbers, both ways, blanks last, over every member', async () => {
    expect(visits([...extras.keys()][0]!)).toMatch(/^\d+$/); // the file's column is kept as an extra, as text
    const withBlank = [...extras.keys()].filter((id) => blank(visits(id))).length;
    expect(withBlank).toBeGreaterThan(0);
    for (const direction of ['asc', 'desc'] as const) {
      const { rows, total } = await allMembers({ sort: { column: 'x:TotalVisits', direction }, extras: ['TotalVisits'] });
      expect(total).toBe(extras.size);
      expect(rows).toHaveLength(extras.size);
      const values = rows.map((r) => visits(r.id));
      // Blanks last either way.
      expect(values.slice(-withBlank).every(blank)).toBe(true);
      const numbers = values.slice(0, -withBlank).map(Number);
      expect(numbers.every(Number.isFinite)).toBe(true);
      const ordered = [...numbers].sort((a, b) => (direction === 'asc' ? a - b : b - a));
      expect(numbers).toEqual(ordered);
      // As numbers, not text: 10 comes after 9 ascending.
      if (direction === 'asc') expect(numbers.indexOf(10)).toBeGreaterThan(numbers.lastIndexOf(9));
      // The page shows the chosen extra as stored.
      expect(rows[0]!.extra.TotalVisits).toBe(extras.get(rows[0]!.id)!.TotalVisits);
    }
  });

  it('sorts text ignoring case, and a job’s candidates by an extra field too', async () => {
    const { rows } = await allCandidates({ sort: { column: 'x:Tags', direction: 'asc' } });
    const tags = rows.map((r) => stored(r.id, 'Tags'));
    const filled = tags.filter((t) => !blank(t));
    expect(new Set(filled).size).toBeGreaterThan(3);
    expect(tags.slice(filled.length).every(blank)).toBe(true);
    for (let i = 1; i < filled.length; i++) expect(filled[i - 1]!.toLowerCase() <= filled[i]!.toLowerCase()).toBe(true);
    const desc = (await allCandidates({ sort: { column: 'x:Tags', direction: 'desc' } })).rows.map((r) => stored(r.id, 'Tags'));
    expect(desc.slice(filled.length).every(blank)).toBe(true);
    for (let i = 1; i < filled.length; i++) expect(desc[i - 1]!.toLowerCase() >= desc[i]!.toLowerCase()).toBe(true);
  });
});

describe('filtering a grid by an imported extra field', () => {
  it('keeps one of some values ignoring case, text containing, and a number range, counting what the data holds', async () => {
    const count = (test: (id: number) => boolean) => [...extras.keys()].filter(test).length;
    const quality = await allMembers({ filters: [{ column: 'x:Lead Quality', in: ['might be', 'HIGH IN RELEVANCE'] }] });
    const expectedQuality = count((id) => ['might be', 'high in relevance'].includes(stored(id, 'Lead Quality').toLowerCase()));
    expect(expectedQuality).toBeGreaterThan(100);
    expect(quality.total).toBe(expectedQuality);
    expect(quality.rows.every((r) => ['might be', 'high in relevance'].includes(stored(r.id, 'Lead Quality').toLowerCase()))).toBe(true);

    const tags = await allMembers({ filters: [{ column: 'x:Tags', contains: 'REVERT' }] });
    expect(tags.total).toBe(count((id) => stored(id, 'Tags').toLowerCase().includes('revert')));

    const range = await allMembers({ filters: [{ column: 'x:TotalVisits', min: 5, max: 10 }] });
    const expectedRange = count((id) => !blank(visits(id)) && Number(visits(id)) >= 5 && Number(visits(id)) <= 10);
    expect(expectedRange).toBeGreaterThan(100);
    expect(range.total).toBe(expectedRange);

    const both = await allCandidates({ filters: [{ column: 'x:TotalVisits', min: 5 }], sort: { column: 'x:TotalVisits', direction: 'asc' } });
    expect(both.rows.map((r) => Number(visits(r.id))).every((v, i, all) => v >= 5 && (i === 0 || all[i - 1]! <= v))).toBe(true);
  });
});

describe('what an extra field column refuses', () => {
  it('refuses an empty header, a raw expression and extras on the jobs table', async () => {
    expect((await fails('lists.members', { listId: everyoneList, sort: { column: 'x:', direction: 'asc' } })).message).toMatch(/cannot sort members by "x:"/i);
    expect((await fails('lists.members', { listId: everyoneList, sort: { column: 'extra', direction: 'asc' } })).code).toBe('invalid_input');
    expect((await fails('jobs.candidates', { jobId, filters: [{ column: 'json_extract(extra)', contains: 'a' }] })).message).toMatch(/cannot filter by/i);
    expect((await fails('jobs.list', { sort: { column: 'x:Tags', direction: 'asc' } })).code).toBe('invalid_input');
    // A header nobody imported is no error: nothing holds it, so every row is blank (and sorts last).
    const { total } = await allMembers({ sort: { column: 'x:No Such Column', direction: 'desc' } });
    expect(total).toBe(extras.size);
  });
});
