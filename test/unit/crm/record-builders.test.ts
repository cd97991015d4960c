import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExtrasBuilder, createValuesBuilder } from '../../../src-main/crm/record-builders';
import { CANONICAL_FIELDS } from '../../../src-main/crm/index';

const slots = CANONICAL_FIELDS.map((field) => (field === 'email' ? 'a@acme.com' : field === 'city' ? 'Berlin' : null));
const row = ['a@acme.com', ' note ', '', 'Berlin', '  '];
const extraColumns = [
  { index: 1, key: 'Notes' },
  { index: 2, key: 'Tags' },
  { index: 4, key: 'Blank' },
];

describe('record builders', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('builds values with the mapped fields only', () => {
    const values = createValuesBuilder(['email', 'phone', 'city'])(slots);
    expect(values).toEqual({ email: 'a@acme.com', city: 'Berlin' });
    expect(Object.keys(values)).toEqual(['email', 'phone', 'city']);
  });

  it('builds extras from non-blank cells, null when all are blank', () => {
    const build = createExtrasBuilder(extraColumns);
    expect(build(row)).toEqual({ Notes: ' note ' });
    expect(build(['x', '', '', '', ' '])).toBeNull();
    expect(createExtrasBuilder([])(row)).toBeNull();
  });

  it('quotes header text in generated code instead of running it', () => {
    const hostile = '"]; globalThis.pwned = true; //';
    const build = createExtrasBuilder([{ index: 0, key: hostile }]);
    expect(build(['v'])).toEqual({ [hostile]: 'v' });
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('gives the same results without code generation (CSP without unsafe-eval)', () => {
    vi.stubGlobal('Function', function refuse() {
      throw new EvalError('Code generation from strings disallowed');
    });
    expect(createValuesBuilder(['email', 'phone', 'city'])(slots)).toEqual({ email: 'a@acme.com', city: 'Berlin' });
    expect(createExtrasBuilder(extraColumns)(row)).toEqual({ Notes: ' note ' });
    expect(createExtrasBuilder(extraColumns)(['x', '', '', '', ''])).toBeNull();
  });

  it('refuses a field name that is not canonical', () => {
    expect(() => createValuesBuilder(['email; evil()' as never])).toThrow(/Not a canonical field/);
  });
});
