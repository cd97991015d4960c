/**
 * The one field table: every canonical lead and company field, declared once
 * with what it holds, where it is stored, how the engine reads it, its
 * export header and the CRM header spellings that mean it (issue 10). The
 * rest derive from here: the importer's mapping targets, header vocabulary,
 * value checks and labels (src-main/crm/), the columns the import writes
 * (db/queries/records.ts, import/stored-values.ts), the record rows lists
 * and exports read (db/queries/record-rows.ts), the feature page the engine
 * embeds (db/queries/features.ts) and the export's columns
 * (services/export-service.ts).
 *
 * Hazards:
 *  - a field's name is the command line's (`--map "Header=field"`) and the
 *    stored mapping's: it never changes spelling;
 *  - fields are listed in the order users read them (usage, error messages,
 *    exports): add new ones at the end;
 *  - storage names columns of the schema (db/migrations): a new field needs
 *    its migration too. test/integration/import/field-round-trip.test.ts
 *    imports every field of this table and fails on one that is not stored,
 *    read or exported.
 */
import type { RecordBatch } from '../embed/types';

/**
 * What a field's values are; it decides the checks a column's values must
 * pass before a header guess maps it (crm/value-checks.ts).
 */
export type FieldType =
  /** A CRM's record id, kept as written; unique per record. */
  | 'id'
  | 'person-name'
  | 'company-name'
  /** Stored lower-cased, the first address when a cell lists several. */
  | 'email'
  | 'phone'
  /** A website or domain, stored as the bare domain (`example.com`). */
  | 'web-address'
  | 'country'
  /** Free text. */
  | 'text'
  /** Several values in one cell (`Salesforce; HubSpot`), stored as written. */
  | 'list'
  /** A name many records share (a campaign, a source): never a count. */
  | 'group-name'
  /** A head count or band, stored as a number beside the band as written. */
  | 'employee-count'
  | 'amount'
  /** A number or a rating word (`A`, `Hot`). */
  | 'score'
  /** Yes/no, a date or a count (a reply date means replied), stored as 1 or 0. */
  | 'flag'
  /** Stored as written. */
  | 'date';

/** The record tables a field is stored in. */
export type RecordTable = 'leads' | 'companies';

export interface FieldStorage {
  /** Its column on `leads`: every field is stored on a lead. */
  leads: string;
  /** Its column on `companies`; absent for a person's field. */
  companies?: string;
  /** A second column, on each table the field is stored in, holding the value as written beside its number (the band `51-200`). */
  textColumn?: string;
  /**
   * A lead row's value also fills its linked company's empty column
   * (firmographics); without it, a lead's value stays the lead's own (a
   * person's location, status, owner).
   */
  fillsCompany?: true;
  /** A lead without a value of its own shows (in lists and exports) its linked company's. */
  inheritedFromCompany?: true;
}

/** A column of the engine's RecordBatch that a field fills (the ids, links and extras are not fields). */
export type FeatureColumn = Exclude<keyof RecordBatch, 'count' | 'ids' | 'companyId' | 'companyExtra' | 'leadExtra'>;

/**
 * How the engine reads a field. A company's value fills `company` (the
 * embedding's company part). A lead's own value fills `lead` when there is
 * one; otherwise `company`, and then only for a lead with no linked company
 * (a linked lead's company part is its company's embedding).
 */
export interface FieldReading {
  company?: FeatureColumn;
  lead?: FeatureColumn;
}

export interface FieldDefinition {
  name: string;
  /** The field in words, as a header would say it ("header looks like Record ID"). */
  label: string;
  type: FieldType;
  storage: FieldStorage;
  /** Absent: the engine does not read the field. */
  engine?: FieldReading;
  /** The export's header; the importer maps it back to this field, so an export re-imports cleanly. */
  exportHeader: string;
  /** A companies export's header, where it differs. */
  companyExportHeader?: string;
  /**
   * Header spellings found in real exports (../shared/reference/crm-exports.md),
   * compared through crm/header-key.ts (case, spaces and punctuation never
   * matter). Tier 0 is the field itself; later tiers are weaker stand-ins
   * that only win when nothing better is in the file (`Mobile Phone` after
   * `Phone`, `Company City` after `City`). A spelling may appear under two
   * fields when it carries both meanings; the better tier is tried first.
   */
  aliases: readonly (readonly string[])[];
}

const TABLE = [
  {
    name: 'record_id',
    label: 'Record ID',
    type: 'id',
    // A lead row's company gets its CRM id from the row's company-id column, not from the lead's own id.
    storage: { leads: 'record_id', companies: 'record_id' },
    exportHeader: 'Record ID',
    aliases: [
      ['Record ID', 'Id', 'hs_object_id', 'vid', 'CRM ID', 'Object ID'],
      ['Apollo Record Id', 'Opportunity ID', 'External ID', 'Customer ID', 'uuid'],
      ['Deal - ID', 'Deal ID', 'Profile ID'],
    ],
  },
  {
    name: 'first_name',
    label: 'First name',
    type: 'person-name',
    storage: { leads: 'first_name' },
    exportHeader: 'First Name',
    aliases: [
      ['First Name', 'firstname', 'Given Name', 'Forename', 'fname', 'First'],
      ['Vorname', 'Prénom', 'Nombre', 'primary_contact_first_name', 'Person - First name'],
    ],
  },
  {
    name: 'last_name',
    label: 'Last name',
    type: 'person-name',
    storage: { leads: 'last_name' },
    exportHeader: 'Last Name',
    aliases: [
      ['Last Name', 'lastname', 'Surname', 'Family Name', 'lname', 'Last'],
      ['Nachname', 'Nom de famille', 'Apellido', 'Apellidos', 'primary_contact_last_name', 'Person - Last name'],
    ],
  },
  {
    name: 'full_name',
    label: 'Full name',
    type: 'person-name',
    storage: { leads: 'full_name' },
    exportHeader: 'Full Name',
    aliases: [
      ['Full Name', 'Contact Name', 'Person - Name', 'Person Name', 'Prospect Name'],
      ['primary_contact_name', 'Contact', 'Person', 'Personne - Nom', 'Nom'],
    ],
  },
  {
    name: 'email',
    label: 'Email',
    type: 'email',
    storage: { leads: 'email' },
    exportHeader: 'Email',
    aliases: [
      ['Email', 'E-mail', 'Email Address', 'E-mail Address', 'Primary Email', 'Business Email', 'Contact Email', 'Person - Email'],
      ['Mail', 'Courriel', 'Correo', 'Correo electrónico', 'primary_contact_primary_email', 'Person - Email - Work', 'Email - Work'],
      ['Work email', 'Emails', 'Person - Email - Home', 'Person - Email - Other', 'Email - Home', 'Email - Other'],
      ['Secondary Email', 'Private e-mail address', 'primary_contact_other_emails'],
    ],
  },
  {
    name: 'phone',
    label: 'Phone',
    type: 'phone',
    storage: { leads: 'phone' },
    exportHeader: 'Phone',
    aliases: [
      ['Phone', 'Phone Number', 'Telephone', 'Telephone Number', 'Tel', 'Contact Phone', 'Primary Phone', 'Work Phone', 'Person - Phone'],
      ['Work Direct Phone', 'Direct Phone', 'Mobile', 'Mobile Phone', 'Mobile Phone Number', 'MobilePhone', 'Cell Phone', 'Cell',
        'First Phone', 'Person - Phone - Work', 'Person - Phone - Mobile', 'primary_contact_primary_phone', 'Telefon', 'Teléfono', 'Téléphone'],
      ['Corporate Phone', 'Company Phone', 'Home Phone', 'Other Phone', 'Person - Phone - Home', 'Person - Phone - Other',
        'primary_contact_other_phones'],
    ],
  },
  {
    name: 'title',
    label: 'Title',
    type: 'text',
    storage: { leads: 'title' },
    engine: { lead: 'title' },
    exportHeader: 'Job Title',
    aliases: [
      ['Title', 'Job Title', 'jobtitle', 'Position', 'Job Position', 'Designation', 'Person - Job title', 'Job Role'],
      ['primary_contact_title', 'Headline', 'Berufsbezeichnung', 'Position (Job)', 'Poste', 'Fonction', 'Cargo'],
    ],
  },
  {
    name: 'seniority',
    label: 'Seniority',
    type: 'text',
    storage: { leads: 'seniority' },
    engine: { lead: 'seniority' },
    exportHeader: 'Seniority',
    aliases: [
      ['Seniority', 'Seniority Level', 'Job Level', 'Management Level', 'hs_seniority', 'Level'],
      ['experience_level'],
    ],
  },
  {
    name: 'department',
    label: 'Department',
    type: 'text',
    storage: { leads: 'department' },
    engine: { lead: 'department' },
    exportHeader: 'Department',
    aliases: [
      ['Department', 'Departments', 'Job Function', 'Function', 'Dept', 'hs_job_function'],
      ['Division', 'Abteilung', 'Département', 'Departamento'],
    ],
  },
  {
    name: 'company',
    label: 'Company',
    type: 'company-name',
    storage: { leads: 'company', companies: 'name', fillsCompany: true, inheritedFromCompany: true },
    exportHeader: 'Company',
    companyExportHeader: 'Company Name',
    aliases: [
      ['Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Organization - Name', 'Account',
        'Account Name', 'Company / Account', 'Employer', 'Business Name', 'display_name', 'Person - Organization'],
      ['Company Name for Emails', 'Current Company', 'Deal - Organization', 'Firma', 'Unternehmen', 'Entreprise', 'Société', 'Empresa',
        'Organisation - Nom'],
      ['Associated Company'],
    ],
  },
  {
    name: 'domain',
    label: 'Domain',
    type: 'web-address',
    storage: { leads: 'domain', companies: 'domain', fillsCompany: true, inheritedFromCompany: true },
    exportHeader: 'Domain',
    aliases: [
      ['Domain', 'Website', 'Website URL', 'Company Domain', 'Company Domain Name', 'Company Website', 'Domain Name', 'Web',
        'Homepage', 'Organization - Website', 'Webseite', 'Site web', 'Sitio web'],
      ['URL', 'Site', 'Email Domain'],
    ],
  },
  {
    name: 'industry',
    label: 'Industry',
    type: 'text',
    storage: { leads: 'industry', companies: 'industry', fillsCompany: true, inheritedFromCompany: true },
    engine: { company: 'industry' },
    exportHeader: 'Industry',
    aliases: [
      ['Industry', 'Sector', 'Industries', 'Vertical', 'Company Industry', 'Organization - Industry', 'Industry Type'],
      ['Branche', 'Secteur', 'Industrie', 'Sektor', 'Business Segment'],
      ['Category', 'Category Code'],
    ],
  },
  {
    name: 'employees',
    label: 'Employees',
    type: 'employee-count',
    storage: { leads: 'employees', companies: 'employees', textColumn: 'employees_range', fillsCompany: true, inheritedFromCompany: true },
    engine: { company: 'employees' },
    exportHeader: 'Employees',
    aliases: [
      ['Employees', 'Number of Employees', 'No. of Employees', 'numemployees', 'NumberOfEmployees', 'Employee Count', 'Headcount',
        'Company Employee Count', 'Company size', 'Organization - Number of employees', '# Employees', 'Total Employees',
        'Nb Employees', 'Mitarbeiter', 'Mitarbeiterzahl', 'Anzahl der Mitarbeiter', 'Effectif', 'Employés', 'Empleados'],
      ['Employee Count Range', 'Company Employee Count Range', 'Employees Range', 'Employee Range', 'Company Size Range',
        'Size Range', 'Estimated Num Employees'],
    ],
  },
  {
    name: 'revenue',
    label: 'Revenue',
    type: 'amount',
    storage: { leads: 'revenue', companies: 'revenue', fillsCompany: true, inheritedFromCompany: true },
    engine: { company: 'revenue' },
    exportHeader: 'Annual Revenue',
    aliases: [
      ['Revenue', 'Annual Revenue', 'AnnualRevenue', 'Company Revenue', 'Revenue (USD)', 'Annual Revenue (USD)', 'Turnover',
        'Organization - Annual revenue', 'Umsatz', 'Jahresumsatz', "Chiffre d'affaires", 'Ingresos'],
      ['Revenue Range', 'Company Revenue Range', 'Estimated Revenue', 'Annual Revenue Range'],
      ['Total Revenue'],
    ],
  },
  {
    name: 'country',
    label: 'Country',
    type: 'country',
    storage: { leads: 'country', companies: 'country' },
    engine: { company: 'companyCountry', lead: 'leadCountry' },
    exportHeader: 'Country',
    aliases: [
      ['Country', 'Country/Region', 'Country Name', 'Country Code', 'Land', 'Pays', 'País'],
      ['Mailing Country', 'Billing Country', 'Company Country', 'Country of Address', 'Organization - Country of Address',
        'HQ Country', 'Headquarters Country'],
      ['IP Country', 'IP Country Code'],
    ],
  },
  {
    name: 'state',
    label: 'State',
    type: 'text',
    storage: { leads: 'state', companies: 'state' },
    engine: { company: 'companyState', lead: 'leadState' },
    exportHeader: 'State',
    aliases: [
      ['State', 'State/Region', 'State/Province', 'Province', 'State Code', 'Bundesland', 'Provincia', 'Estado/Provincia'],
      ['Mailing State', 'Mailing State/Province', 'Billing State', 'Billing State/Province', 'Company State',
        'State/county of Address', 'Organization - State/county of Address'],
      ['IP State', 'IP State/Region', 'IP State Code/Region Code'],
    ],
  },
  {
    name: 'city',
    label: 'City',
    type: 'text',
    storage: { leads: 'city', companies: 'city' },
    engine: { company: 'companyCity', lead: 'leadCity' },
    exportHeader: 'City',
    aliases: [
      ['City', 'Town', 'Locality', 'Ort', 'Stadt', 'Ville', 'Ciudad'],
      ['Mailing City', 'Billing City', 'Company City', 'City/town/village/locality of Address',
        'Organization - City/town/village/locality of Address'],
      ['IP City'],
    ],
  },
  {
    name: 'technologies',
    label: 'Technologies',
    type: 'list',
    storage: { leads: 'technologies', companies: 'technologies', fillsCompany: true, inheritedFromCompany: true },
    engine: { company: 'technologies' },
    exportHeader: 'Technologies',
    aliases: [
      ['Technologies', 'Technology', 'Tech Stack', 'Technologies Used', 'Technographics', 'Installed Technologies'],
    ],
  },
  {
    name: 'intent',
    label: 'Intent',
    type: 'list',
    storage: { leads: 'intent', companies: 'intent', fillsCompany: true },
    engine: { company: 'intent' },
    exportHeader: 'Intent',
    aliases: [
      ['Intent', 'Intent Topic', 'Intent Topics', 'Primary Intent Topic', 'Buyer Intent', 'Intent Signals'],
      ['Secondary Intent Topic'],
      ['Primary Intent Score', 'Intent Score'],
    ],
  },
  {
    name: 'status',
    label: 'Status',
    type: 'text',
    storage: { leads: 'status', companies: 'status' },
    exportHeader: 'Lead Status',
    companyExportHeader: 'Status',
    aliases: [
      ['Status', 'Lead Status', 'hs_lead_status', 'Stage', 'Deal - Status', 'Contact Stage', 'status_label', 'Statut', 'Estado'],
      ['Lifecycle Stage', 'lifecyclestage', 'Deal Stage', 'Deal - Stage', 'Opportunity Stage', 'Account Status'],
      ['Type', 'Account Type'],
    ],
  },
  {
    name: 'score',
    label: 'Score',
    type: 'score',
    storage: { leads: 'score' },
    engine: { lead: 'score' },
    exportHeader: 'Lead Score',
    aliases: [
      ['Score', 'Lead Score', 'HubSpot Score', 'hubspotscore', 'Predictive Lead Score', 'Rating', 'Lead Rating'],
      ['Likelihood to close', 'hs_predictivecontactscore_v2', 'Grade', 'Lead Grade'],
      ['Probability', 'Deal Probability'],
    ],
  },
  {
    name: 'campaign',
    label: 'Campaign',
    type: 'group-name',
    storage: { leads: 'campaign' },
    engine: { lead: 'campaign' },
    exportHeader: 'Campaign',
    aliases: [
      ['Campaign', 'Campaign Name', 'Lead Source', 'LeadSource', 'Source', 'Original Source', 'hs_analytics_source', 'utm_campaign'],
      ['Lists', 'List', 'Sequence', 'Origin', 'Account Source', 'First Touch Converting Campaign', 'Deal - Source', 'Lead Origin',
        'Person - Lead source', 'Quelle', 'Kampagne', 'Campagne', 'Campaña', 'Origen'],
      ['Latest Source', 'Last Touch Converting Campaign', 'utm_source', 'Channel', 'Last marketing email name'],
    ],
  },
  {
    name: 'replied',
    label: 'Replied',
    type: 'flag',
    storage: { leads: 'replied' },
    exportHeader: 'Replied',
    aliases: [
      ['Replied', 'Has Replied', 'Reply', 'Responded', 'Email Replied'],
      ['Marketing emails replied', 'Recent Sales Email Replied Date', 'hs_sales_email_last_replied', 'Replies', 'Number of Replies'],
      ['First marketing email reply date', 'Sales email replied'],
    ],
  },
  {
    name: 'won',
    label: 'Won',
    type: 'flag',
    storage: { leads: 'won' },
    exportHeader: 'Won',
    aliases: [
      ['Won', 'IsWon', 'Is Won', 'Closed Won', 'Converted', 'IsConverted', 'Is Converted', 'Won Date', 'Won Time',
        'Deal - Won time', 'Became a Customer Date', 'hs_lifecyclestage_customer_date'],
      ['Converted Date', 'ConvertedDate', 'Is Customer', 'Gewonnen'],
      ['Recent Deal Close Date'],
      ['Lifecycle Stage', 'lifecyclestage'],
    ],
  },
  {
    name: 'owner',
    label: 'Owner',
    type: 'text',
    storage: { leads: 'owner', companies: 'owner' },
    exportHeader: 'Owner',
    aliases: [
      ['Owner', 'Contact owner', 'Lead Owner', 'Record Owner', 'HubSpot Owner', 'Deal - Owner', 'Person - Owner', 'Sales Rep',
        'Sales Agent', 'Assigned To', 'Salesperson', 'Besitzer', 'Propriétaire', 'Propietario', 'Inhaber'],
      ['Account Owner', 'Company owner', 'Organization - Owner', 'OwnerId', 'Owner ID', 'Account Manager'],
      ['hubspot_owner_id'],
    ],
  },
  {
    name: 'created_at',
    label: 'Created date',
    type: 'date',
    storage: { leads: 'created_at', companies: 'created_at' },
    exportHeader: 'Created At',
    aliases: [
      ['Created At', 'Create Date', 'Created Date', 'CreatedDate', 'Created On', 'Date Created', 'date_created', 'Creation Date',
        'Created', 'Created Time', 'createdate', 'Object create date/time', 'Date Added', 'Added On', 'Person - Person created',
        'Organization - Organization created', 'Deal - Deal created', 'Erstellt am', 'Erstellungsdatum', 'Date de création',
        'Fecha de creación'],
      ['Connected On', 'Signup Date', 'Sign-up Date'],
      ['First Contact Date', 'Engage Date'],
    ],
  },
] as const satisfies readonly FieldDefinition[];

export type CanonicalField = (typeof TABLE)[number]['name'];

export interface CanonicalFieldDefinition extends FieldDefinition {
  name: CanonicalField;
}

/** Every canonical field, in order. */
export const FIELD_TABLE: readonly CanonicalFieldDefinition[] = TABLE;

/** The field names, in the table's order. */
export const CANONICAL_FIELDS: readonly CanonicalField[] = FIELD_TABLE.map((f) => f.name);

const BY_NAME: ReadonlyMap<string, CanonicalFieldDefinition> = new Map(FIELD_TABLE.map((f) => [f.name, f]));

export function isCanonicalField(value: string): value is CanonicalField {
  return BY_NAME.has(value);
}

export function fieldDefinition(field: CanonicalField): CanonicalFieldDefinition {
  return BY_NAME.get(field)!;
}
