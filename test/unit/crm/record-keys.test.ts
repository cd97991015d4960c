/**
 * The keys a row carries for finding its lead and its company in a later file
 * (issue 9, defect 4): the folded name, and the CRM id of the person's company
 * taken from the association column a contacts export carries.
 */
import { describe, expect, it } from 'vitest';
import { buildMapping, compileMapping } from '../../../src-main/crm/index';

describe('the company id column of a leads file', () => {
  it('is HubSpot’s primary association, kept as an extra', () => {
    const headers = ['Record ID', 'Email', 'Associated Company IDs', 'Primary Associated Company ID', 'Associated Company'];
    const mapping = buildMapping(headers);
    expect(mapping.companyIdColumn).toBe('Primary Associated Company ID');
    const rec = compileMapping(mapping)(['1', 'a@acme.com', '9001;9002', '9001', 'Acme']);
    expect(rec.companyRecordId).toBe('9001');
    expect(rec.extra).toMatchObject({ 'Primary Associated Company ID': '9001' });
  });

  it('takes the first id of a list', () => {
    const mapping = buildMapping(['Email', 'Associated Company IDs']);
    expect(compileMapping(mapping)(['a@acme.com', ' 9001 ; 9002'])).toMatchObject({ companyRecordId: '9001' });
  });

  it('is Salesforce’s Account ID and Apollo’s account id on contacts', () => {
    expect(buildMapping(['Contact ID', 'First Name', 'Last Name', 'Account Name', 'Account ID', 'Email']).companyIdColumn).toBe('Account ID');
    expect(buildMapping(['First Name', 'Email', 'Apollo Contact Id', 'Apollo Account Id']).companyIdColumn).toBe('Apollo Account Id');
  });

  it('is absent from a companies file, where the id is the company’s own record id', () => {
    const mapping = buildMapping(['Account ID', 'Account Name', 'Website']);
    expect(mapping.entity).toBe('companies');
    expect(mapping.companyIdColumn).toBeUndefined();
  });

  it('is not a column the user mapped to a field', () => {
    expect(buildMapping(['Email', 'Account ID'], { overrides: { 'Account ID': 'record_id' } }).companyIdColumn).toBeUndefined();
  });
});

describe('the name key', () => {
  it('folds accents, case and spaces, with or without a company', () => {
    const toRecord = compileMapping(buildMapping(['First Name', 'Last Name', 'Company']));
    expect(toRecord(['José', 'Pérez  García', 'Acme'])).toMatchObject({ nameKey: 'jose perez garcia', identity: 'nc:jose perez garcia|acme' });
    expect(toRecord(['José', 'Pérez', ''])).toMatchObject({ nameKey: 'jose perez', identity: null });
  });
});
