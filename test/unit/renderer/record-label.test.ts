import { describe, expect, it } from 'vitest';
import { recordLabel } from '../../../src-renderer/src/lib/format';

describe('recordLabel', () => {
  it('prefers the name, then the email, then the CRM id, then the workspace number', () => {
    expect(recordLabel({ id: 7, name: 'Ada Lovelace', email: 'ada@example.org', recordId: '101' })).toBe('Ada Lovelace');
    expect(recordLabel({ id: 7, name: null, email: 'ada@example.org', recordId: '101' })).toBe('ada@example.org');
    // X Education leads carry only a Prospect ID: that finds them in the CRM, "#7" does not.
    expect(recordLabel({ id: 7, name: null, email: null, recordId: '7927b2df-8bba-4d29-b9a2-b6e0beafe620' })).toBe('7927b2df-8bba-4d29-b9a2-b6e0beafe620');
    expect(recordLabel({ id: 7, name: null })).toBe('#7');
  });
});
