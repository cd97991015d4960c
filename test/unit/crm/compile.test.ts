import { describe, expect, it } from 'vitest';
import { buildMapping, compileMapping, type MappedRecord } from '../../../src-main/crm/index';
import * as vendor from './vendor-headers';

function mapRow(headers: readonly string[], row: readonly string[], options: Parameters<typeof buildMapping>[1] = {}): MappedRecord {
  return compileMapping(buildMapping(headers, options))(row);
}

/** A row of a file, given as header → cell; columns not given are empty. */
function rowOf(headers: readonly string[], cells: Record<string, string>): string[] {
  return headers.map((h) => cells[h] ?? '');
}

describe('toRecord', () => {
  it('keeps trimmed canonical values and drops missing markers', () => {
    const headers = ['First Name', 'Last Name', 'City', 'Country', 'Title'];
    const rec = mapRow(headers, ['Jonas ', '  Weber', 'Select', 'N/A', '#N/A']);
    expect(rec.values).toEqual({ first_name: 'Jonas', last_name: 'Weber' });
    expect(rec.values.city).toBeUndefined();
  });

  it('keeps non-blank unmapped cells raw as extras, keyed by header', () => {
    const rec = mapRow(['Email', 'Notes', 'Tags', 'Lead Profile'], ['a@acme.com', ' call back ', '', 'Select']);
    expect(rec.extra).toEqual({ Notes: ' call back ', 'Lead Profile': 'Select' });
  });

  it('gives null extras when every unmapped cell is blank', () => {
    expect(mapRow(['Email', 'Notes'], ['a@acme.com', '  ']).extra).toBeNull();
  });

  it('does not store ignored columns at all', () => {
    const rec = mapRow(['Email', 'Notes'], ['a@acme.com', 'secret'], { overrides: { Notes: '-' } });
    expect(rec.extra).toBeNull();
    expect(Object.values(rec.values)).not.toContain('secret');
  });

  it('numbers repeated headers in extras instead of overwriting', () => {
    const rec = mapRow(['Email', 'Note', 'Note'], ['a@acme.com', 'first', 'second']);
    expect(rec.extra).toEqual({ Note: 'first', 'Note (2)': 'second' });
  });

  it('lower-cases the email and takes the first of several addresses', () => {
    expect(mapRow(['Email'], ['Jane.Doe@ACME.com']).email).toBe('jane.doe@acme.com');
    expect(mapRow(['Person - Email'], ['jane@acme.com, jd@home.example']).email).toBe('jane@acme.com');
  });

  it('takes the domain from the website, else from a work email, never from free mail', () => {
    expect(mapRow(['Email', 'Website'], ['jane@other.com', 'https://www.Acme.com/about']).domain).toBe('acme.com');
    expect(mapRow(['Email', 'Website'], ['jane@acme.com', '']).domain).toBe('acme.com');
    expect(mapRow(['Email', 'Website'], ['jane@gmail.com', '']).domain).toBeNull();
  });

  it('derives the company key and the full name', () => {
    const rec = mapRow(['First Name', 'Last Name', 'Company'], ['Jane', 'Doe', 'Acme, Inc.']);
    expect(rec.companyKey).toBe('acme');
    expect(rec.fullName).toBe('Jane Doe');
    expect(mapRow(['Full Name', 'First Name'], ['Dr. Jane Doe', 'Jane']).fullName).toBe('Dr. Jane Doe');
    expect(mapRow(['Last Name'], ['Doe']).fullName).toBe('Doe');
  });

  it('parses typed fields', () => {
    const headers = ['Email', 'Number of Employees', 'Annual Revenue', 'HubSpot Score'];
    const rec = mapRow(headers, ['a@acme.com', '51-200', '$5,000,000.00', '85']);
    expect(rec.employees).toEqual({ value: 126, min: 51, max: 200, label: '51-200' });
    expect(rec.revenue).toBe(5_000_000);
    expect(rec.score).toBe(85);
    expect(rec.warnings).toBeNull();
  });

  it('keeps an unparseable typed value as raw text and warns with the column name', () => {
    const headers = ['Email', '# Employees', 'Annual Revenue', 'Website'];
    const rec = mapRow(headers, ['not-an-email', 'abc', 'lots', 'not a site']);
    expect(rec.values).toMatchObject({ email: 'not-an-email', employees: 'abc', revenue: 'lots', domain: 'not a site' });
    expect(rec.employees).toBeNull();
    expect(rec.revenue).toBeNull();
    expect(rec.warnings).toEqual([
      { column: 'Email', field: 'email', value: 'not-an-email', reason: 'not an email address' },
      { column: 'Website', field: 'domain', value: 'not a site', reason: 'not a web domain' },
      { column: '# Employees', field: 'employees', value: 'abc', reason: 'not an employee count or range' },
      { column: 'Annual Revenue', field: 'revenue', value: 'lots', reason: 'not an amount' },
    ]);
  });

  it("strips Apollo's apostrophe before phone numbers", () => {
    expect(mapRow(['Work Direct Phone'], ["'+91 98113 42484"]).values.phone).toBe('+91 98113 42484');
  });

  it('reads a non-empty won date as won (Olist won_date)', () => {
    const headers = ['mql_id', 'seller_id', 'sdr_id', 'sr_id', 'won_date', 'business_segment'];
    const rec = mapRow(headers, ['5420aad7', '2c43fb51', 'a8387c01', '4ef15afb', '2018-02-26 19:58:54', 'pet']);
    expect(rec.won).toBe(true);
    expect(rec.outcome).toBe('won');
    expect(rec.identity).toBe('rid:5420aad7');
    expect(rec.values.industry).toBe('pet');
  });

  it("reads X Education's Converted flag: 1 is won, 0 leaves the lead open", () => {
    const headers = vendor.XEDUCATION_SAMPLE;
    expect(mapRow(headers, rowOf(headers, { 'Prospect ID': 'p1', Converted: '1' })).outcome).toBe('won');
    const notConverted = mapRow(headers, rowOf(headers, { 'Prospect ID': 'p2', Converted: '0', City: 'Select' }));
    expect(notConverted.won).toBe(false);
    expect(notConverted.outcome).toBe('open');
    expect(notConverted.values.city).toBeUndefined();
  });

  it('reads a lifecycle stage used as the won column by its words', () => {
    const headers = ['Record ID', 'Email', 'Lifecycle Stage', 'Lead Status'];
    expect(mapRow(headers, ['1', 'a@acme.com', 'customer', 'OPEN']).outcome).toBe('won');
    const lead = mapRow(headers, ['2', 'b@acme.com', 'lead', 'CONNECTED']);
    expect(lead.won).toBe(false);
    expect(lead.outcome).toBe('replied');
    expect(mapRow(headers, ['3', 'c@acme.com', 'lead', 'UNQUALIFIED']).outcome).toBe('lost');
  });

  it('counts replies from a count column', () => {
    const headers = ['Email', 'Marketing emails replied'];
    expect(mapRow(headers, ['a@acme.com', '2'])).toMatchObject({ replied: true, outcome: 'replied' });
    expect(mapRow(headers, ['a@acme.com', '0'])).toMatchObject({ replied: false, outcome: 'open' });
  });

  it('warns about a flag that is neither yes/no, a date nor an outcome word', () => {
    const rec = mapRow(['Email', 'Replied'], ['a@acme.com', 'perhaps']);
    expect(rec.replied).toBeNull();
    expect(rec.warnings).toEqual([{ column: 'Replied', field: 'replied', value: 'perhaps', reason: 'not a yes/no, date or outcome' }]);
  });

  it('gives a null outcome to a row without any outcome signal', () => {
    expect(mapRow(['Email', 'Company'], ['a@acme.com', 'Acme']).outcome).toBeNull();
    expect(mapRow(['Email', 'Lead Status'], ['a@acme.com', '']).outcome).toBeNull();
  });

  it('applies outcome overrides to the status', () => {
    const mapping = buildMapping(['opportunity_id', 'sales_agent', 'account', 'deal_stage']);
    const row = ['x1', 'Moses Frase', 'Cancity', 'Engaging'];
    expect(compileMapping(mapping)(row).outcome).toBe('open');
    expect(compileMapping(mapping, { outcomeOverrides: { engaging: 'replied' } })(row).outcome).toBe('replied');
  });

  it('keeps case-sensitive record ids as they are', () => {
    expect(mapRow(vendor.SALESFORCE_LEADS_REPORT, rowOf(vendor.SALESFORCE_LEADS_REPORT, { 'Lead ID': '00Q5g00000ABcdE' })).identity).toBe(
      'rid:00Q5g00000ABcdE',
    );
  });

  it('identifies leads by email, case-insensitively, when there is no record id', () => {
    expect(mapRow(vendor.GENERIC_LEADS, rowOf(vendor.GENERIC_LEADS, { Email: 'Jane@Acme.com' })).identity).toBe('email:jane@acme.com');
  });

  it('identifies leads by name and company when there is no email', () => {
    const headers = ['First Name', 'Last Name', 'Company'];
    expect(mapRow(headers, ['Jane', 'Doe', 'Acme Inc.']).identity).toBe('nc:jane doe|acme');
    expect(mapRow(headers, ['Jane', 'Doe', '']).identity).toBeNull();
  });

  it('falls back row by row when the rule column is empty', () => {
    const headers = ['Record ID', 'Email', 'Full Name', 'Company'];
    expect(mapRow(headers, ['', 'jane@acme.com', 'Jane Doe', 'Acme']).identity).toBe('email:jane@acme.com');
    expect(mapRow(headers, ['', '', 'Jane Doe', 'Acme']).identity).toBe('nc:jane doe|acme');
    expect(mapRow(headers, ['', '', '', '']).identity).toBeNull();
  });

  it('leaves the identity to the import service when the file has no identifying column', () => {
    expect(mapRow(['Title', 'Country'], ['CEO', 'Germany']).identity).toBeNull();
  });

  it('identifies by the key column the user names', () => {
    const headers = ['Email', 'Customer No'];
    expect(mapRow(headers, ['jane@acme.com', 'C-17'], { keyHeader: 'Customer No' }).identity).toBe('col:C-17');
    expect(mapRow(headers, ['Jane@Acme.com', 'C-17'], { keyHeader: 'Email' }).identity).toBe('col:jane@acme.com');
  });

  it('identifies companies by record id, then domain, then name', () => {
    expect(mapRow(vendor.HUBSPOT_COMPANIES, rowOf(vendor.HUBSPOT_COMPANIES, { 'Record ID': '200000000001' })).identity).toBe('rid:200000000001');
    const headers = ['Company Name', 'Website', 'Industry'];
    expect(mapRow(headers, ['Acme, Inc.', 'https://acme.com', 'Retail']).identity).toBe('dom:acme.com');
    expect(mapRow(headers, ['Acme, Inc.', '', 'Retail']).identity).toBe('cn:acme');
  });

  it('maps a Maven account row', () => {
    const headers = ['account', 'sector', 'year_established', 'revenue', 'employees', 'office_location', 'subsidiary_of'];
    const rec = mapRow(headers, ['Acme Corporation', 'technolgy', '1996', '1100.04', '2822', 'United States', '']);
    expect(rec).toMatchObject({
      values: { company: 'Acme Corporation', industry: 'technolgy', revenue: '1100.04', employees: '2822', country: 'United States' },
      extra: { year_established: '1996' },
      companyKey: 'acme',
      revenue: 1100.04,
      employees: { value: 2822 },
      identity: 'cn:acme',
      outcome: null,
    });
  });

  it('reuses nothing between rows', () => {
    const toRecord = compileMapping(buildMapping(['Email', 'City', 'Notes']));
    const first = toRecord(['a@acme.com', 'Berlin', 'x']);
    const second = toRecord(['b@acme.com', '', '']);
    expect(first.values).toEqual({ email: 'a@acme.com', city: 'Berlin' });
    expect(second.values).toEqual({ email: 'b@acme.com' });
    expect(second.extra).toBeNull();
  });

  it('treats cells missing at the end of a short row as empty', () => {
    expect(mapRow(['Email', 'City', 'Notes'], ['a@acme.com']).values).toEqual({ email: 'a@acme.com' });
  });
});
