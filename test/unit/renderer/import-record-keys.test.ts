import { describe, expect, it } from 'vitest';
import { byKeyText, existingSummary } from '../../../src-renderer/src/features/imports/record-keys';

describe('import record-key wording', () => {
  it('names the keys, most used first', () => {
    expect(byKeyText({ record_id: 1, email: 4025 })).toBe('4,025 by email, 1 by record id');
    expect(byKeyText({})).toBe('');
    expect(byKeyText(undefined)).toBe('');
  });

  it('says how many rows will update existing leads, and when only the first rows were checked', () => {
    expect(existingSummary({ rowsChecked: 4, wholeFile: true, matched: 3, byKey: { email: 3 } }, 'leads')).toBe(
      '3 rows match leads already in the workspace (3 by email): they update those leads instead of adding new ones.',
    );
    expect(existingSummary({ rowsChecked: 200_000, wholeFile: false, matched: 5, byKey: { domain: 5 } }, 'companies')).toBe(
      '5 of the first 200,000 rows match companies already in the workspace (5 by domain): they update those companies instead of adding new ones.',
    );
    expect(existingSummary({ rowsChecked: 4, wholeFile: true, matched: 0, byKey: {} }, 'leads')).toBeNull();
  });
});
