/**
 * The header vocabulary auto-mapping needs beyond each field's own spellings
 * (its aliases, in src-model/fields/field-table.ts): the record ids of people
 * and of companies, the columns that link a lead to its company, spellings
 * that must stay extras, and the prefixes stripped before a second lookup.
 * Spellings are those of real exports (see ../shared/reference/crm-exports.md),
 * compared through `headerKey`, so case, spaces and punctuation never matter.
 */

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
