/**
 * Header rows as vendors write them, taken from ../shared/reference/crm-exports.md
 * (observed exports and documented field labels). Shared by the mapping and
 * preset tests.
 */

/** HubSpot contacts, default view export. */
export const HUBSPOT_CONTACTS_DEFAULT = [
  'Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Contact owner', 'Primary Associated Company ID',
  'Last Activity Date', 'Lead Status', 'Marketing contact status', 'Create Date', 'Associated Company',
];

/** HubSpot contacts, a wider "all properties" export. */
export const HUBSPOT_CONTACTS_FULL = [
  'Record ID', 'First Name', 'Last Name', 'Email', 'Work email', 'Phone Number', 'Mobile Phone Number', 'Job Title',
  'Seniority', 'Job function', 'Company Name', 'Associated Company', 'Website URL', 'Industry', 'Number of Employees',
  'Annual Revenue', 'Country/Region', 'State/Region', 'City', 'IP Country', 'Lifecycle Stage', 'Lead Status',
  'HubSpot Score', 'Original Source', 'Marketing emails replied', 'Became a Customer Date', 'Contact owner', 'Create Date',
  'Persona', 'Tech Stack',
];

/** HubSpot contacts exported with internal property names as headers. */
export const HUBSPOT_CONTACTS_INTERNAL = [
  'hs_object_id', 'firstname', 'lastname', 'email', 'jobtitle', 'company', 'website', 'industry', 'numemployees',
  'annualrevenue', 'country', 'state', 'city', 'lifecyclestage', 'hs_lead_status', 'hubspot_owner_id', 'createdate',
];

export const HUBSPOT_COMPANIES = [
  'Record ID', 'Company name', 'Company Domain Name', 'Company owner', 'Create Date', 'Phone Number', 'Last Activity Date',
  'City', 'Country/Region', 'State/Region', 'Industry', 'Number of Employees', 'Annual Revenue', 'Lifecycle Stage', 'Type',
  'Year Founded', 'LinkedIn Company Page',
];

export const SALESFORCE_LEADS_REPORT = [
  'Lead ID', 'Salutation', 'First Name', 'Last Name', 'Title', 'Company / Account', 'Email', 'Phone', 'Mobile', 'Website',
  'Industry', 'No. of Employees', 'Annual Revenue', 'Street', 'City', 'State/Province', 'Zip/Postal Code', 'Country',
  'Lead Status', 'Lead Source', 'Rating', 'Lead Owner', 'Created Date', 'Converted', 'Converted Date',
];

export const SALESFORCE_CONTACTS_REPORT = [
  'Contact ID', 'First Name', 'Last Name', 'Title', 'Department', 'Account Name', 'Account ID', 'Email', 'Phone', 'Mobile',
  'Mailing City', 'Mailing State/Province', 'Mailing Country', 'Lead Source', 'Contact Owner', 'Created Date',
];

export const SALESFORCE_ACCOUNTS_REPORT = [
  'Account ID', 'Account Name', 'Website', 'Industry', 'Employees', 'Annual Revenue', 'Billing City',
  'Billing State/Province', 'Billing Country', 'Type', 'Account Source', 'Rating', 'Account Owner', 'Created Date',
];

export const SALESFORCE_DATALOADER_LEADS = [
  'Id', 'FirstName', 'LastName', 'Title', 'Company', 'Email', 'Phone', 'MobilePhone', 'Website', 'Industry',
  'NumberOfEmployees', 'AnnualRevenue', 'City', 'State', 'PostalCode', 'Country', 'Status', 'LeadSource', 'Rating',
  'IsConverted', 'ConvertedDate', 'OwnerId', 'CreatedDate',
];

export const PIPEDRIVE_DEALS = [
  'Deal - ID', 'Deal - Title', 'Deal - Value', 'Deal - Currency of value', 'Deal - Status', 'Deal - Stage', 'Deal - Pipeline',
  'Deal - Won time', 'Deal - Lost reason', 'Deal - Owner', 'Deal - Deal created', 'Deal - Organization', 'Person - ID',
  'Person - Name', 'Person - Email', 'Person - Phone', 'Person - Job title', 'Organization - Name', 'Organization - Website',
  'Organization - Industry', 'Organization - Number of employees', 'Organization - Annual revenue',
  'Organization - City/town/village/locality of Address', 'Organization - Country of Address',
];

export const PIPEDRIVE_PEOPLE = [
  'Person - ID', 'Person - Name', 'Person - First name', 'Person - Last name', 'Person - Email - Work',
  'Person - Email - Home', 'Person - Phone - Work', 'Person - Phone - Mobile', 'Person - Organization', 'Person - Label',
  'Person - Owner', 'Person - Person created', 'Person - Lead source',
];

export const PIPEDRIVE_ORGANIZATIONS = [
  'Organization - ID', 'Organization - Name', 'Organization - Website', 'Organization - Industry',
  'Organization - Number of employees', 'Organization - Annual revenue', 'Organization - Labels', 'Organization - Owner',
  'Organization - Organization created', 'Organization - Country of Address',
];

/** Apollo contacts export, 2025 header in order. */
export const APOLLO_CONTACTS = [
  'First Name', 'Last Name', 'Title', 'Company', 'Company Name for Emails', 'Email', 'Email Status', 'Primary Email Source',
  'Email Confidence', 'Primary Email Catch-all Status', 'Primary Email Last Verified At', 'Seniority', 'Departments',
  'Contact Owner', 'Work Direct Phone', 'Home Phone', 'Mobile Phone', 'Corporate Phone', 'Other Phone', 'Stage', 'Lists',
  'Last Contacted', 'Account Owner', '# Employees', 'Industry', 'Keywords', 'Person Linkedin Url', 'Website',
  'Company Linkedin Url', 'Facebook Url', 'Twitter Url', 'City', 'State', 'Country', 'Company Address', 'Company City',
  'Company State', 'Company Country', 'Company Phone', 'SEO Description', 'Technologies', 'Annual Revenue', 'Total Funding',
  'Latest Funding', 'Latest Funding Amount', 'Last Raised At', 'Subsidiary of', 'Email Sent', 'Email Open', 'Email Bounced',
  'Replied', 'Demoed', 'Number of Retail Locations', 'Apollo Contact Id', 'Apollo Account Id', 'Secondary Email',
  'Secondary Email Source', 'Tertiary Email', 'Tertiary Email Source',
];

export const APOLLO_ACCOUNTS = [
  'Company Name', 'Company Name for Emails', '# Employees', 'Industry', 'Website', 'Company Linkedin Url', 'Company Country',
  'Keywords', 'Apollo Record Id', 'Short Description', 'Founded Year',
];

/** Evaboot-style Sales Navigator export. */
export const SALES_NAVIGATOR = [
  'Name', 'First name', 'Last name', 'Title', 'Linkedin', 'Location', 'Added On', 'Company Name', 'Company Domain',
  'Company Website', 'Company Employee Count', 'Company Employee Count Range', 'Company Founded', 'Company Industry',
  'Company Type', 'Company Headquarters', 'Company Revenue Range', 'Company Crunchbase Url', 'Profile ID',
  'Connection Degree',
];

export const LINKEDIN_CONNECTIONS = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];

export const ZOHO_LEADS = [
  'Record Id', 'Lead Owner', 'Lead Owner.id', 'Salutation', 'First Name', 'Last Name', 'Company', 'Designation', 'Email',
  'Secondary Email', 'Phone', 'Mobile', 'Website', 'Industry', 'No. of Employees', 'Annual Revenue', 'Lead Status',
  'Lead Source', 'Rating', 'City', 'State', 'Zip Code', 'Country', 'Email Opt Out', 'Skype ID', 'Created Time',
  'Modified Time', 'Created By', 'Modified By',
];

export const ZOHO_CONTACTS = [
  'Record Id', 'First Name', 'Last Name', 'Account Name', 'Account Name.id', 'Email', 'Title', 'Department', 'Phone',
  'Mobile', 'Mailing City', 'Mailing State', 'Mailing Country', 'Contact Owner', 'Contact Owner.id', 'Lead Source',
  'Created Time', 'Modified Time',
];

export const CLOSE_LEADS = [
  'id', 'display_name', 'url', 'status_id', 'status_label', 'primary_contact_name', 'primary_contact_first_name',
  'primary_contact_last_name', 'primary_contact_title', 'primary_contact_primary_email', 'primary_contact_other_emails',
  'primary_contact_primary_phone', 'custom.Lead Source', 'custom.Industry', 'date_created', 'date_updated',
  'last_activity_date', 'num_calls', 'num_emails',
];

/** A hand-made file in no vendor's shape: must get no preset. */
export const GENERIC_LEADS = [
  'First Name', 'Last Name', 'Email', 'Company', 'Job Title', 'Phone', 'Website', 'Industry', 'Employees', 'Country', 'City',
];

export const GENERIC_COMPANIES = ['Company Name', 'Website', 'Industry', '# Employees', 'Country/Region', 'City'];

/** X Education Leads.csv header (first 12 columns and City, as in ../shared/data/xeducation-leads). */
export const XEDUCATION_SAMPLE = [
  'Prospect ID', 'Lead Number', 'Lead Origin', 'Lead Source', 'Do Not Email', 'Do Not Call', 'Converted', 'TotalVisits',
  'Total Time Spent on Website', 'Page Views Per Visit', 'Last Activity', 'Country', 'What is your current occupation', 'City',
];
