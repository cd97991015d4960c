/**
 * Header vocabulary for auto-mapping, written as the spellings found in real
 * exports (see ../shared/reference/crm-exports.md) and compared through
 * `headerKey`, so case, spaces and punctuation never matter.
 *
 * Each field lists tiers: tier 0 is the field itself, later tiers are weaker
 * stand-ins that only win when nothing better is in the file (`Mobile Phone`
 * after `Phone`, `Company City` after `City`, `Work email` after `Email`).
 * A spelling may appear under two fields when it carries both meanings; the
 * better tier is tried first (HubSpot `Lifecycle Stage` is the status, or the
 * won signal when `Lead Status` already took the status).
 */
import type { CanonicalField } from './fields';

type Tiers = readonly (readonly string[])[];

export const FIELD_VOCABULARY: Readonly<Record<CanonicalField, Tiers>> = {
  record_id: [
    ['Record ID', 'Id', 'hs_object_id', 'vid', 'CRM ID', 'Object ID'],
    ['Apollo Record Id', 'Opportunity ID', 'External ID', 'Customer ID', 'uuid'],
    ['Deal - ID', 'Deal ID', 'Profile ID'],
  ],
  first_name: [
    ['First Name', 'firstname', 'Given Name', 'Forename', 'fname', 'First'],
    ['Vorname', 'Prénom', 'Nombre', 'primary_contact_first_name', 'Person - First name'],
  ],
  last_name: [
    ['Last Name', 'lastname', 'Surname', 'Family Name', 'lname', 'Last'],
    ['Nachname', 'Nom de famille', 'Apellido', 'Apellidos', 'primary_contact_last_name', 'Person - Last name'],
  ],
  full_name: [
    ['Full Name', 'Contact Name', 'Person - Name', 'Person Name', 'Prospect Name'],
    ['primary_contact_name', 'Contact', 'Person', 'Personne - Nom', 'Nom'],
  ],
  email: [
    ['Email', 'E-mail', 'Email Address', 'E-mail Address', 'Primary Email', 'Business Email', 'Contact Email', 'Person - Email'],
    ['Mail', 'Courriel', 'Correo', 'Correo electrónico', 'primary_contact_primary_email', 'Person - Email - Work', 'Email - Work'],
    ['Work email', 'Emails', 'Person - Email - Home', 'Person - Email - Other', 'Email - Home', 'Email - Other'],
    ['Secondary Email', 'Private e-mail address', 'primary_contact_other_emails'],
  ],
  phone: [
    ['Phone', 'Phone Number', 'Telephone', 'Telephone Number', 'Tel', 'Contact Phone', 'Primary Phone', 'Work Phone', 'Person - Phone'],
    ['Work Direct Phone', 'Direct Phone', 'Mobile', 'Mobile Phone', 'Mobile Phone Number', 'MobilePhone', 'Cell Phone', 'Cell',
      'First Phone', 'Person - Phone - Work', 'Person - Phone - Mobile', 'primary_contact_primary_phone', 'Telefon', 'Teléfono', 'Téléphone'],
    ['Corporate Phone', 'Company Phone', 'Home Phone', 'Other Phone', 'Person - Phone - Home', 'Person - Phone - Other',
      'primary_contact_other_phones'],
  ],
  title: [
    ['Title', 'Job Title', 'jobtitle', 'Position', 'Job Position', 'Designation', 'Person - Job title', 'Job Role'],
    ['primary_contact_title', 'Headline', 'Berufsbezeichnung', 'Position (Job)', 'Poste', 'Fonction', 'Cargo'],
  ],
  seniority: [
    ['Seniority', 'Seniority Level', 'Job Level', 'Management Level', 'hs_seniority', 'Level'],
    ['experience_level'],
  ],
  department: [
    ['Department', 'Departments', 'Job Function', 'Function', 'Dept', 'hs_job_function'],
    ['Division', 'Abteilung', 'Département', 'Departamento'],
  ],
  company: [
    ['Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Organization - Name', 'Account',
      'Account Name', 'Company / Account', 'Employer', 'Business Name', 'display_name', 'Person - Organization'],
    ['Company Name for Emails', 'Current Company', 'Deal - Organization', 'Firma', 'Unternehmen', 'Entreprise', 'Société', 'Empresa',
      'Organisation - Nom'],
    ['Associated Company'],
  ],
  domain: [
    ['Domain', 'Website', 'Website URL', 'Company Domain', 'Company Domain Name', 'Company Website', 'Domain Name', 'Web',
      'Homepage', 'Organization - Website', 'Webseite', 'Site web', 'Sitio web'],
    ['URL', 'Site', 'Email Domain'],
  ],
  industry: [
    ['Industry', 'Sector', 'Industries', 'Vertical', 'Company Industry', 'Organization - Industry', 'Industry Type'],
    ['Branche', 'Secteur', 'Industrie', 'Sektor', 'Business Segment'],
    ['Category', 'Category Code'],
  ],
  employees: [
    ['Employees', 'Number of Employees', 'No. of Employees', 'numemployees', 'NumberOfEmployees', 'Employee Count', 'Headcount',
      'Company Employee Count', 'Company size', 'Organization - Number of employees', '# Employees', 'Total Employees',
      'Nb Employees', 'Mitarbeiter', 'Mitarbeiterzahl', 'Anzahl der Mitarbeiter', 'Effectif', 'Employés', 'Empleados'],
    ['Employee Count Range', 'Company Employee Count Range', 'Employees Range', 'Employee Range', 'Company Size Range',
      'Size Range', 'Estimated Num Employees'],
  ],
  revenue: [
    ['Revenue', 'Annual Revenue', 'AnnualRevenue', 'Company Revenue', 'Revenue (USD)', 'Annual Revenue (USD)', 'Turnover',
      'Organization - Annual revenue', 'Umsatz', 'Jahresumsatz', "Chiffre d'affaires", 'Ingresos'],
    ['Revenue Range', 'Company Revenue Range', 'Estimated Revenue', 'Annual Revenue Range'],
    ['Total Revenue'],
  ],
  country: [
    ['Country', 'Country/Region', 'Country Name', 'Country Code', 'Land', 'Pays', 'País'],
    ['Mailing Country', 'Billing Country', 'Company Country', 'Country of Address', 'Organization - Country of Address',
      'HQ Country', 'Headquarters Country'],
    ['IP Country', 'IP Country Code'],
  ],
  state: [
    ['State', 'State/Region', 'State/Province', 'Province', 'State Code', 'Bundesland', 'Provincia', 'Estado/Provincia'],
    ['Mailing State', 'Mailing State/Province', 'Billing State', 'Billing State/Province', 'Company State',
      'State/county of Address', 'Organization - State/county of Address'],
    ['IP State', 'IP State/Region', 'IP State Code/Region Code'],
  ],
  city: [
    ['City', 'Town', 'Locality', 'Ort', 'Stadt', 'Ville', 'Ciudad'],
    ['Mailing City', 'Billing City', 'Company City', 'City/town/village/locality of Address',
      'Organization - City/town/village/locality of Address'],
    ['IP City'],
  ],
  technologies: [
    ['Technologies', 'Technology', 'Tech Stack', 'Technologies Used', 'Technographics', 'Installed Technologies'],
  ],
  intent: [
    ['Intent', 'Intent Topic', 'Intent Topics', 'Primary Intent Topic', 'Buyer Intent', 'Intent Signals'],
    ['Secondary Intent Topic'],
    ['Primary Intent Score', 'Intent Score'],
  ],
  status: [
    ['Status', 'Lead Status', 'hs_lead_status', 'Stage', 'Deal - Status', 'Contact Stage', 'status_label', 'Statut', 'Estado'],
    ['Lifecycle Stage', 'lifecyclestage', 'Deal Stage', 'Deal - Stage', 'Opportunity Stage', 'Account Status'],
    ['Type', 'Account Type'],
  ],
  score: [
    ['Score', 'Lead Score', 'HubSpot Score', 'hubspotscore', 'Predictive Lead Score', 'Rating', 'Lead Rating'],
    ['Likelihood to close', 'hs_predictivecontactscore_v2', 'Grade', 'Lead Grade'],
    ['Probability', 'Deal Probability'],
  ],
  campaign: [
    ['Campaign', 'Campaign Name', 'Lead Source', 'LeadSource', 'Source', 'Original Source', 'hs_analytics_source', 'utm_campaign'],
    ['Lists', 'List', 'Sequence', 'Origin', 'Account Source', 'First Touch Converting Campaign', 'Deal - Source', 'Lead Origin',
      'Person - Lead source', 'Quelle', 'Kampagne', 'Campagne', 'Campaña', 'Origen'],
    ['Latest Source', 'Last Touch Converting Campaign', 'utm_source', 'Channel', 'Last marketing email name'],
  ],
  replied: [
    ['Replied', 'Has Replied', 'Reply', 'Responded', 'Email Replied'],
    ['Marketing emails replied', 'Recent Sales Email Replied Date', 'hs_sales_email_last_replied', 'Replies', 'Number of Replies'],
    ['First marketing email reply date', 'Sales email replied'],
  ],
  won: [
    ['Won', 'IsWon', 'Is Won', 'Closed Won', 'Converted', 'IsConverted', 'Is Converted', 'Won Date', 'Won Time',
      'Deal - Won time', 'Became a Customer Date', 'hs_lifecyclestage_customer_date'],
    ['Converted Date', 'ConvertedDate', 'Is Customer', 'Gewonnen'],
    ['Recent Deal Close Date'],
    ['Lifecycle Stage', 'lifecyclestage'],
  ],
  owner: [
    ['Owner', 'Contact owner', 'Lead Owner', 'Record Owner', 'HubSpot Owner', 'Deal - Owner', 'Person - Owner', 'Sales Rep',
      'Sales Agent', 'Assigned To', 'Salesperson', 'Besitzer', 'Propriétaire', 'Propietario', 'Inhaber'],
    ['Account Owner', 'Company owner', 'Organization - Owner', 'OwnerId', 'Owner ID', 'Account Manager'],
    ['hubspot_owner_id'],
  ],
  created_at: [
    ['Created At', 'Create Date', 'Created Date', 'CreatedDate', 'Created On', 'Date Created', 'date_created', 'Creation Date',
      'Created', 'Created Time', 'createdate', 'Object create date/time', 'Date Added', 'Added On', 'Person - Person created',
      'Organization - Organization created', 'Deal - Deal created', 'Erstellt am', 'Erstellungsdatum', 'Date de création',
      'Fecha de creación'],
    ['Connected On', 'Signup Date', 'Sign-up Date'],
    ['First Contact Date', 'Engage Date'],
  ],
};

/**
 * Person-level record ids. They map to record_id at tier 0 and count as
 * person evidence when the entity is detected (a file with `Prospect ID` is a
 * leads file even without names).
 */
export const LEAD_ID_HEADERS: readonly string[] = [
  'Contact ID', 'Lead ID', 'Prospect ID', 'Person ID', 'Person - ID', 'Apollo Contact Id', 'Lead Id', 'Contact Record ID',
];

/**
 * Company-level ids. In a leads file they are the company a person belongs
 * to, never the person, so they only become record_id in a companies file.
 */
export const COMPANY_ID_HEADERS: readonly string[] = [
  'Account ID', 'AccountId', 'Company ID', 'Organization ID', 'Organisation ID', 'Organization - ID', 'Org ID',
  'Apollo Account Id',
];

/**
 * Columns of a leads file that hold the CRM id of the person's company, best
 * first. They stay extras (a person's record id is not its company's), but
 * link the lead to the company with that id, so a companies export imported
 * before or after merges onto the same company (issue 9, defect 4).
 */
export const COMPANY_LINK_HEADERS: readonly string[] = [
  'Primary Associated Company ID', 'Associated Company ID', 'Associated Company IDs', 'Account ID', 'AccountId',
  'Apollo Account Id', 'Account Name.id', 'Company ID', 'Organization ID', 'Organisation ID', 'Organization - ID', 'Org ID',
];

/**
 * Spellings that look like a field once a prefix is stripped but are not
 * (`Company Type` is `Public Company`, not a status; `Deal - Title` is a deal
 * name; association ids are join keys). They stay extras unless overridden.
 */
export const BLOCKED_HEADERS: readonly string[] = [
  'Company Type', 'Deal - Title', 'Deal Title', 'Associated Company ID', 'Associated Company IDs',
  'Primary Associated Company ID', 'Account Name.id', 'Email Status', 'Marketing contact status', 'Lead Type',
  'Account Site', 'Person - Label', 'Organization - Labels', 'Lead Quality', 'Company Linkedin Url',
];

/**
 * Entity prefixes stripped before a second lookup: Pipedrive's `Person - `,
 * `Organization - `, `Deal - `, Close's `custom.` and `primary_contact_`,
 * address blocks (`Mailing`, `Billing`) and the common `Lead`/`Contact`/
 * `Account`/`Company` qualifiers. A stripped match is one tier weaker.
 */
export const STRIPPABLE_PREFIXES: readonly string[] = [
  'person', 'personne', 'organization', 'organisation', 'deal', 'custom', 'primarycontact', 'mailing', 'billing', 'lead',
  'contact', 'account', 'company', 'hs',
];
