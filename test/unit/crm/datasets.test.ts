/**
 * The project's real datasets (../shared/data), header line only: each
 * must map sensibly, with its preset where it has one.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../features/datasets';
import { buildMapping, compileMapping, type ImportMapping, type MappedRecord } from '../../../src-main/crm/index';

const DATA = DATA_DIR;

/** First line of a CSV, whatever its line ending (Crunchbase uses CR only). */
function headerOf(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(8192);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const first = buffer.subarray(0, read).toString('latin1').split(/\r\n|\r|\n/)[0] ?? '';
    return first.replace(/^\uFEFF/, '').split(',');
  } finally {
    closeSync(fd);
  }
}

function fieldsOf(mapping: ImportMapping): Record<string, string | null> {
  return Object.fromEntries(mapping.columns.map((c) => [c.header, c.field]));
}

describe('real dataset headers', () => {
  it('maps Crunchbase 2013 companies with its preset as companies keyed by permalink', () => {
    const mapping = buildMapping(headerOf(`${DATA}/crunchbase-2013/crunchbase-companies.csv`));
    expect(mapping.preset?.id).toBe('crunchbase-2013');
    expect(mapping.entity).toBe('companies');
    expect(mapping.identity).toEqual({ kind: 'record_id', column: 'permalink' });
    expect(fieldsOf(mapping)).toMatchObject({
      permalink: 'record_id',
      name: 'company',
      category_code: 'industry',
      status: 'status',
      country_code: 'country',
      state_code: 'state',
      city: 'city',
      region: null,
      funding_total_usd: null,
      founded_at: null,
    });
  });

  it('maps the Crunchbase rounds and acquisitions files as companies by name', () => {
    for (const file of ['crunchbase-rounds.csv', 'crunchbase-acquisitions.csv']) {
      const mapping = buildMapping(headerOf(`${DATA}/crunchbase-2013/${file}`));
      expect(mapping.entity).toBe('companies');
      expect(fieldsOf(mapping)).toMatchObject({ company_name: 'company', company_country_code: 'country', company_city: 'city' });
      expect(mapping.identity.kind).toBe('company_name');
    }
  });

  it('maps X Education Leads.csv as leads keyed by Prospect ID, Converted as won', () => {
    const mapping = buildMapping(headerOf(`${DATA}/xeducation-leads/Leads.csv`));
    expect(mapping.preset?.id).toBe('xeducation-leads');
    expect(mapping.entity).toBe('leads');
    expect(mapping.identity).toEqual({ kind: 'record_id', column: 'Prospect ID' });
    expect(fieldsOf(mapping)).toMatchObject({
      'Prospect ID': 'record_id',
      Converted: 'won',
      'Lead Source': 'campaign',
      Country: 'country',
      City: 'city',
      'Lead Origin': null,
      'What is your current occupation': null,
      Tags: null,
      'Lead Quality': null,
    });
    expect(mapping.columns).toHaveLength(37);
  });

  it('maps the Olist MQL file as leads keyed by mql_id', () => {
    const mapping = buildMapping(headerOf(`${DATA}/olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv`));
    expect(mapping.preset?.id).toBe('olist-funnel');
    expect(mapping.entity).toBe('leads');
    expect(fieldsOf(mapping)).toEqual({
      mql_id: 'record_id',
      first_contact_date: 'created_at',
      landing_page_id: null,
      origin: 'campaign',
    });
  });

  it('maps the Olist closed deals as leads whose won_date marks a win', () => {
    const mapping = buildMapping(headerOf(`${DATA}/olist-marketing-funnel/olist_closed_deals_dataset.csv`));
    expect(mapping.preset?.id).toBe('olist-funnel');
    expect(mapping.entity).toBe('leads');
    expect(fieldsOf(mapping)).toMatchObject({
      mql_id: 'record_id',
      won_date: 'won',
      business_segment: 'industry',
      sr_id: 'owner',
      lead_type: null,
      declared_monthly_revenue: null,
    });
  });

  it('maps the Maven pipeline as leads with the deal stage as status', () => {
    const mapping = buildMapping(headerOf(`${DATA}/maven-crm-sales-opportunities/sales_pipeline.csv`));
    expect(mapping.preset?.id).toBe('maven-pipeline');
    expect(mapping.entity).toBe('leads');
    expect(fieldsOf(mapping)).toEqual({
      opportunity_id: 'record_id',
      sales_agent: 'owner',
      product: null,
      account: 'company',
      deal_stage: 'status',
      engage_date: 'created_at',
      close_date: null,
      close_value: null,
    });
  });

  it('maps Maven accounts.csv as companies', () => {
    const mapping = buildMapping(headerOf(`${DATA}/maven-crm-sales-opportunities/accounts.csv`));
    expect(mapping.preset?.id).toBe('maven-accounts');
    expect(mapping.entity).toBe('companies');
    expect(mapping.identity).toEqual({ kind: 'company_name', column: 'account' });
    expect(fieldsOf(mapping)).toEqual({
      account: 'company',
      sector: 'industry',
      year_established: null,
      revenue: 'revenue',
      employees: 'employees',
      office_location: 'country',
      subsidiary_of: null,
    });
  });

  it('maps the Maven side tables without a preset or an identity column', () => {
    for (const file of ['sales_teams.csv', 'products.csv', 'data_dictionary.csv']) {
      const mapping = buildMapping(headerOf(`${DATA}/maven-crm-sales-opportunities/${file}`));
      expect(mapping.preset).toBeNull();
      expect(mapping.identity.kind).toBe('content_hash');
    }
    expect(fieldsOf(buildMapping(headerOf(`${DATA}/maven-crm-sales-opportunities/sales_teams.csv`))).sales_agent).toBe('owner');
  });

  it('maps the salary surveys: job title, experience level as seniority, S/M/L company size kept aside', () => {
    for (const dir of ['ai-jobs-net', 'infosec-jobs-com']) {
      const mapping = buildMapping(headerOf(`${DATA}/job-titles-salaries/${dir}/salaries.csv`));
      expect(mapping.preset?.id).toBe('salary-survey');
      expect(mapping.entity).toBe('leads');
      expect(fieldsOf(mapping)).toMatchObject({
        job_title: 'title',
        experience_level: 'seniority',
        company_location: 'country',
        company_size: null,
        salary: null,
      });
    }
  });

  it('keeps the ESCO vocabulary columns as extras', () => {
    const mapping = buildMapping(headerOf(`${DATA}/esco-occupations/occupations_en.csv`));
    expect(mapping.preset).toBeNull();
    expect(fieldsOf(mapping)).toMatchObject({ preferredLabel: null, altLabels: null, iscoGroup: null });
  });
});

/** Every row of a (small) dataset through its mapping. */
function mapFile(path: string): { mapping: ImportMapping; records: MappedRecord[] } {
  const { data } = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true });
  const [header = [], ...rows] = data;
  const mapping = buildMapping(header);
  const toRecord = compileMapping(mapping);
  return { mapping, records: rows.map((row) => toRecord(row)) };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('real dataset rows', () => {
  it('gives the Maven pipeline the outcomes its SOURCE.md counts (Won 4,238, Lost 2,473)', () => {
    const { records } = mapFile(`${DATA}/maven-crm-sales-opportunities/sales_pipeline.csv`);
    expect(records).toHaveLength(8800);
    expect(countBy(records, (r) => String(r.outcome))).toEqual({ won: 4238, lost: 2473, open: 2089 });
    expect(new Set(records.map((r) => r.identity)).size).toBe(8800);
    expect(records.filter((r) => r.warnings !== null)).toEqual([]);
  });

  it('gives X Education 3,561 won leads and reads Select as missing', () => {
    const { records } = mapFile(`${DATA}/xeducation-leads/Leads.csv`);
    expect(records).toHaveLength(9240);
    expect(countBy(records, (r) => String(r.outcome))).toEqual({ won: 3561, open: 5679 });
    expect(records.some((r) => r.values.city === 'Select')).toBe(false);
    expect(records.filter((r) => r.warnings !== null)).toEqual([]);
  });

  it('marks all 842 Olist closed deals as won', () => {
    const { records } = mapFile(`${DATA}/olist-marketing-funnel/olist_closed_deals_dataset.csv`);
    expect(records).toHaveLength(842);
    expect(records.every((r) => r.outcome === 'won' && r.identity?.startsWith('rid:'))).toBe(true);
  });

  it('reads every Maven account without warnings, keyed by company name', () => {
    const { records } = mapFile(`${DATA}/maven-crm-sales-opportunities/accounts.csv`);
    expect(records).toHaveLength(85);
    expect(new Set(records.map((r) => r.identity)).size).toBe(85);
    expect(records.filter((r) => r.warnings !== null)).toEqual([]);
    expect(records.every((r) => r.employees !== null && r.revenue !== null)).toBe(true);
  });
});
