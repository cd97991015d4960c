/**
 * Presets recognise where a file came from by its characteristic headers and
 * pin the columns auto-mapping would get wrong or miss. Everything a preset
 * does not pin falls back to auto-mapping, so a preset stays small.
 *
 * Signals are header spellings with a weight; a header common to every CRM
 * (`Email`, `First Name`) is never a signal, so a generic file scores ~0.
 * Negative weights separate siblings (HubSpot contacts vs companies).
 * A spelling prefixed with `=` is compared case-sensitively: Salesforce Data
 * Loader's `AnnualRevenue` must not match HubSpot's internal `annualrevenue`.
 */
import type { Entity } from '../contract/dto';
import type { CanonicalField } from '../../src-model/fields/field-table';

export interface PresetPrefixSignal {
  pattern: RegExp;
  /** Added once per matching header, up to `max` in total. */
  weight: number;
  max: number;
}

export interface CrmPreset {
  id: string;
  name: string;
  /** Fixed entity; omitted when the vendor exports both people and companies in this shape. */
  entity?: Entity;
  signals: readonly (readonly [header: string, weight: number])[];
  prefixSignal?: PresetPrefixSignal;
  /** Below this score the preset is not offered. */
  minScore: number;
  /** Header spelling → field it always means; `null` keeps the column as an extra even if auto-mapping would take it. */
  columns: Readonly<Record<string, CanonicalField | null>>;
}

export const PRESETS: readonly CrmPreset[] = [
  {
    id: 'hubspot-contacts',
    name: 'HubSpot contacts',
    entity: 'leads',
    signals: [
      ['Record ID', 1], ['Contact owner', 2], ['Lifecycle Stage', 2], ['Marketing contact status', 3],
      ['Primary Associated Company ID', 3], ['Associated Company', 2], ['Associated Company IDs', 2], ['Create Date', 1],
      ['Last Activity Date', 1], ['Phone Number', 1], ['Country/Region', 1], ['State/Region', 1],
      ['Became a Customer Date', 2], ['Original Source', 2], ['Marketing emails replied', 2], ['HubSpot Score', 2],
      ['=hs_lead_status', 3], ['=lifecyclestage', 2], ['=jobtitle', 2], ['=hs_object_id', 2], ['=firstname', 1],
      ['=hubspot_owner_id', 2], ['Company owner', -4], ['Company Domain Name', -1], ['Year Founded', -2],
    ],
    minScore: 4,
    columns: { 'Record ID': 'record_id', 'Contact owner': 'owner', 'Lead Status': 'status' },
  },
  {
    id: 'hubspot-companies',
    name: 'HubSpot companies',
    entity: 'companies',
    signals: [
      ['Record ID', 1], ['Company name', 1], ['Company Domain Name', 3], ['Company owner', 3], ['Country/Region', 1],
      ['State/Region', 1], ['Create Date', 1], ['Last Activity Date', 1], ['Lifecycle Stage', 1], ['Year Founded', 2],
      ['LinkedIn Company Page', 2], ['=numberofemployees', 2], ['=hs_object_id', 1], ['=annualrevenue', 1],
      ['First Name', -4], ['Email', -4], ['Contact owner', -4],
    ],
    minScore: 4,
    columns: { 'Record ID': 'record_id', 'Company name': 'company', 'Company owner': 'owner' },
  },
  {
    id: 'salesforce-leads',
    name: 'Salesforce leads report',
    entity: 'leads',
    signals: [
      ['Lead ID', 3], ['Lead Owner', 2], ['Company / Account', 3], ['State/Province', 2], ['Zip/Postal Code', 2],
      ['Lead Source', 1], ['Lead Status', 1], ['Rating', 1], ['Salutation', 1], ['Created Date', 1], ['Converted', 1],
      ['Converted Date', 1], ['No. of Employees', 1], ['Record Id', -1], ['Created Time', -3], ['Designation', -2],
    ],
    minScore: 4,
    columns: { 'Lead ID': 'record_id', 'Lead Owner': 'owner', 'Rating': 'score', 'Lead Status': 'status' },
  },
  {
    id: 'salesforce-contacts',
    name: 'Salesforce contacts report',
    entity: 'leads',
    signals: [
      ['Contact ID', 3], ['Contact Owner', 1], ['Account Name', 1], ['Account ID', 1], ['Mailing City', 2],
      ['Mailing State/Province', 3], ['Mailing Country', 2], ['Mailing Zip/Postal Code', 2], ['Lead Source', 1],
      ['Created Date', 1], ['Opportunity Name', 2], ['Record Id', -2], ['Created Time', -3],
    ],
    minScore: 4,
    columns: { 'Contact ID': 'record_id', 'Account Name': 'company', 'Contact Owner': 'owner' },
  },
  {
    id: 'salesforce-accounts',
    name: 'Salesforce accounts report',
    entity: 'companies',
    signals: [
      ['Account ID', 2], ['Account Name', 2], ['Account Owner', 2], ['Billing City', 2], ['Billing State/Province', 3],
      ['Billing Country', 2], ['Account Source', 2], ['Type', 1], ['Employees', 1], ['Rating', 1],
      ['First Name', -4], ['Contact ID', -4], ['Email', -3], ['Record Id', -2],
    ],
    minScore: 5,
    columns: { 'Account ID': 'record_id', 'Account Name': 'company', 'Account Owner': 'owner', 'Type': 'status' },
  },
  {
    id: 'salesforce-dataloader',
    name: 'Salesforce Data Loader export',
    signals: [
      ['=Id', 2], ['=FirstName', 2], ['=LastName', 2], ['=NumberOfEmployees', 3], ['=LeadSource', 3], ['=IsConverted', 3],
      ['=OwnerId', 3], ['=CreatedDate', 3], ['=AnnualRevenue', 2], ['=MobilePhone', 2], ['=PostalCode', 2],
      ['=ConvertedDate', 2], ['=BillingCity', 3], ['=BillingCountry', 3], ['=AccountId', 2], ['=Status', 1],
    ],
    minScore: 6,
    columns: { Id: 'record_id', OwnerId: 'owner', Rating: 'score' },
  },
  {
    id: 'pipedrive',
    name: 'Pipedrive export',
    signals: [],
    prefixSignal: {
      pattern: /^(person|organization|organisation|deal|lead|product|activity|personne|persona|organización|trato|negocio)\s+-\s+/i,
      weight: 1.5,
      max: 12,
    },
    minScore: 4,
    // The vocabulary already knows Pipedrive's `Entity - Field` spellings; the preset only names the source.
    columns: {},
  },
  {
    id: 'apollo-contacts',
    name: 'Apollo contacts',
    entity: 'leads',
    signals: [
      ['Apollo Contact Id', 4], ['Apollo Account Id', 1], ['Company Name for Emails', 3], ['Email Status', 2],
      ['Primary Email Source', 2], ['Email Confidence', 2], ['Departments', 1], ['Work Direct Phone', 2],
      ['Corporate Phone', 2], ['# Employees', 1], ['Person Linkedin Url', 3], ['Stage', 1], ['Lists', 1],
      ['Last Contacted', 1], ['Email Open', 2], ['Email Bounced', 2], ['Demoed', 2], ['First Phone', 1],
      ['SEO Description', 1], ['Technologies', 1],
    ],
    minScore: 5,
    columns: {
      'Apollo Contact Id': 'record_id', Company: 'company', Stage: 'status', Lists: 'campaign', Replied: 'replied',
      Website: 'domain', '# Employees': 'employees', 'Primary Intent Topic': 'intent', 'Contact Owner': 'owner',
      'Company Phone': null, 'Company City': null, 'Company State': null, 'Company Country': null,
    },
  },
  {
    id: 'apollo-accounts',
    name: 'Apollo accounts',
    entity: 'companies',
    signals: [
      ['Apollo Record Id', 3], ['Apollo Account Id', 3], ['Company Name for Emails', 2], ['# Employees', 2],
      ['Company Linkedin Url', 2], ['Short Description', 2], ['SEO Description', 1], ['Founded Year', 1], ['Keywords', 1],
      ['Total Funding', 1], ['Apollo Contact Id', -6], ['First Name', -4], ['Email', -3], ['Person Linkedin Url', -4],
    ],
    minScore: 5,
    columns: {
      'Apollo Record Id': 'record_id', 'Apollo Account Id': 'record_id', 'Company Name': 'company',
      'Company Country': 'country', 'Company State': 'state', 'Company City': 'city', 'Account Owner': 'owner',
    },
  },
  {
    id: 'linkedin-sales-navigator',
    name: 'LinkedIn Sales Navigator export',
    entity: 'leads',
    signals: [
      ['Profile ID', 2], ['Connection Degree', 3], ['Company Employee Count Range', 3], ['Company Employee Count', 1],
      ['Company Headquarters', 2], ['Company Revenue Range', 2], ['Company Crunchbase Url', 3], ['Company Founded', 1],
      ['Company Industry', 1], ['Added On', 2], ['Linkedin', 1], ['Location', 1], ['Company Domain', 1],
      ['Sales Navigator URL', 3], ['=profileUrl', 2], ['=linkedinProfileUrl', 3], ['=companyName', 1],
      ['=firstName', 1], ['=lastName', 1],
    ],
    minScore: 5,
    columns: {
      'Profile ID': 'record_id', Name: 'full_name', 'Company Name': 'company', 'Company Industry': 'industry',
      'Added On': 'created_at', Linkedin: null, Location: null, 'Company Headquarters': null,
    },
  },
  {
    id: 'linkedin-connections',
    name: 'LinkedIn Connections.csv',
    entity: 'leads',
    signals: [['Connected On', 3], ['Position', 1], ['URL', 1], ['Email Address', 1], ['Company', 0.5]],
    minScore: 5,
    columns: { URL: null, Position: 'title', 'Connected On': 'created_at' },
  },
  {
    id: 'zoho-crm',
    name: 'Zoho CRM export',
    signals: [
      ['Record Id', 1], ['Created Time', 3], ['Modified Time', 2], ['Account Name.id', 3], ['Designation', 2],
      ['Skype ID', 2], ['Email Opt Out', 2], ['Secondary Email', 1], ['Lead Owner', 1], ['Contact Owner', 1],
      ['Lead Status', 1], ['No. of Employees', 1], ['Salutation', 1], ['Zip Code', 1], ['Lead Owner.id', 3],
      ['Contact Owner.id', 3], ['Created By', 1], ['Modified By', 1],
    ],
    minScore: 5,
    // Zoho's default Rating picklist (Acquired, Active, Market Failed, …) is an account state, not a score.
    columns: { 'Record Id': 'record_id', Rating: null, Designation: 'title', 'Created Time': 'created_at' },
  },
  {
    id: 'close',
    name: 'Close export',
    signals: [
      ['display_name', 3], ['status_label', 3], ['status_id', 2], ['primary_contact_name', 3],
      ['primary_contact_primary_email', 3], ['primary_contact_title', 2], ['date_created', 1], ['date_updated', 1],
      ['last_activity_date', 1], ['num_calls', 2], ['num_emails', 2], ['lead_id', 1], ['opportunity_status_type', 2],
    ],
    prefixSignal: { pattern: /^custom\./i, weight: 0.5, max: 2 },
    minScore: 5,
    columns: { id: 'record_id', display_name: 'company', status_label: 'status', url: 'domain', status_id: null },
  },
  {
    id: 'crunchbase-2013',
    name: 'Crunchbase 2013 companies',
    entity: 'companies',
    signals: [
      ['permalink', 3], ['category_code', 3], ['funding_total_usd', 3], ['funding_rounds', 2], ['founded_at', 1],
      ['state_code', 1], ['country_code', 1], ['first_funding_at', 1], ['last_milestone_at', 2],
    ],
    minScore: 6,
    columns: {
      permalink: 'record_id', name: 'company', category_code: 'industry', country_code: 'country', state_code: 'state',
      city: 'city', status: 'status', region: null,
    },
  },
  {
    id: 'xeducation-leads',
    name: 'X Education leads',
    entity: 'leads',
    signals: [
      ['Prospect ID', 3], ['Lead Number', 3], ['Lead Origin', 3], ['TotalVisits', 2], ['Total Time Spent on Website', 2],
      ['Page Views Per Visit', 2], ['Asymmetrique Activity Index', 3], ['Last Notable Activity', 2],
      ['What is your current occupation', 2], ['A free copy of Mastering The Interview', 3],
    ],
    minScore: 6,
    // `What is your current occupation` (Unemployed, Student, Working Professional, …) is an employment
    // status, not a job title: feeding it to title parsing would invent roles, so it stays an extra.
    columns: {
      'Prospect ID': 'record_id', Converted: 'won', 'Lead Source': 'campaign', Country: 'country', City: 'city',
      'Lead Origin': null, 'Lead Number': null, 'What is your current occupation': null,
    },
  },
  {
    id: 'olist-funnel',
    name: 'Olist marketing funnel',
    entity: 'leads',
    signals: [
      ['mql_id', 3], ['first_contact_date', 3], ['landing_page_id', 3], ['seller_id', 2], ['sdr_id', 2], ['sr_id', 2],
      ['won_date', 2], ['business_segment', 2], ['lead_behaviour_profile', 3], ['declared_monthly_revenue', 2],
    ],
    minScore: 6,
    // declared_monthly_revenue is monthly and 0.0 for 95% of deals: not an annual revenue, kept as an extra.
    columns: {
      mql_id: 'record_id', origin: 'campaign', first_contact_date: 'created_at', won_date: 'won',
      business_segment: 'industry', sr_id: 'owner', lead_type: null, declared_monthly_revenue: null,
    },
  },
  {
    id: 'maven-pipeline',
    name: 'Maven CRM sales pipeline',
    entity: 'leads',
    signals: [
      ['opportunity_id', 3], ['sales_agent', 2], ['deal_stage', 2], ['engage_date', 3], ['close_date', 1],
      ['close_value', 2], ['product', 1], ['account', 1],
    ],
    minScore: 6,
    columns: {
      opportunity_id: 'record_id', account: 'company', deal_stage: 'status', sales_agent: 'owner',
      engage_date: 'created_at',
    },
  },
  {
    id: 'maven-accounts',
    name: 'Maven CRM accounts',
    entity: 'companies',
    signals: [
      ['account', 2], ['sector', 2], ['year_established', 3], ['office_location', 3], ['subsidiary_of', 3],
      ['revenue', 0.5], ['employees', 0.5],
    ],
    minScore: 6,
    // revenue is in millions of USD in this dataset; it is stored as written.
    columns: {
      account: 'company', sector: 'industry', employees: 'employees', revenue: 'revenue', office_location: 'country',
    },
  },
  {
    id: 'salary-survey',
    name: 'aijobs.net / infosec-jobs.com salary survey',
    entity: 'leads',
    signals: [
      ['work_year', 2], ['experience_level', 2], ['employment_type', 2], ['salary_in_usd', 3], ['remote_ratio', 3],
      ['employee_residence', 2], ['salary_currency', 1],
    ],
    minScore: 6,
    // company_size is S/M/L (<50, 50–250, >250), not a count; company_location is the employer's country code.
    columns: { job_title: 'title', experience_level: 'seniority', company_location: 'country', company_size: null },
  },
];

export function findPreset(id: string): CrmPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}
