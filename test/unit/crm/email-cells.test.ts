/**
 * Issue 9, defect 1, at the mapper: an email cell holding a control character
 * (which the address-list split does not break on) used to send firstEmail and
 * firstOfList into endless mutual recursion and abort the whole import.
 */
import { describe, expect, it } from 'vitest';
import { buildMapping, compileMapping } from '../../../src-main/crm/index';

const mapEmail = (cell: string) => compileMapping(buildMapping(['Email']))([cell]);

describe('email cells with control characters', () => {
  for (let code = 0; code <= 32; code++) {
    it(`reads U+${code.toString(16).padStart(4, '0')} inside an address as no address, with a warning`, () => {
      const cell = `a@b${String.fromCharCode(code)}c.com`;
      const rec = mapEmail(cell);
      // Whitespace splits a list (`a@b c.com` → `a@b`); any other control character makes the value no address.
      expect(rec.email === null || rec.email === 'a@b').toBe(true);
      if (rec.email === null) expect(rec.warnings).toEqual([{ column: 'Email', field: 'email', value: cell.trim(), reason: 'not an email address' }]);
    });
  }

  it('keeps reading a list when the control character is in a later address', () => {
    expect(mapEmail('first@acme.com, x@y\x04z.com').email).toBe('first@acme.com');
  });

  it('lower-cases accented capitals as well as ASCII ones', () => {
    expect(mapEmail('Zoë.MÜLLER@Example.com').email).toBe('zoë.müller@example.com');
  });
});
