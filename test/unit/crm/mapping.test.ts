import { describe, expect, it } from 'vitest';
import { buildMapping, CANONICAL_FIELDS, type ImportMapping, MappingError, parseMapOverride, parseMapOverrides } from '../../../src-main/crm/index';
import * as vendor from './vendor-headers';

/** Header → field for every column that got one; unmapped columns are listed under `extras`. */
function fieldsOf(mapping: ImportMapping): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const c of mapping.columns) if (c.field) fields[c.header] = c.field;
  return fields;
}

function extrasOf(mapping: ImportMapping): string[] {
  return mapping.columns.filter((c) => c.field === null && !c.ignored).map((c) => c.header);
}

describe('auto-mapping of vendor exports', () => {
  it('maps the HubSpot contacts default view and keeps association ids as extras', () => {
    const mapping = buildMapping(vendor.HUBSPOT_CONTACTS_DEFAULT);
    expect(fieldsOf(mapping)).toEqual({
      'Record ID': 'record_id',
      'First Name': 'first_name',
      'Last Name': 'last_name',
      Email: 'email',
      'Phone Number': 'phone',
      'Contact owner': 'owner',
      'Lead Status': 'status',
      'Create Date': 'created_at',
      'Associated Company': 'company',
    });
    expect(extrasOf(mapping)).toEqual(['Primary Associated Company ID', 'Last Activity Date', 'Marketing contact status']);
  });

  it('gives each field to the best column of a full HubSpot contacts export', () => {
    const fields = fieldsOf(buildMapping(vendor.HUBSPOT_CONTACTS_FULL));
    expect(fields).toMatchObject({
      Email: 'email',
      'Phone Number': 'phone',
      'Job Title': 'title',
      Seniority: 'seniority',
      'Job function': 'department',
      'Company Name': 'company',
      'Website URL': 'domain',
      'Number of Employees': 'employees',
      'Annual Revenue': 'revenue',
      'Country/Region': 'country',
      'State/Region': 'state',
      'Lead Status': 'status',
      'HubSpot Score': 'score',
      'Original Source': 'campaign',
      'Marketing emails replied': 'replied',
      'Became a Customer Date': 'won',
      'Tech Stack': 'technologies',
    });
    // Weaker stand-ins lose to the better column and stay extras.
    expect(fields['Work email']).toBeUndefined();
    expect(fields['Mobile Phone Number']).toBeUndefined();
    expect(fields['Associated Company']).toBeUndefined();
    expect(fields['IP Country']).toBeUndefined();
  });

  it('uses HubSpot Lifecycle Stage as the won signal when Lead Status holds the status', () => {
    const fields = fieldsOf(buildMapping(vendor.HUBSPOT_CONTACTS_INTERNAL));
    expect(fields).toMatchObject({
      hs_object_id: 'record_id',
      firstname: 'first_name',
      jobtitle: 'title',
      numemployees: 'employees',
      annualrevenue: 'revenue',
      hs_lead_status: 'status',
      lifecyclestage: 'won',
      hubspot_owner_id: 'owner',
      createdate: 'created_at',
    });
  });

  it('uses Lifecycle Stage as the status when the file has no lead status', () => {
    const fields = fieldsOf(buildMapping(['Record ID', 'Email', 'Lifecycle Stage']));
    expect(fields['Lifecycle Stage']).toBe('status');
  });

  it('maps a HubSpot companies export onto company fields', () => {
    const mapping = buildMapping(vendor.HUBSPOT_COMPANIES);
    expect(mapping.entity).toBe('companies');
    expect(fieldsOf(mapping)).toMatchObject({
      'Record ID': 'record_id',
      'Company name': 'company',
      'Company Domain Name': 'domain',
      'Company owner': 'owner',
      'Number of Employees': 'employees',
      'Lifecycle Stage': 'status',
    });
  });

  it('maps Salesforce lead report labels', () => {
    const fields = fieldsOf(buildMapping(vendor.SALESFORCE_LEADS_REPORT));
    expect(fields).toMatchObject({
      'Lead ID': 'record_id',
      'Company / Account': 'company',
      'No. of Employees': 'employees',
      'State/Province': 'state',
      'Lead Status': 'status',
      'Lead Source': 'campaign',
      Rating: 'score',
      'Lead Owner': 'owner',
      'Created Date': 'created_at',
      Converted: 'won',
    });
    expect(fields.Mobile).toBeUndefined();
    expect(fields['Zip/Postal Code']).toBeUndefined();
  });

  it('maps a Salesforce contacts report, leaving the Account ID as an extra', () => {
    const mapping = buildMapping(vendor.SALESFORCE_CONTACTS_REPORT);
    expect(fieldsOf(mapping)).toMatchObject({
      'Contact ID': 'record_id',
      'Account Name': 'company',
      'Mailing City': 'city',
      'Mailing State/Province': 'state',
      'Mailing Country': 'country',
      'Contact Owner': 'owner',
    });
    expect(extrasOf(mapping)).toContain('Account ID');
  });

  it('maps Salesforce Data Loader API names', () => {
    const fields = fieldsOf(buildMapping(vendor.SALESFORCE_DATALOADER_LEADS));
    expect(fields).toMatchObject({
      Id: 'record_id',
      FirstName: 'first_name',
      LastName: 'last_name',
      NumberOfEmployees: 'employees',
      AnnualRevenue: 'revenue',
      LeadSource: 'campaign',
      IsConverted: 'won',
      OwnerId: 'owner',
      CreatedDate: 'created_at',
      Status: 'status',
    });
  });

  it("maps Pipedrive's `Entity - Field` columns and prefers the person's id over the deal's", () => {
    const mapping = buildMapping(vendor.PIPEDRIVE_DEALS);
    expect(mapping.identity).toEqual({ kind: 'record_id', column: 'Person - ID' });
    expect(fieldsOf(mapping)).toMatchObject({
      'Deal - Status': 'status',
      'Deal - Won time': 'won',
      'Deal - Owner': 'owner',
      'Deal - Deal created': 'created_at',
      'Person - Name': 'full_name',
      'Person - Email': 'email',
      'Person - Job title': 'title',
      'Organization - Name': 'company',
      'Organization - Website': 'domain',
      'Organization - Number of employees': 'employees',
      'Organization - City/town/village/locality of Address': 'city',
      'Organization - Country of Address': 'country',
    });
    expect(extrasOf(mapping)).toEqual(
      expect.arrayContaining(['Deal - ID', 'Deal - Title', 'Deal - Value', 'Deal - Stage', 'Deal - Organization']),
    );
  });

  it('maps the Pipedrive people export, taking the work email and phone first', () => {
    const fields = fieldsOf(buildMapping(vendor.PIPEDRIVE_PEOPLE));
    expect(fields).toMatchObject({
      'Person - Email - Work': 'email',
      'Person - Phone - Work': 'phone',
      'Person - Organization': 'company',
      'Person - Lead source': 'campaign',
      'Person - Person created': 'created_at',
    });
    expect(fields['Person - Email - Home']).toBeUndefined();
  });

  it('maps the Apollo contacts export and keeps company-level geography as extras', () => {
    const mapping = buildMapping(vendor.APOLLO_CONTACTS);
    expect(fieldsOf(mapping)).toEqual({
      'First Name': 'first_name',
      'Last Name': 'last_name',
      Title: 'title',
      Company: 'company',
      Email: 'email',
      Seniority: 'seniority',
      Departments: 'department',
      'Contact Owner': 'owner',
      'Work Direct Phone': 'phone',
      Stage: 'status',
      Lists: 'campaign',
      '# Employees': 'employees',
      Industry: 'industry',
      Website: 'domain',
      City: 'city',
      State: 'state',
      Country: 'country',
      Technologies: 'technologies',
      'Annual Revenue': 'revenue',
      Replied: 'replied',
      'Apollo Contact Id': 'record_id',
    });
    expect(extrasOf(mapping)).toEqual(expect.arrayContaining(['Company City', 'Company Country', 'Mobile Phone', 'Apollo Account Id']));
  });

  it('maps the Apollo accounts export with the company geography', () => {
    const fields = fieldsOf(buildMapping(vendor.APOLLO_ACCOUNTS));
    expect(fields).toMatchObject({
      'Company Name': 'company',
      '# Employees': 'employees',
      Website: 'domain',
      'Company Country': 'country',
      'Apollo Record Id': 'record_id',
    });
  });

  it('maps a Sales Navigator export, keeping the free-text location as an extra', () => {
    const mapping = buildMapping(vendor.SALES_NAVIGATOR);
    expect(fieldsOf(mapping)).toMatchObject({
      Name: 'full_name',
      'First name': 'first_name',
      'Company Name': 'company',
      'Company Domain': 'domain',
      'Company Employee Count': 'employees',
      'Company Industry': 'industry',
      'Added On': 'created_at',
      'Profile ID': 'record_id',
    });
    expect(extrasOf(mapping)).toEqual(expect.arrayContaining(['Location', 'Company Type', 'Company Website', 'Linkedin']));
  });

  it("maps LinkedIn's Connections.csv, where Position is the title", () => {
    expect(fieldsOf(buildMapping(vendor.LINKEDIN_CONNECTIONS))).toEqual({
      'First Name': 'first_name',
      'Last Name': 'last_name',
      'Email Address': 'email',
      Company: 'company',
      Position: 'title',
      'Connected On': 'created_at',
    });
  });

  it("maps Zoho leads and does not read Zoho's Rating picklist as a score", () => {
    const mapping = buildMapping(vendor.ZOHO_LEADS);
    expect(fieldsOf(mapping)).toMatchObject({
      'Record Id': 'record_id',
      'Lead Owner': 'owner',
      Company: 'company',
      Designation: 'title',
      'No. of Employees': 'employees',
      'Lead Status': 'status',
      'Created Time': 'created_at',
    });
    expect(extrasOf(mapping)).toEqual(expect.arrayContaining(['Rating', 'Lead Owner.id', 'Secondary Email']));
  });

  it('maps Zoho contacts with the account name as company', () => {
    const fields = fieldsOf(buildMapping(vendor.ZOHO_CONTACTS));
    expect(fields).toMatchObject({ 'Account Name': 'company', 'Mailing City': 'city', 'Contact Owner': 'owner' });
    expect(fields['Account Name.id']).toBeUndefined();
  });

  it("maps Close's snake_case and custom.* columns", () => {
    expect(fieldsOf(buildMapping(vendor.CLOSE_LEADS))).toMatchObject({
      id: 'record_id',
      display_name: 'company',
      url: 'domain',
      status_label: 'status',
      primary_contact_name: 'full_name',
      primary_contact_title: 'title',
      primary_contact_primary_email: 'email',
      primary_contact_primary_phone: 'phone',
      'custom.Lead Source': 'campaign',
      'custom.Industry': 'industry',
      date_created: 'created_at',
    });
  });

  it('matches headers regardless of case, spacing and punctuation', () => {
    const fields = fieldsOf(buildMapping(['E-MAIL', 'job_title', 'COMPANY NAME', 'country / region', 'No. Of Employees', ' Website ']));
    expect(fields).toEqual({
      'E-MAIL': 'email',
      job_title: 'title',
      'COMPANY NAME': 'company',
      'country / region': 'country',
      'No. Of Employees': 'employees',
      ' Website ': 'domain',
    });
  });

  it('keeps the first Phone and leaves a later Mobile Phone as an extra', () => {
    const mapping = buildMapping(['Email', 'Mobile Phone', 'Phone']);
    expect(fieldsOf(mapping)).toEqual({ Email: 'email', Phone: 'phone' });
    expect(extrasOf(mapping)).toEqual(['Mobile Phone']);
  });

  it('gives a field claimed by two equal columns to the leftmost one', () => {
    const mapping = buildMapping(['Company', 'Company Name', 'Email']);
    expect(fieldsOf(mapping)).toEqual({ Company: 'company', Email: 'email' });
    expect(extrasOf(mapping)).toEqual(['Company Name']);
  });

  it('keeps every unknown column as an extra and never drops one', () => {
    const headers = ['Email', 'Favourite Colour', 'Notes', 'Lead Number'];
    const mapping = buildMapping(headers);
    expect(mapping.columns.map((c) => c.header)).toEqual(headers);
    expect(extrasOf(mapping)).toEqual(['Favourite Colour', 'Notes', 'Lead Number']);
    expect(mapping.columns.every((c) => !c.ignored)).toBe(true);
  });

  it('records where each field came from', () => {
    const mapping = buildMapping(vendor.XEDUCATION_SAMPLE, { overrides: { City: 'state' } });
    const source = Object.fromEntries(mapping.columns.map((c) => [c.header, c.source]));
    expect(source).toMatchObject({ 'Prospect ID': 'preset', City: 'override', 'Do Not Email': 'none' });
  });

  it('only uses names of canonical fields', () => {
    for (const headers of Object.values(vendor)) {
      for (const column of buildMapping(headers).columns) {
        if (column.field !== null) expect(CANONICAL_FIELDS).toContain(column.field);
      }
    }
  });
});

describe('entity detection', () => {
  it('reads a file with company columns and no person columns as companies', () => {
    expect(buildMapping(vendor.GENERIC_COMPANIES).entity).toBe('companies');
    expect(buildMapping(vendor.PIPEDRIVE_ORGANIZATIONS).entity).toBe('companies');
  });

  it('reads a file with any person-level column as leads', () => {
    expect(buildMapping(vendor.GENERIC_LEADS).entity).toBe('leads');
    expect(buildMapping(['Company', 'Website', 'Title']).entity).toBe('leads');
    expect(buildMapping(['Company', 'Website', 'Replied']).entity).toBe('leads');
  });

  it('reads a lead record id (Prospect ID, Contact ID, Lead ID) as person evidence', () => {
    expect(buildMapping(['Prospect ID', 'Company', 'Website']).entity).toBe('leads');
    expect(buildMapping(['Contact ID', 'Account Name']).entity).toBe('leads');
    expect(buildMapping(['Lead ID', 'Company']).entity).toBe('leads');
  });

  it('reads a bare Name next to firmographics as the company name', () => {
    const mapping = buildMapping(['Name', 'Website', 'Industry', 'Employees']);
    expect(mapping.entity).toBe('companies');
    expect(fieldsOf(mapping).Name).toBe('company');
  });

  it('reads a bare Name next to person columns as the full name', () => {
    const mapping = buildMapping(['Name', 'Email', 'Company']);
    expect(mapping.entity).toBe('leads');
    expect(fieldsOf(mapping)).toMatchObject({ Name: 'full_name', Company: 'company' });
  });

  it('defaults to leads when nothing says either way', () => {
    expect(buildMapping(['Foo', 'Bar']).entity).toBe('leads');
  });

  it('takes a company id as the record id only in a companies file', () => {
    expect(buildMapping(['Account ID', 'Account Name', 'Website']).identity).toEqual({ kind: 'record_id', column: 'Account ID' });
    expect(buildMapping(['Account ID', 'Email', 'Account Name']).identity).toEqual({ kind: 'email', column: 'Email' });
  });

  it('honours an explicit entity over detection', () => {
    const mapping = buildMapping(vendor.GENERIC_COMPANIES, { entity: 'leads' });
    expect(mapping.entity).toBe('leads');
    expect(buildMapping(['Name', 'Email'], { entity: 'companies' }).columns[0]?.field).toBe('company');
  });

  it('rejects an unknown entity', () => {
    expect(() => buildMapping(['Email'], { entity: 'people' as never })).toThrow(/Unknown entity "people".*auto, leads, companies/);
  });
});

describe('identity rule', () => {
  it('uses the CRM record id when the file has one', () => {
    expect(buildMapping(vendor.SALESFORCE_LEADS_REPORT).identity).toEqual({ kind: 'record_id', column: 'Lead ID' });
    expect(buildMapping(['Id', 'Email']).identity).toEqual({ kind: 'record_id', column: 'Id' });
  });

  it('falls back to the email column', () => {
    expect(buildMapping(vendor.GENERIC_LEADS).identity).toEqual({ kind: 'email', column: 'Email' });
  });

  it('falls back to name plus company', () => {
    expect(buildMapping(['First Name', 'Last Name', 'Company', 'Title']).identity).toEqual({ kind: 'name_company' });
    expect(buildMapping(['Full Name', 'Account Name']).identity).toEqual({ kind: 'name_company' });
  });

  it('asks for a content hash when the file has no identifying column', () => {
    expect(buildMapping(['First Name', 'Title', 'Country']).identity).toEqual({ kind: 'content_hash' });
  });

  it('identifies companies by record id, then domain, then name', () => {
    expect(buildMapping(['Company Name', 'Website', 'Industry']).identity).toEqual({ kind: 'domain', column: 'Website' });
    expect(buildMapping(['Company Name', 'Industry']).identity).toEqual({ kind: 'company_name', column: 'Company Name' });
    expect(buildMapping(['Industry', 'Employees'], { entity: 'companies' }).identity).toEqual({ kind: 'content_hash' });
  });

  it('uses the key column the user names', () => {
    expect(buildMapping(vendor.GENERIC_LEADS, { keyHeader: 'phone' }).identity).toEqual({ kind: 'column', column: 'Phone' });
  });

  it('rejects a key column that is not in the file, listing the columns', () => {
    expect(() => buildMapping(['Email', 'Phone'], { keyHeader: 'Customer Number' })).toThrow(
      /Key column "Customer Number" is not a column of this file\. Columns: "Email", "Phone"/,
    );
  });

  it('rejects a key column that is also ignored', () => {
    expect(() => buildMapping(['Email', 'Code'], { keyHeader: 'Code', overrides: { Code: '-' } })).toThrow(MappingError);
  });
});

describe('overrides', () => {
  it('parses Header=field, splitting on the last =', () => {
    expect(parseMapOverride('Job Title=title')).toEqual({ header: 'Job Title', target: 'title' });
    expect(parseMapOverride('a=b=c=email')).toEqual({ header: 'a=b=c', target: 'email' });
    expect(parseMapOverride('Notes=-')).toEqual({ header: 'Notes', target: '-' });
  });

  it('rejects an unknown field, listing the valid ones', () => {
    expect(() => parseMapOverride('Job Title=jobtitle')).toThrow(MappingError);
    expect(() => parseMapOverride('Job Title=jobtitle')).toThrow(/Unknown field "jobtitle" for column "Job Title"\. Valid fields: record_id, first_name/);
  });

  it('rejects a spec without a header or an =', () => {
    expect(() => parseMapOverride('title')).toThrow(/must look like "Header=field"/);
    expect(() => parseMapOverride('=title')).toThrow(/must look like "Header=field"/);
  });

  it('rejects the same column overridden twice', () => {
    expect(() => parseMapOverrides(['A=email', 'A=phone'])).toThrow(/Column "A" is overridden twice/);
  });

  it('maps a column onto the field the user names, taking it from the auto-mapped column', () => {
    const mapping = buildMapping(['Email', 'Work Email', 'Company'], { overrides: { 'Work Email': 'email' } });
    expect(fieldsOf(mapping)).toEqual({ 'Work Email': 'email', Company: 'company' });
    expect(extrasOf(mapping)).toEqual(['Email']);
  });

  it('ignores a column entirely with -', () => {
    const mapping = buildMapping(['Email', 'Notes'], { overrides: { Notes: '-' } });
    const notes = mapping.columns[1];
    expect(notes).toMatchObject({ header: 'Notes', field: null, ignored: true, source: 'override' });
    expect(extrasOf(mapping)).toEqual([]);
  });

  it('keeps an auto-mapped column as an extra with `extra`', () => {
    const mapping = buildMapping(['Email', 'Type'], { overrides: { Type: 'extra' } });
    expect(fieldsOf(mapping)).toEqual({ Email: 'email' });
    expect(extrasOf(mapping)).toEqual(['Type']);
  });

  it('finds the overridden header case-insensitively', () => {
    expect(fieldsOf(buildMapping(['Job Title', 'Email'], { overrides: { 'job title': 'seniority' } }))['Job Title']).toBe('seniority');
  });

  it('rejects a header that is not in the file, listing the columns', () => {
    expect(() => buildMapping(['Email', 'Phone'], { overrides: { Mobile: 'phone' } })).toThrow(
      /Column "Mobile" is not a column of this file\. Columns: "Email", "Phone"\./,
    );
  });

  it('rejects one field given to two columns', () => {
    expect(() => buildMapping(['A', 'B'], { overrides: { A: 'email', B: 'email' } })).toThrow(/Field "email" is mapped twice: "A" and "B"/);
  });

  it('rejects an unknown field in the overrides option', () => {
    expect(() => buildMapping(['A'], { overrides: { A: 'mail' } })).toThrow(/Unknown field "mail"/);
  });

  it('beats the preset on the same column', () => {
    const mapping = buildMapping(vendor.XEDUCATION_SAMPLE, { overrides: { 'Lead Source': '-', 'Lead Origin': 'campaign' } });
    expect(fieldsOf(mapping)['Lead Origin']).toBe('campaign');
    expect(mapping.columns.find((c) => c.header === 'Lead Source')?.ignored).toBe(true);
  });

  it('turns off preset detection with presetId none and rejects unknown preset ids', () => {
    expect(buildMapping(vendor.XEDUCATION_SAMPLE, { presetId: 'none' }).preset).toBeNull();
    expect(buildMapping(['Email'], { presetId: 'zoho-crm' }).preset?.id).toBe('zoho-crm');
    expect(() => buildMapping(['Email'], { presetId: 'sugarcrm' })).toThrow(/Unknown preset "sugarcrm"\. Presets: hubspot-contacts/);
  });
});
