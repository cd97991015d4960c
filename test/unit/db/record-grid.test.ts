import { describe, expect, it } from 'vitest';
import { gridWhere, narrows } from '../../../src-main/db/queries/record-grid';
import type { SortKeys } from '../../../src-main/db/queries/sort-order';

const KEYS: SortKeys = {
  name: { expr: 'display_name', text: true },
  email: { expr: 'email', text: true },
  company: { expr: 'company', text: true },
  title: { expr: 'NULL' },
  country: { expr: 'country', text: true },
  employees: { expr: 'employees' },
};

describe("a results grid's search and filters as SQL", () => {
  it('binds every typed value and splices only whitelisted expressions', () => {
    const where = gridWhere(KEYS, {
      search: "  o'brien%  ",
      filters: [
        { column: 'country', in: ['Germany', 'x); DROP TABLE leads; --'] },
        { column: 'employees', min: 10, max: 50 },
        { column: 'name', contains: '_' },
      ],
    });
    expect(where.params).toEqual({
      grid_search: "o'brien%",
      grid_f0: JSON.stringify(['Germany', 'x); DROP TABLE leads; --']),
      grid_f1_min: 10,
      grid_f1_max: 50,
      grid_f2: '_',
    });
    expect(where.sql).not.toContain('brien');
    expect(where.sql).not.toContain('DROP');
    // The search looks in the columns the record has (a NULL title is left out).
    expect(where.sql).toBe(
      '(instr(lower(display_name), lower(@grid_search)) > 0 OR instr(lower(email), lower(@grid_search)) > 0 OR instr(lower(company), lower(@grid_search)) > 0)' +
        ' AND (lower(country) IN (SELECT lower(value) FROM json_each(@grid_f0)))' +
        ' AND (employees >= @grid_f1_min AND employees <= @grid_f1_max)' +
        ' AND (instr(lower(display_name), lower(@grid_f2)) > 0)',
    );
  });

  it('matches nothing for a filter on a column the record lacks, and everything when nothing narrows', () => {
    expect(gridWhere(KEYS, { filters: [{ column: 'title', contains: 'vp' }] }).sql).toBe('0');
    expect(gridWhere(KEYS, { search: '   ' })).toEqual({ sql: '1', params: {} });
    expect(narrows({ search: '  ' })).toBe(false);
    expect(narrows({ extras: ['Region'] })).toBe(false);
    expect(narrows({ filters: [{ column: 'employees', min: 1 }] })).toBe(true);
  });

  it('refuses a column the grid does not name', () => {
    expect(() => gridWhere(KEYS, { filters: [{ column: 'revenue', min: 1 }] })).toThrow(/Cannot filter by "revenue"/);
  });
});
