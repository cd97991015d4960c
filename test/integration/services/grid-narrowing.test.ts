/**
 * The results grids' search, column filters, chosen extra columns and
 * duplicate marks, through the app's dispatch (payload validation included),
 * on a real workspace: what the grid says is "N of M shown" is what the core
 * counts, values are matched as data (a `%` is a percent sign), and the later
 * of two records of one person says which record it repeats.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidatePage, JobCandidateDto, ListMemberPage } from '../../../src-main/contract/dto';
import { AppWorkspace } from '../../helpers/app-workspace';
import { importLeads, listOf, peopleWithDuplicates } from '../../helpers/engine-workspace';

const app = new AppWorkspace({ threads: 2 });
const { ok, fails } = app;
let jobId: number;
let listId: number;
let ids: Map<string, number>;

const TITLES = ['VP of Sales', 'Engineer', 'Account Executive', '100% Remote Nurse', 'Marketing Manager'];

beforeAll(async () => {
  await app.open(async (ws) => {
    // Ends with later records of people already there: by email (in capitals), and by name at the same company.
    ids = await importLeads(ws, peopleWithDuplicates({ count: 300, firms: 37, employeeBands: 50, titles: TITLES, more: (i) => ({ 'Region Code': `RC-${i % 4}` }) }));
    listId = listOf(ws, 'examples', ['r0', 'r5', 'r10', 'r15', 'r20'].map((k) => ids.get(k)!));
  });
  jobId = await app.runListJob(listId);
}, 120_000);
afterAll(() => app.close());

async function allCandidates(payload: Record<string, unknown>): Promise<{ rows: JobCandidateDto[]; total: number; unfiltered: number }> {
  const rows: JobCandidateDto[] = [];
  let last: CandidatePage;
  for (let offset = 0; ; offset += 100) {
    last = await ok<CandidatePage>('jobs.candidates', { jobId, offset, limit: 100, ...payload });
    rows.push(...last.candidates);
    if (last.candidates.length < 100) return { rows, total: last.total, unfiltered: last.unfiltered };
  }
}

describe('quick search and column filters', () => {
  it('searches name, email, company and title ignoring case, and counts what matches of all', async () => {
    const everyone = (await allCandidates({})).rows;
    const { rows, total, unfiltered } = await allCandidates({ search: 'FIRM 3' });
    const expected = everyone.filter((c) => [c.name, c.fields.email, c.company, c.title].some((v) => v?.toLowerCase().includes('firm 3')));
    expect(rows.length).toBeGreaterThan(0);
    expect(total).toBe(expected.length);
    expect(unfiltered).toBe(everyone.length);
    expect(rows.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    // By email, in the middle of the address.
    const byEmail = await allCandidates({ search: '@firm12.' });
    expect(byEmail.rows.every((c) => c.fields.email?.includes('@firm12.'))).toBe(true);
  });

  it('matches % and _ as themselves, not as patterns', async () => {
    const percent = await allCandidates({ search: '100%' });
    expect(percent.rows.length).toBeGreaterThan(0);
    expect(percent.rows.every((c) => c.title === '100% Remote Nurse')).toBe(true);
    expect((await allCandidates({ search: '_' })).total).toBe(0);
  });

  it('filters by text contained, values in a set, and a number range, together and in any sort', async () => {
    const { rows, total } = await allCandidates({
      filters: [
        { column: 'country', in: ['united states'] },
        { column: 'employees', min: 100, max: 200 },
        { column: 'title', contains: 'sales' },
      ],
      sort: { column: 'employees', direction: 'desc' },
    });
    expect(total).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const c of rows) {
      expect(c.fields.country).toBe('United States');
      expect(c.fields.employees).toBeGreaterThanOrEqual(100);
      expect(c.fields.employees).toBeLessThanOrEqual(200);
      expect(c.title).toBe('VP of Sales');
    }
    expect(rows.map((c) => c.fields.employees)).toEqual([...rows.map((c) => c.fields.employees)].sort((a, b) => b! - a!));
    // The lookalike score is a column like any other.
    const top = await allCandidates({ filters: [{ column: 'score', min: 0.9 }] });
    expect(top.rows.every((c) => c.score >= 0.9)).toBe(true);
  });

  it('refuses a filter on an unknown column, or one with no value, naming what it takes', async () => {
    expect((await fails('jobs.candidates', { jobId, filters: [{ column: 'password', contains: 'x' }] })).message).toMatch(/filter by score, name/);
    expect((await fails('jobs.candidates', { jobId, filters: [{ column: 'title' }] })).code).toBe('invalid_input');
    expect((await fails('jobs.candidates', { jobId, search: 'x'.repeat(201) })).message).toMatch(/at most 200/);
  });
});

describe('columns and duplicates', () => {
  it('gives the canonical fields and the chosen extra fields of each row, and names the extras there are', async () => {
    const page = await ok<CandidatePage>('jobs.candidates', { jobId, limit: 20, extras: ['Region Code'] });
    expect(page.extraFields).toContain('Region Code');
    for (const c of page.candidates) {
      expect(c.extra['Region Code']).toMatch(/^RC-[0-3]$/);
      expect(c.fields.company).toBe(c.company);
    }
    const without = await ok<CandidatePage>('jobs.candidates', { jobId, limit: 5 });
    expect(without.candidates.every((c) => Object.keys(c.extra).length === 0)).toBe(true);
  });

  it('marks the later record of one person as a duplicate of the earlier, by email or by name at the company', async () => {
    const everyone = (await allCandidates({})).rows;
    const byEmail = everyone.find((c) => c.id === ids.get('dup-email'))!;
    const byName = everyone.find((c) => c.id === ids.get('dup-name'))!;
    expect(byEmail.duplicateOf).toMatchObject({ id: ids.get('r7'), by: 'email', name: everyone.find((c) => c.id === ids.get('r7'))!.name });
    expect(byEmail.duplicateOf!.rank).toBe(everyone.find((c) => c.id === ids.get('r7'))?.rank ?? null);
    expect(byName.duplicateOf).toMatchObject({ id: ids.get('r8'), by: 'name and company' });
    // The originals are not marked, nor anyone else.
    expect(everyone.filter((c) => c.duplicateOf !== null).map((c) => c.id).sort()).toEqual([byEmail.id, byName.id].sort());
  });

  it('narrows, counts and marks a list\'s members the same way', async () => {
    const members = await ok<ListMemberPage>('lists.members', { listId, limit: 50, search: 'person1', extras: ['Region Code'] });
    expect(members.unfiltered).toBe(5);
    expect(members.members.map((m) => m.id)).toEqual([ids.get('r10'), ids.get('r15')]);
    expect(members.total).toBe(2);
    expect(members.members[0]!.extra['Region Code']).toBe('RC-2');
    const sorted = await ok<ListMemberPage>('lists.members', { listId, limit: 50, filters: [{ column: 'employees', min: 1 }], sort: { column: 'employees', direction: 'asc' } });
    expect(sorted.members.map((m) => m.fields.employees)).toEqual([50, 100, 150, 200]);
  });
});
