import { describe, expect, it } from 'vitest';
import { buildMapping, CANONICAL_FIELDS, detectPreset, PRESETS } from '../../../src-main/crm/index';
import * as vendor from './vendor-headers';

describe('preset detection', () => {
  const cases: [string, readonly string[], string][] = [
    ['HubSpot contacts (default view)', vendor.HUBSPOT_CONTACTS_DEFAULT, 'hubspot-contacts'],
    ['HubSpot contacts (all properties)', vendor.HUBSPOT_CONTACTS_FULL, 'hubspot-contacts'],
    ['HubSpot contacts (internal names)', vendor.HUBSPOT_CONTACTS_INTERNAL, 'hubspot-contacts'],
    ['HubSpot companies', vendor.HUBSPOT_COMPANIES, 'hubspot-companies'],
    ['Salesforce leads report', vendor.SALESFORCE_LEADS_REPORT, 'salesforce-leads'],
    ['Salesforce contacts report', vendor.SALESFORCE_CONTACTS_REPORT, 'salesforce-contacts'],
    ['Salesforce accounts report', vendor.SALESFORCE_ACCOUNTS_REPORT, 'salesforce-accounts'],
    ['Salesforce Data Loader', vendor.SALESFORCE_DATALOADER_LEADS, 'salesforce-dataloader'],
    ['Pipedrive deals', vendor.PIPEDRIVE_DEALS, 'pipedrive'],
    ['Pipedrive people', vendor.PIPEDRIVE_PEOPLE, 'pipedrive'],
    ['Pipedrive organizations', vendor.PIPEDRIVE_ORGANIZATIONS, 'pipedrive'],
    ['Apollo contacts', vendor.APOLLO_CONTACTS, 'apollo-contacts'],
    ['Apollo accounts', vendor.APOLLO_ACCOUNTS, 'apollo-accounts'],
    ['Sales Navigator exporter', vendor.SALES_NAVIGATOR, 'linkedin-sales-navigator'],
    ['LinkedIn Connections.csv', vendor.LINKEDIN_CONNECTIONS, 'linkedin-connections'],
    ['Zoho leads', vendor.ZOHO_LEADS, 'zoho-crm'],
    ['Zoho contacts', vendor.ZOHO_CONTACTS, 'zoho-crm'],
    ['Close leads', vendor.CLOSE_LEADS, 'close'],
  ];

  it.each(cases)('recognises %s', (_name, headers, id) => {
    expect(detectPreset(headers)?.id).toBe(id);
  });

  it('gives a hand-made leads file no preset', () => {
    expect(detectPreset(vendor.GENERIC_LEADS)).toBeNull();
  });

  it('gives a hand-made companies file no preset', () => {
    expect(detectPreset(vendor.GENERIC_COMPANIES)).toBeNull();
  });

  it('gives a file of common CRM headers alone no preset', () => {
    expect(detectPreset(['Email', 'First Name', 'Last Name', 'Company', 'Title', 'Phone', 'Lead Status', 'Country'])).toBeNull();
  });

  it('reports the score it reached', () => {
    const detected = detectPreset(vendor.APOLLO_CONTACTS);
    expect(detected?.name).toBe('Apollo contacts');
    expect(detected?.score).toBeGreaterThanOrEqual(PRESETS.find((p) => p.id === 'apollo-contacts')?.minScore ?? Infinity);
  });

  it('compares Data Loader API names case-sensitively', () => {
    const hubspotInternal = ['firstname', 'lastname', 'annualrevenue', 'numberofemployees', 'leadsource', 'createddate', 'ownerid'];
    expect(detectPreset(hubspotInternal)?.id).not.toBe('salesforce-dataloader');
  });

  it('tells HubSpot contacts and companies apart by their owner column', () => {
    expect(detectPreset(['Record ID', 'Company name', 'Company owner', 'Create Date', 'Country/Region'])?.id).toBe('hubspot-companies');
    expect(detectPreset(['Record ID', 'First Name', 'Contact owner', 'Create Date', 'Country/Region'])?.id).toBe('hubspot-contacts');
  });

  it('has unique ids and only maps onto canonical fields', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const preset of PRESETS) {
      for (const field of Object.values(preset.columns)) {
        if (field !== null) expect(CANONICAL_FIELDS).toContain(field);
      }
    }
  });

  it("lets a preset fix the entity: Maven's pipeline is leads although it only names an account", () => {
    const mapping = buildMapping(['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value']);
    expect(mapping.preset?.id).toBe('maven-pipeline');
    expect(mapping.entity).toBe('leads');
    expect(buildMapping(['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value'], { presetId: 'none' }).entity).toBe('companies');
  });

  it('lets columns a preset does not pin fall back to auto-mapping', () => {
    const mapping = buildMapping([...vendor.XEDUCATION_SAMPLE, 'Email', 'Company']);
    expect(mapping.preset?.id).toBe('xeducation-leads');
    const fields = Object.fromEntries(mapping.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({ Email: 'email', Company: 'company', 'Prospect ID': 'record_id' });
  });
});
