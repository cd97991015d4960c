/**
 * "Export all shown" (issue 11): `exports.csv` takes the grid's query — its
 * search, column filters, minimum score, folding and sort, checked by the
 * same schema — and the file holds exactly the rows the grid shows, in its
 * order. Also: companies are marked as duplicates by domain or name, and
 * folding hides the later duplicates of rows in the result, counted.
 * Through the app's dispatch on a real workspace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidatePage, ExportResultDto, JobCandidateDto, ListMemberPage, ListMemberDto } from '../../../src-main/contract/dto';
import { importFile } from '../../../src-main/import/import-file';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { AppWorkspace } from '../../helpers/app-workspace';
import { importLeads, listOf, peopleWithDuplicates } from '../../helpers/engine-workspace';

const app = new AppWorkspace({ threads: 2 });
const { ok, fails } = app;
let jobId: number;
let listId: number;
let ids: Map<string, number>;

const TITLES = ['VP of Sales', 'Engineer', 'Account Executive', 'Marketing Manager'];

beforeAll(async () => {
  await app.open(async (ws) => {
    // Ends with later records of people already there: by email (in capitals), and by name at the same company.
    ids = await importLeads(ws, peopleWithDuplicates({ count: 240, firms: 29, employeeBands: 40, titles: TITLES }));
    listId = listOf(ws, 'examples', ['r0', 'r5', 'r10', 'r15', 'r20'].map((k) => ids.get(k)!));
  });
  jobId = await app.runListJob(listId);
  const job = app.ws.db.prepare('SELECT status, error FROM lookalike_jobs WHERE id = ?').get(jobId) as { status: string; error: string | null };
  expect(job).toMatchObject({ status: 'completed' });
}, 120_000);
afterAll(() => app.close());

async function shownCandidates(payload: Record<string, unknown>): Promise<{ rows: JobCandidateDto[]; total: number }> {
  const rows: JobCandidateDto[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await ok<CandidatePage>('jobs.candidates', { jobId, offset, limit: 100, ...payload });
    rows.push(...page.candidates);
    if (page.candidates.length < 100) return { rows, total: page.total };
  }
}

async function shownMembers(list: number, payload: Record<string, unknown>): Promise<{ rows: ListMemberDto[]; total: number }> {
  const rows: ListMemberDto[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await ok<ListMemberPage>('lists.members', { listId: list, offset, limit: 100, ...payload });
    rows.push(...page.members);
    if (page.members.length < 100) return { rows, total: page.total };
  }
}

function csvRows(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const recordIdOf = (id: number) => [...ids].find(([, v]) => v === id)![0];

describe('exporting what the grid shows', () => {
  it('writes exactly the candidates a search, filters, a minimum score and a sort leave, in the grid\'s order', async () => {
    const query = {
      minScore: 0.05,
      search: 'firm 1',
      filters: [
        { column: 'country', in: ['germany'] },
        { column: 'employees', min: 50 },
      ],
      sort: { column: 'employees', direction: 'desc' },
    };
    const shown = await shownCandidates(query);
    expect(shown.rows.length).toBeGreaterThan(3);
    expect(shown.rows.length).toBeLessThan((await shownCandidates({})).rows.length);
    const result = await ok<ExportResultDto>('exports.csv', { jobId, ...query });
    expect(result.rows).toBe(shown.total);
    expect(basename(result.file)).toMatch(new RegExp(`^lookalike-job-${jobId}-min-0\\.05-shown-${shown.total}-for-crm-`));
    const written = csvRows(result.file);
    expect(written.map((r) => r['Record ID'])).toEqual(shown.rows.map((c) => recordIdOf(c.id)));
    expect(written.map((r) => Number(r['Lookalike Rank']))).toEqual(shown.rows.map((c) => c.rank));
  });

  it('writes every candidate of the minimum, best first, when nothing narrows the grid (as before)', async () => {
    const shown = await shownCandidates({ minScore: 0.05 });
    const result = await ok<ExportResultDto>('exports.csv', { jobId, minScore: 0.05, sort: { column: 'rank', direction: 'asc' } });
    expect(basename(result.file)).not.toMatch(/shown/);
    expect(csvRows(result.file).map((r) => Number(r['Lookalike Rank']))).toEqual(shown.rows.map((c) => c.rank));
  });

  it('writes a list\'s members as its grid shows them, searched and sorted', async () => {
    const query = { search: 'person1', sort: { column: 'name', direction: 'desc' } };
    const shown = await shownMembers(listId, query);
    expect(shown.rows.map((m) => m.id)).toEqual([ids.get('r15'), ids.get('r10')]);
    const result = await ok<ExportResultDto>('exports.csv', { listId, ...query, flavour: 'spreadsheet' });
    expect(result.flavour).toBe('spreadsheet');
    expect(csvRows(result.file).map((r) => r['Record ID'])).toEqual(['r15', 'r10']);
  });

  it('checks the grid query with the grid\'s own rules', async () => {
    expect((await fails('exports.csv', { jobId, filters: [{ column: 'password', contains: 'x' }] })).message).toMatch(/filter by score, name/);
    expect((await fails('exports.csv', { jobId, search: 'x'.repeat(201) })).message).toMatch(/at most 200/);
    expect((await fails('exports.csv', { listId, sort: { column: 'rank', direction: 'asc' } })).code).toBe('invalid_input');
    expect((await fails('exports.csv', { jobId, fold: 'yes' })).message).toMatch(/fold must be true or false/i);
  });
});

describe('folding duplicates', () => {
  it('hides the later record of a person whose earlier record is in the result, counts it, and exports the same', async () => {
    const all = await shownCandidates({});
    const folded = await shownCandidates({ fold: true });
    const inResult = new Set(all.rows.map((c) => c.id));
    // Only the duplicates whose original is itself a candidate fold away.
    const foldable = all.rows.filter((c) => c.duplicateOf !== null && inResult.has(c.duplicateOf.id)).map((c) => c.id);
    expect(foldable.length).toBeGreaterThan(0);
    expect(folded.total).toBe(all.total - foldable.length);
    expect(folded.rows.map((c) => c.id)).toEqual(all.rows.map((c) => c.id).filter((id) => !foldable.includes(id)));
    const result = await ok<ExportResultDto>('exports.csv', { jobId, fold: true });
    expect(result.rows).toBe(folded.total);
    expect(csvRows(result.file).map((r) => r['Record ID'])).toEqual(folded.rows.map((c) => recordIdOf(c.id)));
  });

  it('keeps a duplicate whose original is not in the result', async () => {
    const list = listOf(app.ws, 'only the later record', [ids.get('dup-email')!, ids.get('r1')!]);
    const members = await shownMembers(list, { fold: true });
    expect(members.rows.map((m) => m.id)).toEqual([ids.get('r1'), ids.get('dup-email')]);
    expect(members.rows[1]!.duplicateOf).toMatchObject({ id: ids.get('r7'), by: 'email' });
    const both = listOf(app.ws, 'both records', [ids.get('dup-email')!, ids.get('r7')!, ids.get('r1')!]);
    expect((await shownMembers(both, { fold: true })).rows.map((m) => m.id)).toEqual([ids.get('r1'), ids.get('r7')]);
    expect((await shownMembers(both, {})).total).toBe(3);
  });

  it('marks and folds companies with the same domain or the same name', async () => {
    const file = join(app.ws.dir, 'companies.csv');
    writeFileSync(
      file,
      Papa.unparse([
        { 'Record ID': 'c1', 'Company name': 'Acme GmbH', 'Company Domain Name': 'acme.example', Industry: 'Software' },
        { 'Record ID': 'c2', 'Company name': 'Bolt', 'Company Domain Name': 'bolt.example', Industry: 'Software' },
        { 'Record ID': 'c3', 'Company name': 'Acme Holdings', 'Company Domain Name': 'acme.example', Industry: 'Software' },
        { 'Record ID': 'c4', 'Company name': 'BOLT', 'Company Domain Name': 'bolt-other.example', Industry: 'Software' },
      ]),
    );
    await importFile(app.ws, file, { entity: 'companies' });
    const company = new Map((app.ws.db.prepare('SELECT record_id, id FROM companies WHERE record_id IS NOT NULL').raw().all() as [string, number][]).map(([k, v]) => [k, v]));
    expect([...company.keys()].sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    const list = insertList(app.ws.db, 'companies', 'companies');
    addListMembers(app.ws.db, list, 'companies', ['c1', 'c2', 'c3', 'c4'].map((k) => company.get(k)!));
    const members = await shownMembers(list, {});
    const dupOf = new Map(members.rows.map((m) => [m.id, m.duplicateOf]));
    expect(dupOf.get(company.get('c1')!)).toBeNull();
    expect(dupOf.get(company.get('c2')!)).toBeNull();
    expect(dupOf.get(company.get('c3')!)).toMatchObject({ id: company.get('c1'), by: 'domain' });
    expect(dupOf.get(company.get('c4')!)).toMatchObject({ id: company.get('c2'), by: 'name' });
    const folded = await shownMembers(list, { fold: true });
    expect(folded.total).toBe(2);
    expect(folded.rows.map((m) => m.id)).toEqual([company.get('c1'), company.get('c2')]);
  });
});
