/**
 * Gives a workspace the duplicates an older version of the importer left
 * (issue 9, defect 4), written the way that importer wrote them — through the
 * queries layer, each new row inserted under its file's identity string with
 * no lookup by the other keys:
 *  - an email-keyed sequence-outcomes file: a skeleton lead per contact (its
 *    email, the campaign, replied or won) beside the lead its CRM record id
 *    made, and the campaign membership with the outcome on the skeleton;
 *  - a companies export after its contacts: a second company per domain,
 *    with its CRM id and the export's attributes, while the contacts' leads
 *    stay linked to the nearly empty copy the contacts file made.
 */
import type Database from 'better-sqlite3';
import { insertCampaign, insertCampaignMember } from '../../src-main/db/queries/campaigns';
import { finishBatch, insertBatch } from '../../src-main/db/queries/import-batches';
import { COMPANY_FIELD_COLUMNS, LEAD_FIELD_COLUMNS, insertCompany, insertLead, type SqlValue } from '../../src-main/db/queries/records';

export const OLD_STYLE_CAMPAIGN = 'Q3 outbound sequence';

export interface OldStyleDuplicates {
  /** The skeleton leads, by the email they share with a real lead. */
  skeletons: Map<string, number>;
  /** The companies-file copies, by the domain they share with a contacts-made company. */
  companyCopies: Map<string, number>;
  campaignId: number;
}

function batch(db: Database.Database, fileName: string, entity: 'leads' | 'companies'): number {
  const id = insertBatch(db, {
    fileName,
    filePath: `/old-workspace/${fileName}`,
    fileSize: 0,
    entity,
    preset: null,
    encoding: 'utf-8',
    delimiter: ',',
    mapping: {},
    status: 'running',
    startedAt: new Date().toISOString(),
  });
  return id;
}

function values(columns: readonly { column: string }[], given: Record<string, SqlValue>): SqlValue[] {
  return columns.map((c) => given[c.column] ?? null);
}

/**
 * `leads`: how many leads with an email and a record id get a skeleton twin
 * (every other one won, the rest replied); `companies`: how many companies
 * with a domain get a companies-file copy (its `country` is Germany).
 */
export function addOldStyleDuplicates(db: Database.Database, counts: { leads: number; companies: number }): OldStyleDuplicates {
  return db.transaction(() => {
    const skeletons = new Map<string, number>();
    const companyCopies = new Map<string, number>();
    const outcomes = batch(db, 'sequence-outcomes.csv', 'leads');
    const campaignId = insertCampaign(db, OLD_STYLE_CAMPAIGN, outcomes);
    const leads = db
      .prepare('SELECT id, email FROM leads WHERE email IS NOT NULL AND record_id IS NOT NULL ORDER BY id LIMIT ?')
      .all(counts.leads) as { id: number; email: string }[];
    leads.forEach(({ email }, i) => {
      const won = i % 2 === 0;
      const outcome = won ? 'won' : 'replied';
      const { id } = insertLead(db, {
        identity: `email:${email}`,
        values: values(LEAD_FIELD_COLUMNS, { email, campaign: OLD_STYLE_CAMPAIGN, replied: 1, won: won ? 1 : null }),
        companyId: null,
        nameKey: null,
        outcome,
        extraJson: JSON.stringify({ 'Sequence step': String(3 + (i % 3)) }),
        batchId: outcomes,
      });
      insertCampaignMember(db, campaignId, id, outcome, null, outcomes);
      skeletons.set(email, id);
    });
    finishBatch(db, outcomes, 'completed', { rowsTotal: leads.length, imported: leads.length, updated: 0, unchanged: 0, rejected: 0 }, null);

    const companiesFile = batch(db, 'companies.csv', 'companies');
    const companies = db
      .prepare('SELECT id, name, name_key, domain FROM companies WHERE domain IS NOT NULL ORDER BY id LIMIT ?')
      .all(counts.companies) as { id: number; name: string | null; name_key: string | null; domain: string }[];
    for (const c of companies) {
      const recordId = `HS-C-${c.id}`;
      const { id } = insertCompany(
        db,
        `rid:${recordId}`,
        { fields: values(COMPANY_FIELD_COLUMNS, { record_id: recordId, name: c.name, domain: c.domain, country: 'Germany', employees: 120 }), nameKey: c.name_key },
        JSON.stringify({ 'Annual Revenue Band': 'B' }),
        companiesFile,
      );
      companyCopies.set(c.domain, id);
    }
    finishBatch(db, companiesFile, 'completed', { rowsTotal: companies.length, imported: companies.length, updated: 0, unchanged: 0, rejected: 0 }, null);
    return { skeletons, companyCopies, campaignId };
  })();
}
