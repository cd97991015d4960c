import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { importFile } from '../../src-main/import/import-file';
import { addListMembers, insertList } from '../../src-main/db/queries/lists';
import type { Workspace } from '../../src-main/db/workspace';

export type LeadRow = Record<string, string>;

/** Imports hand-made lead rows (HubSpot-style headers) and returns record id → lead id. */
export async function importLeads(ws: Workspace & { dir: string }, rows: LeadRow[], name = 'leads.csv'): Promise<Map<string, number>> {
  const file = join(ws.dir, name);
  writeFileSync(file, Papa.unparse(rows));
  await importFile(ws, file);
  const ids = new Map<string, number>();
  for (const r of ws.db.prepare('SELECT id, record_id FROM leads').all() as { id: number; record_id: string }[]) ids.set(r.record_id, r.id);
  return ids;
}

export function listOf(ws: Workspace, name: string, leadIds: number[]): number {
  const id = insertList(ws.db, name, 'leads');
  addListMembers(ws.db, id, 'leads', leadIds);
  return id;
}

/** A list of the first `limit` won leads (by id): the examples of the synthetic-workspace engine tests. */
export function wonListOf(ws: Workspace, limit: number): number {
  const ids = ws.db.prepare("SELECT id FROM leads WHERE outcome = 'won' ORDER BY id LIMIT ?").pluck().all(limit) as number[];
  return listOf(ws, 'won', ids);
}

/**
 * `count` hand-made leads (`r0`…, Person0 Doe…) spread over `firms` companies and
 * `employeeBands` head counts, a third in the United States, and after them two later records
 * of people already there: `dup-email` repeats r7 by email (in capitals, under another first
 * name and CRM id), `dup-name` repeats r8 by name at the same company. `more` adds columns.
 */
export function peopleWithDuplicates(options: { count: number; firms: number; employeeBands: number; titles: readonly string[]; more?: (i: number) => LeadRow }): LeadRow[] {
  const { count, firms, employeeBands, titles, more } = options;
  const rows: LeadRow[] = Array.from({ length: count }, (_, i) => ({
    'Record ID': `r${i}`,
    'First Name': `Person${i}`,
    'Last Name': 'Doe',
    Email: `p${i}@firm${i % firms}.example`,
    'Job Title': titles[i % titles.length]!,
    'Company Name': `Firm ${i % firms}`,
    'Number of Employees': String(10 * (i % employeeBands)),
    'Country/Region': i % 3 ? 'Germany' : 'United States',
    ...more?.(i),
  }));
  rows.push({ ...rows[7]!, 'Record ID': 'dup-email', Email: 'P7@FIRM7.EXAMPLE', 'First Name': 'Persona' });
  rows.push({ ...rows[8]!, 'Record ID': 'dup-name', Email: 'someone.else@firm8.example' });
  return rows;
}
