/**
 * The labelled datasets of ../shared/data, each loaded into a workspace with
 * a job source whose examples are the known good records — the way an
 * analyst would set them up — for backtests and the quality table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { addListMembers, insertList } from '../../src-main/db/queries/lists';
import { insertSegment } from '../../src-main/db/queries/segments';
import type { Workspace } from '../../src-main/db/workspace';
import type { Entity } from '../../src-main/contract/dto';
import { importFile } from '../../src-main/import/import-file';
import type { SourceRef } from '../../src-main/engine/sources';
import { parseCondition } from '../../src-main/segments/condition';
import { LEAKAGE_COLUMNS } from './xeducation';


export interface LabelledDataset {
  name: string;
  entity: Entity;
  source: SourceRef;
  /** What the examples are. */
  label: string;
}

export const sharedData = (): string => new URL('../../../shared/data/', import.meta.url).pathname;

const csvRows = (path: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

/**
 * X Education: the converted leads (a segment on the outcome, which is no feature), leakage columns left out —
 * or kept, to see whether the seed diagnostics find them.
 */
export async function loadXEducation(ws: Workspace, data = sharedData(), options: { keepLeakageColumns?: boolean } = {}): Promise<LabelledDataset> {
  const overrides = options.keepLeakageColumns ? {} : Object.fromEntries(LEAKAGE_COLUMNS.map((h) => [h, '-']));
  await importFile(ws, join(data, 'xeducation-leads', 'Leads.csv'), { overrides });
  const segment = insertSegment(ws.db, 'converted', 'leads', [parseCondition('outcome = won')]);
  return { name: 'X Education', entity: 'leads', source: { kind: 'segment', id: segment }, label: 'Converted' };
}

/** Olist: the marketing-qualified leads whose mql_id closed a deal (a list; only the MQL file's columns are features). */
export async function loadOlist(ws: Workspace, data = sharedData()): Promise<LabelledDataset> {
  const dir = join(data, 'olist-marketing-funnel');
  await importFile(ws, join(dir, 'olist_marketing_qualified_leads_dataset.csv'));
  const closed = new Set(csvRows(join(dir, 'olist_closed_deals_dataset.csv')).map((r) => r.mql_id));
  const ids = (ws.db.prepare('SELECT id, record_id FROM leads ORDER BY id').all() as { id: number; record_id: string | null }[])
    .filter((r) => r.record_id !== null && closed.has(r.record_id))
    .map((r) => r.id);
  const list = insertList(ws.db, 'closed deals', 'leads');
  addListMembers(ws.db, list, 'leads', ids);
  return { name: 'Olist', entity: 'leads', source: { kind: 'list', id: list }, label: 'closed a deal' };
}

/** Maven, account level: accounts whose win rate over closed deals is above the median account's. */
export async function loadMavenAccounts(ws: Workspace, data = sharedData()): Promise<LabelledDataset> {
  const dir = join(data, 'maven-crm-sales-opportunities');
  await importFile(ws, join(dir, 'accounts.csv'), { entity: 'companies' });
  const deals = csvRows(join(dir, 'sales_pipeline.csv'));
  const tally = new Map<string, { won: number; closed: number }>();
  for (const d of deals) {
    if (!d.account || (d.deal_stage !== 'Won' && d.deal_stage !== 'Lost')) continue;
    const t = tally.get(d.account) ?? { won: 0, closed: 0 };
    t.closed++;
    if (d.deal_stage === 'Won') t.won++;
    tally.set(d.account, t);
  }
  const rates = [...tally.entries()].map(([a, t]) => [a, t.won / t.closed] as const);
  const sorted = rates.map(([, r]) => r).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const good = new Set(rates.filter(([, r]) => r > median).map(([a]) => a.toLowerCase()));
  const ids = (ws.db.prepare('SELECT id, name FROM companies ORDER BY id').all() as { id: number; name: string | null }[])
    .filter((c) => c.name !== null && good.has(c.name.toLowerCase()))
    .map((c) => c.id);
  const list = insertList(ws.db, 'high win rate', 'companies');
  addListMembers(ws.db, list, 'companies', ids);
  return { name: 'Maven (accounts)', entity: 'companies', source: { kind: 'list', id: list }, label: 'win rate above the median' };
}

/** Crunchbase: companies acquired or taken public (a segment on the status column, which is then no feature). */
export async function loadCrunchbase(ws: Workspace, data = sharedData()): Promise<LabelledDataset> {
  await importFile(ws, join(data, 'crunchbase-2013', 'crunchbase-companies.csv'), { entity: 'companies' });
  const segment = insertSegment(ws.db, 'exits', 'companies', [parseCondition('status in (acquired, ipo)')]);
  return { name: 'Crunchbase (exits)', entity: 'companies', source: { kind: 'segment', id: segment }, label: 'acquired or IPO' };
}

export const LABELLED_DATASETS = [loadXEducation, loadOlist, loadMavenAccounts, loadCrunchbase];
