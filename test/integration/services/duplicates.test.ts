import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishJob, insertCandidates, insertJob, writeLookalikeScores } from '../../../src-main/db/queries/jobs';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { COMPANY_FIELD_COLUMNS, LEAD_FIELD_COLUMNS, insertCompany, insertLead } from '../../../src-main/db/queries/records';
import { setReviewMarks } from '../../../src-main/db/queries/review-marks';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { mergeDuplicates, previewDuplicates, undoMerge, type DuplicatesDeps } from '../../../src-main/services/duplicates-service';
import { addOldStyleDuplicates, OLD_STYLE_CAMPAIGN, type OldStyleDuplicates } from '../../helpers/old-style-duplicates';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-workspace';

const CONTACTS = 300;
const COMPANIES = 60;
const SKELETONS = 200;
const COPIES = 50;

/** A HubSpot contacts export: CONTACTS people at COMPANIES companies, each with a website. */
function writeContacts(dir: string): string {
  const rows = ['Record ID,First Name,Last Name,Email,Job Title,Company Name,Website URL,Industry'];
  for (let i = 0; i < CONTACTS; i++) {
    const c = i % COMPANIES;
    rows.push(`${5000 + i},Person${i},Lastname${i},Person${i}.Lastname@Company${c}.com,Head of Sales,Company ${c},https://www.company${c}.com,Computer Software`);
  }
  const file = join(dir, 'contacts.csv');
  writeFileSync(file, rows.join('\n') + '\n');
  return file;
}

/** Every table that holds imported records or points at them, sorted, as text: what undo must give back exactly. */
function snapshot(db: Database.Database): Record<string, unknown[]> {
  const tables = ['leads', 'companies', 'list_members', 'campaign_members', 'review_marks', 'lookalike_job_examples', 'lookalike_candidates', 'lookalike_scores'];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).all().map((r) => JSON.stringify(r)).sort()]));
}

/**
 * The same company imported twice (by its domain, then by its CRM id) and
 * Ada Lovelace once under each copy, with no record id or email: her two
 * leads match by name at one company only once the copies merge.
 */
function addLeadUnderEachCopy(db: Database.Database) {
  const batchId = db.prepare('SELECT max(id) FROM import_batches').pluck().get() as number;
  const company = (identity: string, given: Record<string, string>) =>
    insertCompany(db, identity, { fields: COMPANY_FIELD_COLUMNS.map((c) => given[c.column] ?? null), nameKey: 'twice' }, null, batchId).id;
  const fromContacts = company('domain:twice.example', { name: 'Twice', domain: 'twice.example' });
  const fromExport = company('rid:HS-TWICE', { record_id: 'HS-TWICE', name: 'Twice', domain: 'twice.example', country: 'France' });
  const ada = (companyId: number, given: Record<string, string>) =>
    insertLead(db, {
      identity: `name:${companyId}:ada lovelace`,
      values: LEAD_FIELD_COLUMNS.map((c) => ({ full_name: 'Ada Lovelace', ...given })[c.column] ?? null),
      companyId,
      nameKey: 'ada lovelace',
      outcome: null,
      extraJson: null,
      batchId,
    }).id;
  return { fromContacts, fromExport, adaAtContacts: ada(fromContacts, { title: 'Analyst' }), adaAtExport: ada(fromExport, { city: 'London' }) };
}

const deps: DuplicatesDeps = { busy: () => null, changed: () => {} };
const events: { mergeId: number; change: string }[] = [];
const recording: DuplicatesDeps = { busy: () => null, changed: (mergeId, change) => events.push({ mergeId, change }) };

let t: ReturnType<typeof tempDir>;
let ws: Workspace;
let dups: OldStyleDuplicates;
const leadByEmail = (email: string) => ws.db.prepare('SELECT * FROM leads WHERE email = ? ORDER BY id').all(email) as Record<string, unknown>[];
const count = (sql: string, ...params: unknown[]) => ws.db.prepare(sql).pluck().get(...params) as number;

beforeEach(async () => {
  t = tempDir();
  const db = join(t.dir, 'ws.db');
  expect((await cli(['import', writeContacts(t.dir), '--db', db], t.dir)).code).toBe(0);
  ws = openWorkspace(db);
  dups = addOldStyleDuplicates(ws.db, { leads: SKELETONS, companies: COPIES });
  events.length = 0;
});
afterEach(() => {
  ws.close();
  t.cleanup();
});

describe('merging an older workspace’s duplicates', () => {
  it('previews the duplicates by key, with a sample, and changes nothing', () => {
    const before = snapshot(ws.db);
    const p = previewDuplicates(ws);
    expect(p.leads).toBe(SKELETONS);
    expect(p.companies).toBe(COPIES);
    expect(p.byKey).toEqual(expect.arrayContaining([{ entity: 'leads', key: 'email', records: SKELETONS }, { entity: 'companies', key: 'domain', records: COPIES }]));
    const lead = p.sample.find((g) => g.entity === 'leads')!;
    expect(lead.survivor.recordId).not.toBeNull();
    expect(lead.merged[0]!.recordId).toBeNull();
    expect(lead.campaignMemberships).toBe(1);
    expect(lead.filled).toEqual(expect.arrayContaining(['Outcome', 'Replied', 'Campaign', 'Extra fields']));
    expect(p.lastMerge).toBeNull();
    expect(snapshot(ws.db)).toEqual(before);
  });

  it('merges skeletons into the real leads and company copies into one, keeping outcomes, lists, marks and examples on the survivors', () => {
    const leadsBefore = count('SELECT count(*) FROM leads');
    const companiesBefore = count('SELECT count(*) FROM companies');
    const [email0, skeleton0] = [...dups.skeletons][0]!;
    const [email1, skeleton1] = [...dups.skeletons][1]!;
    const real0 = leadByEmail(email0)[0]!.id as number;
    const real1 = leadByEmail(email1)[0]!.id as number;
    // A list holding a skeleton only, and one holding both records of one person.
    const onlySkeleton = insertList(ws.db, 'Replied', 'leads');
    addListMembers(ws.db, onlySkeleton, 'leads', [skeleton0]);
    const both = insertList(ws.db, 'Both', 'leads');
    addListMembers(ws.db, both, 'leads', [real1, skeleton1]);
    // A finished job over leads that learned from a skeleton, ranked another, with a review mark on it.
    const job = insertJob(ws.db, { entity: 'leads', sourceKind: 'campaign', sourceId: dups.campaignId, sourceName: OLD_STYLE_CAMPAIGN, params: { top: 10 } });
    insertCandidates(ws.db, job, [{ recordId: skeleton1, score: 0.9, reasons: { title: 0.5 } }]);
    writeLookalikeScores(ws.db, 'leads', `job:${job}`, job, [{ recordId: skeleton1, score: 0.9, reasons: {} }]);
    ws.db.prepare('INSERT INTO lookalike_job_examples (job_id, record_id, weight) VALUES (?, ?, 3)').run(job, skeleton0);
    setReviewMarks(ws.db, job, [skeleton1], 'good');
    finishJob(ws.db, job, 'completed', { candidates: 1 });
    // Two leads with DIFFERENT record ids and one email: two people, kept apart.
    insertLead(ws.db, {
      identity: 'rid:OTHER-1',
      values: LEAD_FIELD_COLUMNS.map((c) => ({ record_id: 'OTHER-1', email: 'person250.lastname@company10.com', full_name: 'Someone Else' })[c.column] ?? null),
      companyId: null,
      nameKey: null,
      outcome: null,
      extraJson: null,
      batchId: 1,
    });
    const real250 = leadByEmail('person250.lastname@company10.com')[0]!.id as number;

    const r = mergeDuplicates(ws, recording);
    expect(r).toMatchObject({ leads: SKELETONS, companies: COPIES });
    expect(events).toEqual([{ mergeId: r.mergeId, change: 'merged' }]);
    expect(count('SELECT count(*) FROM leads')).toBe(leadsBefore + 1 - SKELETONS);
    expect(count('SELECT count(*) FROM companies')).toBe(companiesBefore - COPIES);

    // Outcomes and campaign memberships are on the real leads now.
    for (const [email] of dups.skeletons) {
      const [lead, ...others] = leadByEmail(email);
      expect(others).toEqual([]);
      expect(lead!.record_id).not.toBeNull();
      expect(['won', 'replied']).toContain(lead!.outcome);
      expect(lead!.replied).toBe(1);
      expect(JSON.parse(lead!.extra as string)).toHaveProperty('Sequence step');
      expect(count('SELECT count(*) FROM campaign_members WHERE lead_id = ? AND campaign_id = ?', lead!.id, dups.campaignId)).toBe(1);
    }
    expect(count("SELECT count(*) FROM campaign_members WHERE outcome IN ('won', 'replied')")).toBe(SKELETONS);
    // Lists, marks, examples, candidates and scores point at the survivors; a list holds each person once.
    expect(ws.db.prepare('SELECT lead_id FROM list_members WHERE list_id = ?').pluck().all(onlySkeleton)).toEqual([real0]);
    expect(ws.db.prepare('SELECT lead_id FROM list_members WHERE list_id = ?').pluck().all(both)).toEqual([real1]);
    expect(ws.db.prepare('SELECT record_id FROM lookalike_job_examples WHERE job_id = ?').pluck().all(job)).toEqual([real0]);
    expect(ws.db.prepare('SELECT record_id FROM lookalike_candidates WHERE job_id = ?').pluck().all(job)).toEqual([real1]);
    expect(ws.db.prepare('SELECT record_id FROM review_marks WHERE job_id = ?').pluck().all(job)).toEqual([real1]);
    expect(ws.db.prepare("SELECT record_id FROM lookalike_scores WHERE entity = 'leads'").pluck().all()).toEqual([real1]);
    // Different record ids stayed two leads.
    expect(leadByEmail('person250.lastname@company10.com').map((l) => l.record_id).sort()).toEqual(['5250', 'OTHER-1']);
    expect(leadByEmail('person250.lastname@company10.com').map((l) => l.id)).toContain(real250);
    // Leads of a duplicated company link to the survivor (the one with the CRM id), which kept the export's attributes.
    const germanLeads = count("SELECT count(*) FROM leads l JOIN companies c ON c.id = l.company_id WHERE c.country = 'Germany'");
    expect(germanLeads).toBe(COPIES * (CONTACTS / COMPANIES));
    expect(count('SELECT count(*) FROM companies WHERE domain IN (SELECT domain FROM companies GROUP BY domain HAVING count(*) > 1)')).toBe(0);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    // Nothing left to merge; the merge is the last one, undoable.
    const after = previewDuplicates(ws);
    expect(after).toMatchObject({ leads: 0, companies: 0, lastMerge: { mergeId: r.mergeId, undoable: true } });
    expect(after.keptApart).toEqual([{ entity: 'leads', key: 'email', records: 2 }]);
  });

  it('merges a lead keyed by its name at its company into the lead with a record id (the importer\'s third key)', () => {
    const real = ws.db.prepare('SELECT id, company_id, name_key, full_name FROM leads WHERE record_id = ?').get('5299') as { id: number; company_id: number; name_key: string; full_name: string };
    const batchId = ws.db.prepare('SELECT max(id) FROM import_batches').pluck().get() as number;
    const { id: nameOnly } = insertLead(ws.db, {
      identity: `name:${real.company_id}:${real.name_key}`,
      values: LEAD_FIELD_COLUMNS.map((c) => (c.column === 'full_name' ? real.full_name : c.column === 'title' ? 'VP Sales' : null)),
      companyId: real.company_id,
      nameKey: real.name_key,
      outcome: 'won',
      extraJson: null,
      batchId,
    });
    expect(previewDuplicates(ws).byKey).toContainEqual({ entity: 'leads', key: 'name_company', records: 1 });
    mergeDuplicates(ws, deps);
    expect(count('SELECT count(*) FROM leads WHERE id = ?', nameOnly)).toBe(0);
    // Its outcome fills the blank of the lead it duplicates; that lead's own title stays.
    expect(ws.db.prepare('SELECT outcome, title FROM leads WHERE id = ?').get(real.id)).toEqual({ outcome: 'won', title: 'Head of Sales' });
  });

  it('merges two leads with one name under the two copies of one company, and the preview counts them (they match only once the companies merge)', () => {
    const { fromExport, adaAtContacts, adaAtExport } = addLeadUnderEachCopy(ws.db);
    const adas = () => ws.db.prepare("SELECT id, company_id, title, city FROM leads WHERE name_key = 'ada lovelace'").all();

    const before = snapshot(ws.db);
    const preview = previewDuplicates(ws);
    expect(preview).toMatchObject({ leads: SKELETONS + 1, companies: COPIES + 1 });
    expect(preview.byKey).toContainEqual({ entity: 'leads', key: 'name_company', records: 1 });

    const r = mergeDuplicates(ws, deps);
    // The merge does what the preview said, in one pass.
    expect(r).toMatchObject({ leads: preview.leads, companies: preview.companies });
    expect(r.byKey).toEqual(expect.arrayContaining(preview.byKey));
    expect(r.conflicts).toBe(preview.conflicts);
    expect(count("SELECT count(*) FROM companies WHERE domain = 'twice.example'")).toBe(1);
    expect(adas()).toEqual([{ id: adaAtContacts, company_id: fromExport, title: 'Analyst', city: 'London' }]);
    expect(count('SELECT count(*) FROM leads WHERE id = ?', adaAtExport)).toBe(0);
    expect(previewDuplicates(ws)).toMatchObject({ leads: 0, companies: 0 });

    // Undo gives back both companies and both leads, each row as it was.
    undoMerge(ws, r.mergeId, deps);
    expect(snapshot(ws.db)).toEqual(before);
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    expect(previewDuplicates(ws)).toMatchObject({ leads: SKELETONS + 1, companies: COPIES + 1 });
  });

  it('undo puts back exactly what the merge changed, in one transaction', () => {
    const list = insertList(ws.db, 'Both', 'leads');
    const [email1, skeleton1] = [...dups.skeletons][1]!;
    addListMembers(ws.db, list, 'leads', [leadByEmail(email1)[0]!.id as number, skeleton1]);
    // A companies list holding both copies of one company and the copy of another; a companies job ranking a copy.
    const [[domain0, copy0], [, copy1]] = [...dups.companyCopies] as [[string, number], [string, number]];
    const original0 = ws.db.prepare('SELECT id FROM companies WHERE domain = ? AND id <> ?').pluck().get(domain0, copy0) as number;
    const accounts = insertList(ws.db, 'Accounts', 'companies');
    addListMembers(ws.db, accounts, 'companies', [original0, copy0, copy1!]);
    const job = insertJob(ws.db, { entity: 'companies', sourceKind: 'list', sourceId: accounts, sourceName: 'Accounts', params: { top: 10 } });
    insertCandidates(ws.db, job, [{ recordId: original0, score: 0.8, reasons: {} }]);
    writeLookalikeScores(ws.db, 'companies', `job:${job}`, job, [{ recordId: original0, score: 0.8, reasons: {} }]);
    setReviewMarks(ws.db, job, [original0], 'not_a_fit');
    finishJob(ws.db, job, 'completed', { candidates: 1 });
    // And a person imported under each copy of one company, listed twice: merged only through the company merge.
    const { adaAtContacts, adaAtExport } = addLeadUnderEachCopy(ws.db);
    addListMembers(ws.db, list, 'leads', [adaAtContacts, adaAtExport]);
    const before = snapshot(ws.db);
    const r = mergeDuplicates(ws, deps);
    expect(snapshot(ws.db)).not.toEqual(before);
    expect(ws.db.prepare('SELECT lead_id FROM list_members WHERE list_id = ? AND lead_id IN (?, ?)').pluck().all(list, adaAtContacts, adaAtExport)).toEqual([adaAtContacts]);
    expect(ws.db.prepare('SELECT company_id FROM list_members WHERE list_id = ? ORDER BY company_id').pluck().all(accounts)).toEqual([copy0, copy1]);
    expect(ws.db.prepare('SELECT record_id FROM review_marks WHERE job_id = ?').pluck().all(job)).toEqual([copy0]);
    const undone = undoMerge(ws, r.mergeId, recording);
    expect(undone).toEqual({ mergeId: r.mergeId, leads: SKELETONS + 1, companies: COPIES + 1 });
    expect(events).toEqual([{ mergeId: r.mergeId, change: 'undone' }]);
    expect(snapshot(ws.db)).toEqual(before);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    expect(() => undoMerge(ws, r.mergeId, deps)).toThrow(/no merge to undo/);
    // And it can be merged again.
    expect(mergeDuplicates(ws, deps)).toMatchObject({ leads: SKELETONS + 1, companies: COPIES + 1 });
  });

  it('refuses an undo after a later import, and a merge while something else writes', async () => {
    const r = mergeDuplicates(ws, deps);
    ws.db.prepare("INSERT INTO import_batches (file_name, file_path, file_size, entity, encoding, delimiter, mapping, status, started_at) VALUES ('x.csv', '/x.csv', 0, 'leads', 'utf-8', ',', '{}', 'completed', 'now')").run();
    expect(previewDuplicates(ws).lastMerge).toMatchObject({ undoable: false, reason: expect.stringMatching(/an import has run since/) });
    expect(() => undoMerge(ws, r.mergeId, deps)).toThrow(/can no longer be undone/);
    expect(() => mergeDuplicates(ws, { ...deps, busy: () => 'A file is importing.' })).toThrow('A file is importing.');

    expect(() => mergeDuplicates(ws, deps)).toThrow(/No duplicate/);
  });

  it('undo leaves out what was deleted since: a list holding both records of a person', () => {
    const [email1, skeleton1] = [...dups.skeletons][1]!;
    const real1 = leadByEmail(email1)[0]!.id as number;
    const kept = insertList(ws.db, 'Kept', 'leads');
    const deleted = insertList(ws.db, 'Deleted later', 'leads');
    addListMembers(ws.db, kept, 'leads', [real1, skeleton1]);
    addListMembers(ws.db, deleted, 'leads', [real1, skeleton1]);
    const r = mergeDuplicates(ws, deps);
    ws.db.prepare('DELETE FROM lists WHERE id = ?').run(deleted);
    undoMerge(ws, r.mergeId, deps);
    expect(ws.db.prepare('SELECT lead_id FROM list_members WHERE list_id = ? ORDER BY lead_id').pluck().all(kept)).toEqual([real1, skeleton1]);
    expect(ws.db.prepare('SELECT count(*) FROM list_members WHERE list_id = ?').pluck().get(deleted)).toBe(0);
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
  });
});
