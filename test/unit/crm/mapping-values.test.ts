/**
 * Header guesses checked against the column's values (the `sample` option of
 * buildMapping): the rows are built inline, shaped like the files they stand for.
 */
import { describe, expect, it } from 'vitest';
import { buildMapping, type ImportMapping } from '../../../src-main/crm/index';
import * as vendor from './vendor-headers';

function fieldsOf(mapping: ImportMapping): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const c of mapping.columns) if (c.field) fields[c.header] = c.field;
  return fields;
}

const reasonOf = (mapping: ImportMapping, header: string): string | undefined => mapping.columns.find((c) => c.header === header)?.reason;
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** The public bank-marketing response file (semicolon-delimited in the original), 120 rows. */
const BANK_HEADER = 'age;job;marital;education;default;balance;housing;loan;contact;day;month;duration;campaign;pdays;previous;poutcome;y'.split(';');
const BANK_ROWS = Array.from({ length: 120 }, (_, i) => [
  String(25 + ((i * 7) % 50)),
  pick(['management', 'technician', 'blue-collar', 'admin.', 'retired'], i),
  pick(['married', 'single', 'divorced'], i),
  pick(['primary', 'secondary', 'tertiary', 'unknown'], i),
  pick(['no', 'no', 'yes'], i),
  String((i * 137) % 4000),
  pick(['yes', 'no'], i),
  pick(['no', 'yes', 'no'], i),
  pick(['cellular', 'cellular', 'unknown', 'telephone'], i),
  String((i % 31) + 1),
  pick(['may', 'jun', 'jul', 'aug'], i),
  String(60 + ((i * 53) % 800)),
  pick(['1', '2', '1', '3', '1', '2', '4', '6'], i),
  pick(['-1', '-1', '92', '181'], i),
  pick(['0', '0', '2', '1'], i),
  pick(['unknown', 'unknown', 'failure', 'success'], i),
  pick(['no', 'no', 'no', 'yes'], i),
]);

describe('a bank-marketing file', () => {
  it('was mapped by its headers alone: contact became the name and campaign the campaign', () => {
    expect(fieldsOf(buildMapping(BANK_HEADER))).toEqual({ contact: 'full_name', campaign: 'campaign' });
  });

  it('keeps contact and campaign as extras once their values are checked, and says why', () => {
    const mapping = buildMapping(BANK_HEADER, { sample: BANK_ROWS });
    expect(fieldsOf(mapping)).toEqual({});
    expect(mapping.columns.every((c) => !c.ignored && c.source === 'none')).toBe(true);
    expect(mapping.entity).toBe('leads');
    expect(mapping.identity).toEqual({ kind: 'content_hash' });
    expect(reasonOf(mapping, 'contact')).toBe(
      'header looks like Full name, but its values are a handful of repeated words (cellular, unknown, telephone) — kept as an extra field',
    );
    expect(reasonOf(mapping, 'campaign')).toBe('header looks like Campaign, but its values are numbers (1, 2, 3, …) — kept as an extra field');
    expect(reasonOf(mapping, 'age')).toBe('no field matches this header — kept as an extra field');
  });

  it('still maps a column the user maps: overrides are never second-guessed', () => {
    const mapping = buildMapping(BANK_HEADER, { sample: BANK_ROWS, overrides: { campaign: 'campaign' } });
    expect(fieldsOf(mapping)).toEqual({ campaign: 'campaign' });
    expect(reasonOf(mapping, 'campaign')).toBe('set to Campaign by your mapping');
  });
});

const FIRST = ['Jane', 'John', 'Ana', 'Wei', 'Fatima', 'Lars', 'Chloé', 'Kofi', 'Priya', 'Tom', 'Sara', 'Yuki', 'Omar'];
const LAST = ['Doe', 'Smith', 'López', 'Zhang', 'Khan', 'Nielsen', 'Martin', 'Mensah', 'Patel', 'Becker', 'Rossi'];
const COMPANIES = ['Acme Inc.', 'Globex', 'Initech', 'Umbrella Corp', 'Hooli', 'Stark Industries', 'Wayne Enterprises'];

/** A row of realistic values for a header, by the field the header names. */
function cell(header: string, i: number): string {
  const h = header.toLowerCase();
  if (h.includes('id')) return String(1000 + i * 17);
  if (h.includes('first')) return pick(FIRST, i);
  if (h.includes('last activity') || h.includes('date')) return `2024-0${(i % 9) + 1}-1${i % 10}`;
  if (h.includes('last')) return pick(LAST, i);
  if (h.includes('email')) return `${pick(FIRST, i).toLowerCase()}.${i}@${pick(['acme.com', 'globex.io', 'hooli.xyz'], i)}`;
  if (h.includes('phone') || h.includes('mobile')) return `+1 555 01${String(i).padStart(2, '0')}`;
  if (h.includes('owner')) return pick(['Ann Owner', 'Bob Seller'], i);
  if (h.includes('status')) return pick(['New', 'Open', 'Qualified', 'Unqualified'], i);
  if (h.includes('company') || h.includes('account')) return pick(COMPANIES, i);
  if (h.includes('website')) return `https://www.${pick(['acme.com', 'globex.io', 'hooli.xyz'], i)}`;
  if (h.includes('employees')) return pick(['51-200', '11-50', '1,001-5,000'], i);
  if (h.includes('revenue')) return pick(['$1,000,000', '$25M', '500000'], i);
  if (h === 'country') return pick(['United States', 'Germany', 'India'], i);
  if (h.includes('converted')) return pick(['0', '1'], i);
  if (h === 'rating') return pick(['Hot', 'Warm', 'Cold'], i);
  return `${header} ${i % 7}`;
}

const rowsFor = (headers: readonly string[], n = 80): string[][] => Array.from({ length: n }, (_, i) => headers.map((h) => cell(h, i)));

describe('CRM exports with ordinary values map as they did by headers alone', () => {
  it.each([
    ['HubSpot contacts', vendor.HUBSPOT_CONTACTS_DEFAULT],
    ['Salesforce leads report', vendor.SALESFORCE_LEADS_REPORT],
    ['generic leads', vendor.GENERIC_LEADS],
  ])('%s', (_name, headers) => {
    const byHeaders = buildMapping(headers);
    const byValues = buildMapping(headers, { sample: rowsFor(headers) });
    expect(fieldsOf(byValues)).toEqual(fieldsOf(byHeaders));
    expect(byValues.identity).toEqual(byHeaders.identity);
    expect(byValues.entity).toBe(byHeaders.entity);
  });

  it('says where each mapped column came from', () => {
    const headers = vendor.HUBSPOT_CONTACTS_DEFAULT;
    const mapping = buildMapping(headers, { sample: rowsFor(headers) });
    expect(reasonOf(mapping, 'Record ID')).toBe('header matches the HubSpot contacts preset');
    expect(reasonOf(mapping, 'Email')).toBe('header looks like Email; values look like emails');
    expect(reasonOf(mapping, 'Create Date')).toBe('header looks like Created date; values look like dates');
    expect(reasonOf(mapping, 'First Name')).toBe('header looks like First name');
  });
});

describe('a refused guess', () => {
  it('leaves the field to the next candidate column', () => {
    const headers = ['Email', 'Phone', 'Mobile'];
    const sample = Array.from({ length: 30 }, (_, i) => [`p${i}@acme.com`, pick(['yes', 'no'], i), `+49 30 1234${String(i).padStart(3, '0')}`]);
    const mapping = buildMapping(headers, { sample });
    expect(fieldsOf(mapping)).toEqual({ Email: 'email', Mobile: 'phone' });
    expect(reasonOf(mapping, 'Phone')).toBe('header looks like Phone, but its values are not phone numbers (yes, no) — kept as an extra field');
    expect(reasonOf(mapping, 'Mobile')).toBe('header looks like Phone; values look like phone numbers');
  });

  it('is no evidence of the entity: a repeated-word Contact column does not make a leads file', () => {
    const headers = ['Contact', 'Website', 'Industry'];
    const sample = Array.from({ length: 40 }, (_, i) => [pick(['email', 'phone'], i), `https://c${i}.example.com`, pick(['Software', 'Retail'], i)]);
    expect(buildMapping(headers).entity).toBe('leads');
    const mapping = buildMapping(headers, { sample });
    expect(mapping.entity).toBe('companies');
    expect(fieldsOf(mapping)).toEqual({ Website: 'domain', Industry: 'industry' });
  });

  it('by a preset only when the values are impossible, and the column stays an extra', () => {
    const headers = vendor.XEDUCATION_SAMPLE;
    const source = headers.indexOf('Lead Source');
    const sample = rowsFor(headers, 40).map((row, i) => row.map((v, c) => (c === source ? String((i % 5) + 1) : v)));
    const mapping = buildMapping(headers, { sample });
    expect(mapping.preset?.id).toBe('xeducation-leads');
    expect(fieldsOf(mapping)['Lead Source']).toBeUndefined();
    expect(reasonOf(mapping, 'Lead Source')).toBe(
      'the X Education leads preset reads it as Campaign, but its values are numbers (1, 2, 3, …) — kept as an extra field',
    );
    expect(reasonOf(mapping, 'Lead Origin')).toBe('the X Education leads preset keeps it as an extra field');
  });

  it('names the column that took the field when two want it', () => {
    const mapping = buildMapping(['Email', 'Work email'], { sample: Array.from({ length: 10 }, (_, i) => [`a${i}@x.com`, `b${i}@y.com`]) });
    expect(reasonOf(mapping, 'Work email')).toBe('header looks like Email, but "Email" fills that field — kept as an extra field');
  });
});
