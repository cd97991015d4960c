/**
 * Issue 9, defect 4: a second file about the same people or companies finds
 * them by any of their keys, whichever key the first file used. Before, an
 * Apollo sequence-outcomes file keyed by email made a skeleton lead for every
 * row beside the contacts keyed by Apollo's record id, and a HubSpot companies
 * export made a second company for every company its contacts export had made.
 * Small files shaped like the real exports (headers from
 * ../shared/reference/crm-exports.md), written to the test's temp folder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../src-main/import/import-file';
import { previewImport } from '../../../src-main/import/preview';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

const count = (sql: string, ...params: unknown[]): number => ws.db.prepare(sql).pluck().get(...params) as number;

function csv(name: string, lines: string[]): string {
  const path = join(ws.dir, name);
  writeFileSync(path, lines.join('\r\n') + '\r\n');
  return path;
}

const APOLLO_HEADER =
  'First Name,Last Name,Title,Company,Company Name for Emails,Email,Email Status,Seniority,Departments,# Employees,Industry,Website,City,Country,Apollo Contact Id,Apollo Account Id';

function apolloContacts(): string {
  return csv('apollo-contacts-export.csv', [
    APOLLO_HEADER,
    'Jonas,Weber,Head of Sales,Acme Logistics GmbH,Acme Logistics,jonas.weber@acme-logistics.de,Verified,Head,Sales,120,logistics & supply chain,https://acme-logistics.de,Hamburg,Germany,6819c69385198d001dffbca1,6819c69385198d001dffac01',
    'Marie,Durand,CTO,Initech SAS,Initech,marie.durand@initech.fr,Verified,C suite,Engineering & Technical,45,computer software,http://www.initech.fr,Lyon,France,6819c69385198d001dffbca2,6819c69385198d001dffac02',
    'Sam,Lee,VP Marketing,Globex Inc,Globex,sam.lee@globex.com,Verified,Vp,Marketing,800,internet,https://globex.com,Austin,United States,6819c69385198d001dffbca3,6819c69385198d001dffac03',
    'Ana,Silva,Director of Operations,Globex Inc,Globex,ana.silva@globex.com,Likely to engage,Director,Operations,800,internet,https://globex.com,Austin,United States,6819c69385198d001dffbca4,6819c69385198d001dffac03',
    // Apollo has this person twice under two contact ids (a re-sourced contact): two leads, as before.
    'Ana,Silva,Director of Operations,Globex Inc,Globex,ana.silva@globex.com,Verified,Director,Operations,800,internet,https://globex.com,Austin,United States,6819c69385198d001dffbca5,6819c69385198d001dffac03',
  ]);
}

/** A sequence's outcomes, keyed by email only, in another case than the contacts export wrote it. */
function sequenceOutcomes(): string {
  return csv('apollo-sequence-outcomes.csv', [
    'Email,Sequence,Replied,Stage',
    'JONAS.WEBER@Acme-Logistics.de,Q3 outbound,true,Replied',
    'Marie.Durand@INITECH.fr,Q3 outbound,false,Unresponsive',
    'ANA.SILVA@GLOBEX.COM,Q3 outbound,true,Interested',
    'new.person@umbrella.io,Q3 outbound,false,Approaching',
  ]);
}

describe('a lead is found by any of its keys', () => {
  it('an outcomes file keyed by email updates the contacts keyed by Apollo id, whatever the case, and says so', async () => {
    const contacts = await importFile(ws, apolloContacts());
    expect(contacts).toMatchObject({ preset: 'Apollo contacts', imported: 5, updated: 0 });

    const preview = await previewImport(sequenceOutcomes(), { workspace: ws.db });
    expect(preview.existing).toEqual({ rowsChecked: 4, wholeFile: true, matched: 3, byKey: { email: 3 } });

    const outcomes = await importFile(ws, sequenceOutcomes());
    expect(outcomes).toMatchObject({ imported: 1, updated: 3, unchanged: 0, updatedBy: { email: 3 } });
    // 5 contacts and the one new person: no skeleton leads beside the contacts.
    expect(count('SELECT count(*) FROM leads')).toBe(6);
    expect(count("SELECT count(*) FROM leads WHERE email = 'jonas.weber@acme-logistics.de'")).toBe(1);
    const jonas = ws.db
      .prepare("SELECT record_id, title, replied, outcome, company_id FROM leads WHERE email = 'jonas.weber@acme-logistics.de'")
      .get() as { record_id: string; title: string; replied: number; outcome: string; company_id: number };
    expect(jonas).toMatchObject({ record_id: '6819c69385198d001dffbca1', title: 'Head of Sales', replied: 1, outcome: 'replied' });
    expect(jonas.company_id).not.toBeNull();
    // The outcome is on the contact the campaign's job will learn from.
    expect(
      count(
        "SELECT count(*) FROM campaign_members m JOIN leads l ON l.id = m.lead_id WHERE m.outcome = 'replied' AND l.record_id = '6819c69385198d001dffbca1'",
      ),
    ).toBe(1);
  });

  it('keeps two record ids with one email as two leads; an email-keyed row updates the older one', async () => {
    await importFile(ws, apolloContacts());
    expect(count("SELECT count(*) FROM leads WHERE email = 'ana.silva@globex.com'")).toBe(2);
    await importFile(ws, sequenceOutcomes());
    expect(count("SELECT count(*) FROM leads WHERE email = 'ana.silva@globex.com'")).toBe(2);
    const replied = ws.db.prepare("SELECT record_id FROM leads WHERE email = 'ana.silva@globex.com' AND replied = 1").pluck().all();
    expect(replied).toEqual(['6819c69385198d001dffbca4']);
  });

  it('the contacts file imported after the outcomes gives the email-keyed leads their record ids', async () => {
    await importFile(ws, sequenceOutcomes());
    const contacts = await importFile(ws, apolloContacts());
    // Jonas, Marie and the first Ana were already there by email; the second Ana has another record id.
    expect(contacts).toMatchObject({ imported: 2, updated: 3, updatedBy: { email: 3 } });
    expect(count('SELECT count(*) FROM leads')).toBe(6);
    expect(count("SELECT count(*) FROM leads WHERE record_id = '6819c69385198d001dffbca1' AND replied = 1")).toBe(1);
    // And from then on the record id finds them.
    const again = await importFile(ws, apolloContacts());
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 5 });
  });

  it('a file with names and companies only finds the leads by name at their company', async () => {
    await importFile(ws, apolloContacts());
    const connections = csv('Connections.csv', [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Marie,Durand,https://www.linkedin.com/in/marie-durand,,Initech SAS,Chief Technology Officer,15 Mar 2024',
      'Marie,Durand,https://www.linkedin.com/in/marie-durand-2,,Umbrella Corp,Engineer,16 Mar 2024',
    ]);
    const result = await importFile(ws, connections);
    expect(result).toMatchObject({ imported: 1, updated: 1, updatedBy: { name_company: 1 } });
    expect(ws.db.prepare("SELECT title FROM leads WHERE record_id = '6819c69385198d001dffbca2'").pluck().get()).toBe('Chief Technology Officer');
    expect(count("SELECT count(*) FROM leads WHERE full_name = 'Marie Durand'")).toBe(2);
  });
});

const HUBSPOT_CONTACTS_HEADER =
  'Record ID,First Name,Last Name,Email,Phone Number,Contact owner,Lifecycle Stage,Lead Status,Create Date,Company Name,Primary Associated Company ID,Associated Company';

function hubspotContacts(withCompanyIds = true): string {
  const rows = [
    ['39779198701', 'Jonas', 'Weber', 'jonas.weber@acme-logistics.de', 'Acme Logistics GmbH', '9001'],
    ['39779198702', 'Lena', 'Fischer', 'lena.fischer@acme-logistics.de', 'Acme Logistics GmbH', '9001'],
    ['39779198703', 'Marie', 'Durand', 'marie.durand@initech.fr', 'Initech', '9002'],
    ['39779198704', 'Sam', 'Lee', 'sam.lee@globex.com', 'Globex', '9003'],
    // A private address: only the association links this contact to its company.
    ['39779198705', 'Paul', 'Martin', 'paul.martin1984@gmail.com', 'INITECH S.A.S.', '9002'],
  ];
  return csv(withCompanyIds ? 'hubspot-crm-exports-all-contacts.csv' : 'hubspot-contacts-no-associations.csv', [
    withCompanyIds ? HUBSPOT_CONTACTS_HEADER : HUBSPOT_CONTACTS_HEADER.replace(',Primary Associated Company ID', ''),
    ...rows.map(([id, first, last, email, company, companyId]) =>
      [id, first, last, email, '+49 40 1234', 'owner@example.com', 'lead', 'NEW', '2024-03-12 09:14', `"${company}"`, ...(withCompanyIds ? [companyId] : []), `"${company}"`].join(','),
    ),
  ]);
}

function hubspotCompanies(): string {
  return csv('hubspot-crm-exports-all-companies.csv', [
    'Record ID,Company name,Company Domain Name,Industry,Number of Employees,Country/Region,City,Company owner,Create Date,Lifecycle Stage',
    '9001,Acme Logistics GmbH,acme-logistics.de,Logistics and Supply Chain,120,Germany,Hamburg,owner@example.com,2023-01-10 10:00,customer',
    '9002,Initech,initech.fr,Computer Software,45,France,Lyon,owner@example.com,2023-02-11 10:00,opportunity',
    '9003,Globex,globex.com,Internet,800,United States,Austin,owner@example.com,2023-03-12 10:00,lead',
  ]);
}

const leadsInCountries = (): number =>
  count("SELECT count(*) FROM leads l JOIN companies c ON c.id = l.company_id WHERE c.country IN ('Germany', 'France')");

describe('a company is found by its CRM id, else its domain, else its name', () => {
  it('the companies export enriches the companies its contacts export made, by their HubSpot ids', async () => {
    const contacts = await importFile(ws, hubspotContacts());
    expect(contacts).toMatchObject({ preset: 'HubSpot contacts', imported: 5 });
    expect(count('SELECT count(*) FROM companies')).toBe(3);
    expect(leadsInCountries()).toBe(0);

    const companies = await importFile(ws, hubspotCompanies());
    expect(companies).toMatchObject({ entity: 'companies', imported: 0, updated: 3, updatedBy: { record_id: 3 } });
    expect(count('SELECT count(*) FROM companies')).toBe(3);
    expect(count('SELECT count(DISTINCT domain) FROM companies')).toBe(3);
    // Acme's two contacts, Marie and Paul at Initech: every lead is linked to the enriched company.
    expect(leadsInCountries()).toBe(4);
    expect(ws.db.prepare("SELECT c.record_id FROM leads l JOIN companies c ON c.id = l.company_id WHERE l.email = 'paul.martin1984@gmail.com'").pluck().get()).toBe('9002');
  });

  it('without association ids, the companies export still merges onto them by domain', async () => {
    await importFile(ws, hubspotContacts(false));
    // Paul's private address gives no domain, and "INITECH S.A.S." normalises to Initech's name: one company.
    expect(count('SELECT count(*) FROM companies')).toBe(3);
    const companies = await importFile(ws, hubspotCompanies());
    expect(companies).toMatchObject({ imported: 0, updated: 3, updatedBy: { domain: 3 } });
    expect(count('SELECT count(*) FROM companies')).toBe(3);
    expect(leadsInCountries()).toBe(4);
  });

  it('contacts imported after the companies export link to those companies and make none', async () => {
    await importFile(ws, hubspotCompanies());
    // No leads yet: none of the rows can update one.
    const preview = await previewImport(hubspotContacts(), { workspace: ws.db });
    expect(preview.existing).toMatchObject({ matched: 0, rowsChecked: 0 });
    await importFile(ws, hubspotContacts());
    expect(count('SELECT count(*) FROM companies')).toBe(3);
    expect(leadsInCountries()).toBe(4);
  });

  it('two companies with one name but different domains stay two companies', async () => {
    const contacts = csv('contacts.csv', [
      'Email,First Name,Last Name,Company',
      'a@onyxreach.io,Anna,Nguyen,Onyxreach',
      'b@onyxreach.com,Lina,Schulz,"Onyxreach, Inc."',
    ]);
    await importFile(ws, contacts);
    expect(ws.db.prepare('SELECT domain FROM companies ORDER BY domain').pluck().all()).toEqual(['onyxreach.com', 'onyxreach.io']);
  });
});
