/**
 * The results grid's main-process side (issue 11): sorting by any column
 * over all rows, not one page (candidates, members, jobs, lists), with
 * blanks last and ties in the default order; unknown columns refused; and an
 * export of the selection that writes exactly the selected rows.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidatePage, ExportResultDto, JobCandidateDto, JobSummaryDto, ListMemberPage, ListSummary } from '../../../src-main/contract/dto';
import { AppWorkspace } from '../../helpers/app-workspace';
import { importLeads, listOf } from '../../helpers/engine-workspace';

const app = new AppWorkspace({ threads: 2 });
const { ok, fails } = app;
let jobId: number;
let listId: number;
let all: JobCandidateDto[];

const INDUSTRIES = ['Computer Software', 'Retail', 'Banking', 'Farming', 'Hospital & Health Care'];
const TITLES = ['VP of Sales', 'Engineer', 'Account Executive', 'Nurse', 'Marketing Manager', ''];

beforeAll(async () => {
  await app.open(async (ws) => {
    const ids = await importLeads(
      ws,
      Array.from({ length: 520 }, (_, i) => ({
        'Record ID': `r${i}`,
        'First Name': `Person${i}`,
        Email: `p${i}@firm${i % 97}.example`,
        'Job Title': TITLES[i % TITLES.length]!,
        // Mixed case and blanks, to see NOCASE and blanks-last at work.
        'Company Name': i % 11 === 0 ? '' : `${i % 2 ? 'acme' : 'Acme'} ${String.fromCharCode(65 + (i % 26))}${i % 7}`,
        Industry: INDUSTRIES[i % INDUSTRIES.length]!,
        'Number of Employees': i % 13 === 0 ? '' : String(10 + ((i * 37) % 900)),
        'Country/Region': i % 3 ? 'Germany' : 'United States',
      })),
    );
    listId = listOf(ws, 'examples', ['r0', 'r5', 'r10', 'r15', 'r20'].map((k) => ids.get(k)!));
  });
  jobId = await app.runListJob(listId);
  all = await pages(undefined);
}, 120_000);
afterAll(() => app.close());

async function pages(sort: { column: string; direction: 'asc' | 'desc' } | undefined): Promise<JobCandidateDto[]> {
  const out: JobCandidateDto[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await ok<CandidatePage>('jobs.candidates', { jobId, offset, limit: 200, ...(sort ? { sort } : {}) });
    out.push(...page.candidates);
    if (page.candidates.length < 200) return out;
  }
}

/** Blanks last either way, text ignoring case, ties by rank. */
function expected<T extends JobCandidateDto>(rows: T[], value: (r: T) => string | number | null, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const norm = (v: string | number | null) => (typeof v === 'string' ? v.toLowerCase() : v);
  return [...rows].sort((a, b) => {
    const x = norm(value(a));
    const y = norm(value(b));
    if (x === null || y === null) return x === y ? a.rank - b.rank : x === null ? 1 : -1;
    if (x !== y) return (x < y ? -1 : 1) * sign;
    return a.rank - b.rank;
  });
}

describe('server-side sorting', () => {
  it('sorts a job\'s candidates by a column over all pages, blanks last, text ignoring case, ties by rank', async () => {
    expect(all.length).toBeGreaterThan(450);
    expect(all.map((c) => c.rank)).toEqual(all.map((_, i) => i + 1));
    for (const direction of ['asc', 'desc'] as const) {
      const sorted = await pages({ column: 'company', direction });
      expect(sorted.map((c) => c.id)).toEqual(expected(all, (c) => c.company || null, direction).map((c) => c.id));
      expect(sorted.at(-1)!.company).toBeNull();
    }
    const byScore = await pages({ column: 'score', direction: 'asc' });
    expect(byScore.map((c) => c.id)).toEqual(expected(all, (c) => c.score, 'asc').map((c) => c.id));
    // The default order is unchanged, and asking for it by name gives the same.
    expect((await pages({ column: 'rank', direction: 'asc' })).map((c) => c.id)).toEqual(all.map((c) => c.id));
  });

  it('sorts by a record field the page does not show (employees), numbers as numbers', async () => {
    const sorted = await pages({ column: 'employees', direction: 'desc' });
    const employees = new Map(
      // A lead without a head count of its own shows its company's.
      (app.ws.db.prepare('SELECT l.id, coalesce(l.employees, c.employees) AS employees FROM leads l LEFT JOIN companies c ON c.id = l.company_id').all() as { id: number; employees: number | null }[]).map((r) => [r.id, r.employees]),
    );
    expect(sorted.map((c) => c.id)).toEqual(expected(all, (c) => employees.get(c.id) ?? null, 'desc').map((c) => c.id));
  });

  it('refuses a column it cannot sort by, naming the ones it can', async () => {
    const error = await fails('jobs.candidates', { jobId, sort: { column: 'salary', direction: 'asc' } });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^Cannot sort candidates by "salary": sort by rank, score, name/);
    expect((await fails('jobs.candidates', { jobId, sort: { column: 'name', direction: 'up' } })).message).toBe('Sort direction must be asc or desc.');
    expect((await fails('lists.members', { listId, sort: { column: 'rank; DROP TABLE leads', direction: 'asc' } })).code).toBe('invalid_input');
  });

  it('sorts a list\'s members, and the jobs and lists lists', async () => {
    const members = await ok<ListMemberPage>('lists.members', { listId, sort: { column: 'name', direction: 'desc' } });
    expect(members.members.map((m) => m.name)).toEqual(['Person5', 'Person20', 'Person15', 'Person10', 'Person0']);
    const paged = await ok<ListMemberPage>('lists.members', { listId, offset: 1, limit: 2, sort: { column: 'name', direction: 'desc' } });
    expect(paged.members.map((m) => m.name)).toEqual(['Person20', 'Person15']);
    expect((await ok<ListMemberPage>('lists.members', { listId })).members.map((m) => m.name)).toEqual(['Person0', 'Person5', 'Person10', 'Person15', 'Person20']);

    await ok('lists.create', { name: 'zeta', entity: 'leads' });
    await ok('lists.create', { name: 'Alpha', entity: 'leads' });
    expect((await ok<ListSummary[]>('lists.list', { sort: { column: 'name', direction: 'asc' } })).map((l) => l.name)).toEqual(['Alpha', 'examples', 'zeta']);
    expect((await ok<ListSummary[]>('lists.list', { sort: { column: 'members', direction: 'desc' } }))[0]!.name).toBe('examples');
    expect((await ok<ListSummary[]>('lists.list')).map((l) => l.name)).toEqual(['examples', 'zeta', 'Alpha']);

    const jobs = await ok<JobSummaryDto[]>('jobs.list', { sort: { column: 'candidates', direction: 'desc' } });
    expect(jobs[0]!.id).toBe(jobId);
    expect((await ok<JobSummaryDto[]>('jobs.list')).map((j) => j.id)).toEqual([jobId]);
    expect((await fails('jobs.list', { sort: { column: 'params', direction: 'asc' } })).message).toMatch(/^Cannot sort jobs by "params"/);
  });
});

describe('export of the selection', () => {
  const recordIdsIn = (file: string): string[] => {
    const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(header!.split(',')[0]).toBe('Record ID');
    return rows.map((r) => r.split(',')[0]!);
  };

  it('writes exactly the 50 selected candidates, in the job\'s order, under a name that says so', async () => {
    // Every ninth candidate, handed over shuffled: the file keeps the job's order.
    const picked = all.filter((_, i) => i % 9 === 4).slice(0, 50);
    expect(picked).toHaveLength(50);
    const shuffled = [...picked].reverse().map((c) => c.id);
    const out = await ok<ExportResultDto>('exports.csv', { jobId, ids: shuffled });
    expect(out.rows).toBe(50);
    expect(out.file).toMatch(new RegExp(`lookalike-job-${jobId}-selected-50-for-crm-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(recordIdsIn(out.file)).toEqual(picked.map((c) => c.recordId));
  });

  it('writes the selected members of a list, and refuses an empty or oversized selection', async () => {
    const members = (await ok<ListMemberPage>('lists.members', { listId })).members;
    const out = await ok<ExportResultDto>('exports.csv', { listId, ids: [members[3]!.id, members[1]!.id] });
    expect(recordIdsIn(out.file)).toEqual([members[1]!.recordId, members[3]!.recordId]);
    expect((await fails('exports.csv', { jobId, ids: [] })).message).toBe('The selection is empty: select rows, or export all.');
    const tooMany = Array.from({ length: 100_001 }, (_, i) => i + 1);
    expect((await fails('exports.csv', { jobId, ids: tooMany })).message).toBe('A selection holds at most 100,000 records.');
  });
});
