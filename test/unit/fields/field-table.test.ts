import { describe, expect, it } from 'vitest';
import { engineColumns, storedColumns } from '../../../src-model/fields/field-columns';
import { CANONICAL_FIELDS, FIELD_TABLE, isCanonicalField } from '../../../src-model/fields/field-table';

describe('the field table', () => {
  it("keeps the command line's field names, in order; new fields only come after them", () => {
    expect(CANONICAL_FIELDS.slice(0, 26)).toEqual([
      'record_id', 'first_name', 'last_name', 'full_name', 'email', 'phone', 'title', 'seniority', 'department', 'company',
      'domain', 'industry', 'employees', 'revenue', 'country', 'state', 'city', 'technologies', 'intent', 'status', 'score',
      'campaign', 'replied', 'won', 'owner', 'created_at',
    ]);
    expect(isCanonicalField('created_at')).toBe(true);
    expect(isCanonicalField('outcome')).toBe(false);
  });

  it('stores each field in a column of its own on each table', () => {
    for (const table of ['leads', 'companies'] as const) {
      const columns = storedColumns(table).map((c) => c.column);
      expect(new Set(columns).size, table).toBe(columns.length);
    }
  });

  it('reads a lead location into the lead part, and a lead\'s company attributes only when it has no company', () => {
    const lead = new Map(engineColumns('leads').map((c) => [c.field, c]));
    expect(lead.get('country')).toMatchObject({ feature: 'leadCountry', unlinkedOnly: false });
    expect(lead.get('industry')).toMatchObject({ feature: 'industry', unlinkedOnly: true });
    const company = new Map(engineColumns('companies').map((c) => [c.field, c]));
    expect(company.get('country')).toMatchObject({ feature: 'companyCountry', column: 'country' });
    expect(company.has('title')).toBe(false);
  });

  it('gives every field a label, an export header and at least one spelling of its own', () => {
    for (const f of FIELD_TABLE) {
      expect(f.label, f.name).not.toBe('');
      expect(f.exportHeader, f.name).not.toBe('');
      expect(f.aliases[0]?.length, f.name).toBeGreaterThan(0);
    }
  });
});
