import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import { type Condition, formatCondition, parseCondition } from '../../../src-main/segments/condition';

function invalid(text: string): AppError {
  try {
    parseCondition(text);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('invalid_input');
    return e as AppError;
  }
  throw new Error(`expected "${text}" to be refused`);
}

describe('parseCondition', () => {
  it.each([
    ['title = VP of Sales', { field: 'title', op: '=', values: ['VP of Sales'] }],
    ['country != Germany', { field: 'country', op: '!=', values: ['Germany'] }],
    ['employees < 50', { field: 'employees', op: '<', values: ['50'] }],
    ['employees > 50', { field: 'employees', op: '>', values: ['50'] }],
    ['employees <= 50', { field: 'employees', op: '<=', values: ['50'] }],
    ['employees >= 1,000', { field: 'employees', op: '>=', values: ['1,000'] }],
    ['employees>=50', { field: 'employees', op: '>=', values: ['50'] }],
    ['title contains VP', { field: 'title', op: 'contains', values: ['VP'] }],
    ['title CONTAINS vp', { field: 'title', op: 'contains', values: ['vp'] }],
    ['industry in (SaaS, Fintech)', { field: 'industry', op: 'in', values: ['SaaS', 'Fintech'] }],
    ['industry IN(SaaS)', { field: 'industry', op: 'in', values: ['SaaS'] }],
  ] as [string, Condition][])('reads "%s"', (text, expected) => {
    expect(parseCondition(text)).toEqual(expected);
  });

  it('takes the leftmost operator, so a value may contain another operator', () => {
    expect(parseCondition('notes = a<=b')).toEqual({ field: 'notes', op: '=', values: ['a<=b'] });
    expect(parseCondition('formula = =1+1')).toEqual({ field: 'formula', op: '=', values: ['=1+1'] });
    expect(parseCondition('title != x = y')).toEqual({ field: 'title', op: '!=', values: ['x = y'] });
  });

  it('keeps the words "in" and "contains" inside a value', () => {
    expect(parseCondition('title = Head of Sales in EMEA')).toEqual({ field: 'title', op: '=', values: ['Head of Sales in EMEA'] });
    expect(parseCondition('title = "Head in (Sales)"')).toEqual({ field: 'title', op: '=', values: ['Head in (Sales)'] });
    expect(parseCondition('notes contains contains')).toEqual({ field: 'notes', op: 'contains', values: ['contains'] });
  });

  it('reads a field with spaces, or one holding an operator word when it has no list after it', () => {
    expect(parseCondition('Favourite Snack = crisps')).toEqual({ field: 'Favourite Snack', op: '=', values: ['crisps'] });
    expect(parseCondition('Interested in = yes')).toEqual({ field: 'Interested in', op: '=', values: ['yes'] });
  });

  it('reads a quoted field that contains an operator', () => {
    expect(parseCondition('"a=b" = 1')).toEqual({ field: 'a=b', op: '=', values: ['1'] });
    expect(parseCondition("'Region in (EU)' = yes")).toEqual({ field: 'Region in (EU)', op: '=', values: ['yes'] });
  });

  it('unquotes values and keeps an apostrophe inside an unquoted one', () => {
    expect(parseCondition('title = "VP of Sales"')).toEqual({ field: 'title', op: '=', values: ['VP of Sales'] });
    expect(parseCondition("last_name = O'Brien")).toEqual({ field: 'last_name', op: '=', values: ["O'Brien"] });
    expect(parseCondition('title = ""')).toEqual({ field: 'title', op: '=', values: [''] });
  });

  it('splits an in-list on commas outside quotes', () => {
    expect(parseCondition('company in ("Acme, Inc.", Globex, \'Initech\')').values).toEqual(['Acme, Inc.', 'Globex', 'Initech']);
    expect(parseCondition("last_name in (O'Brien, Smith)").values).toEqual(["O'Brien", 'Smith']);
  });

  it('keeps a SQL-looking value as plain text', () => {
    expect(parseCondition("company = x' OR 1=1 --")).toEqual({ field: 'company', op: '=', values: ["x' OR 1=1 --"] });
  });

  it('refuses a condition without an operator, field or value, naming the condition', () => {
    expect(invalid('title VP').message).toContain('"title VP"');
    expect(invalid('= VP').message).toMatch(/field is missing/);
    expect(invalid('!= VP').message).toMatch(/field is missing/);
    expect(invalid('title =').message).toMatch(/value is missing/);
    expect(invalid('industry in ()').message).toMatch(/empty/);
    expect(invalid('"unclosed = x').message).toMatch(/expected FIELD OP VALUE/);
  });

  it('formats a condition so that it parses back to the same condition', () => {
    const conditions: Condition[] = [
      { field: 'title', op: 'contains', values: ['VP'] },
      { field: 'Interested in', op: '=', values: ['yes'] },
      { field: 'a=b', op: '!=', values: [' padded '] },
      { field: 'company', op: 'in', values: ['Acme, Inc.', 'Globex', ''] },
      { field: 'notes', op: '=', values: ['"quoted"'] },
      { field: 'employees', op: '>=', values: ['50'] },
    ];
    for (const c of conditions) expect(parseCondition(formatCondition(c))).toEqual(c);
    expect(formatCondition(conditions[0]!)).toBe('title contains VP');
  });
});
