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
