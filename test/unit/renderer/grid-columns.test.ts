import { describe, expect, it } from 'vitest';
import {
  chosenExtras,
  describeFilter,
  fieldColumnsFor,
  filterableColumns,
  filterFrom,
  formatFieldValue,
  parseChosenColumns,
} from '../../../src-renderer/src/lib/grid-columns';
import { RECORD_SORT_COLUMNS } from '../../../src-main/contract/dto';

const column = (id: string) => filterableColumns('leads', 'Score').find((c) => c.id === id)!;

describe("a grid's columns to choose and filter", () => {
  it('offers only columns the core can sort and filter, and no person\'s fields for companies', () => {
    for (const c of fieldColumnsFor('leads')) expect(RECORD_SORT_COLUMNS).toContain(c.id);
    const companies = fieldColumnsFor('companies').map((c) => c.id);
    expect(companies).toContain('country');
    expect(companies).not.toContain('email');
    expect(companies).not.toContain('seniority');
  });

  it('reads a typed filter as the column takes it, or not at all', () => {
    expect(filterFrom(column('title'), '  vp ', '', '')).toEqual({ column: 'title', contains: 'vp' });
    expect(filterFrom(column('title'), '   ', '', '')).toBeNull();
    expect(filterFrom(column('country'), 'Germany, Spain,,', '', '')).toEqual({ column: 'country', in: ['Germany', 'Spain'] });
    expect(filterFrom(column('employees'), '', '50', '')).toEqual({ column: 'employees', min: 50 });
    expect(filterFrom(column('employees'), '', '', '0.5')).toEqual({ column: 'employees', max: 0.5 });
    expect(filterFrom(column('employees'), '', 'ten', '')).toBeNull();
    expect(filterFrom(column('employees'), '', '', '')).toBeNull();
    expect(filterFrom(column('score'), '', '0.6', '1')).toEqual({ column: 'score', min: 0.6, max: 1 });
  });

  it('says a filter in words', () => {
    expect(describeFilter({ column: 'country', in: ['Germany', 'Spain'] }, 'Country')).toBe('Country is Germany or Spain');
    expect(describeFilter({ column: 'title', contains: 'vp' }, 'Title')).toBe('Title contains “vp”');
    expect(describeFilter({ column: 'employees', min: 10, max: 50 }, 'Employees')).toBe('Employees 10–50');
    expect(describeFilter({ column: 'employees', min: 10 }, 'Employees')).toBe('Employees ≥ 10');
    expect(describeFilter({ column: 'employees', max: 50 }, 'Employees')).toBe('Employees ≤ 50');
  });

  it('keeps only chosen columns that still mean one, from whatever storage held', () => {
    expect(parseChosenColumns('["country","x:Region","nonsense","x:","country",3]', 'leads')).toEqual(['country', 'x:Region']);
    expect(parseChosenColumns('["email","country"]', 'companies')).toEqual(['country']);
    expect(parseChosenColumns('{not json', 'leads')).toEqual([]);
    expect(parseChosenColumns('{"a":1}', 'leads')).toEqual([]);
    expect(parseChosenColumns(null, 'leads')).toEqual([]);
    expect(chosenExtras(['country', 'x:Region', 'x:a:b'])).toEqual(['Region', 'a:b']);
  });

  it('formats a value as a cell shows it', () => {
    expect(formatFieldValue(null)).toBe('');
    expect(formatFieldValue('Germany')).toBe('Germany');
    expect(formatFieldValue(2.5)).toBe('2.5');
  });
});
