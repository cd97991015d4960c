import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src-main/contract/dto';
import { compileConditions, describeFields } from '../../../src-main/db/queries/record-filter';
import { canonicalConditionFields, importedFieldName } from '../../../src-main/segments/condition-fields';

const ENTITIES: Entity[] = ['leads', 'companies'];

describe('the fields the segment builder offers', () => {
  it('names only fields the condition compiler reads as fields (none falls through to an imported column)', () => {
    for (const entity of ENTITIES) {
      const fields = canonicalConditionFields(entity);
      expect(new Set(fields.map((f) => f.name)).size).toBe(fields.length);
      for (const f of fields) {
        const value = f.kind === 'yes-no' ? 'yes' : f.kind === 'number' ? '5' : f.kind === 'outcome' ? 'won' : 'x';
        const [resolved] = describeFields(entity, [{ field: f.name, op: '=', values: [value] }]);
        expect(resolved!.resolved.kind, `${entity} ${f.name}`).not.toBe('extra');
        expect(() => compileConditions(entity, [{ field: f.name, op: '=', values: [value] }])).not.toThrow();
      }
    }
  });

  it('labels fields as people read them and gives each the kind its operators follow', () => {
    const leads = new Map(canonicalConditionFields('leads').map((f) => [f.name, f]));
    expect(leads.get('created_at')).toMatchObject({ label: 'Created date', kind: 'date' });
    expect(leads.get('employees_range')).toMatchObject({ label: 'Employees (as written)', kind: 'text' });
    expect(leads.get('replied')).toMatchObject({ kind: 'yes-no' });
    expect(leads.get('company.name')).toMatchObject({ label: 'Company: Company', group: 'company' });
  });

  it('prefixes an imported header with extra. only where the bare header would read as another field', () => {
    expect(importedFieldName('leads', 'Plan Tier')).toBe('Plan Tier');
    expect(importedFieldName('leads', 'Industry')).toBe('extra.Industry');
    expect(importedFieldName('leads', 'company.size')).toBe('extra.company.size');
    expect(importedFieldName('companies', 'outcome')).toBe('outcome');
    expect(importedFieldName('leads', 'outcome')).toBe('extra.outcome');
    for (const header of ['Industry', 'company.size', 'Plan Tier']) {
      const [resolved] = describeFields('leads', [{ field: importedFieldName('leads', header), op: '=', values: ['x'] }]);
      expect(resolved!.resolved).toEqual({ kind: 'extra', header });
    }
  });
});
