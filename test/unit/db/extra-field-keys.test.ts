/**
 * The SQL a results grid sorts and filters an imported extra field by
 * (`x:<header>`): the header travels as a bound parameter whatever it holds,
 * the key reads the record by the grid rows' alias, and only grids that name
 * where their extras live accept such a column.
 */
import { describe, expect, it } from 'vitest';
import { gridWhere } from '../../../src-main/db/queries/record-grid';
import { extraFieldKey, gridOrderBy, orderBy, type SortKeys } from '../../../src-main/db/queries/sort-order';

const KEYS: SortKeys = { name: { expr: 'display_name', text: true }, employees: { expr: 'employees' } };
const LEADS = { entity: 'leads', rows: 'grid_rows' } as const;
const HOSTILE = `Lead "Source"'); DROP TABLE leads; --`;

describe('an imported extra field as a grid sort', () => {
  it('binds the header and reads the record by the alias of the grid rows', () => {
    const order = gridOrderBy(KEYS, { column: `x:${HOSTILE}`, direction: 'desc' }, ['lookalike_rank ASC'], LEADS);
    expect(order.params).toEqual({ sort_extra: HOSTILE });
    expect(order.sql).not.toContain('DROP');
    expect(order.sql).toContain('FROM leads x WHERE x.id = grid_rows.id');
    expect(order.sql).toContain('@sort_extra');
    expect(order.sql).not.toContain('?');
    // Blanks last both ways, then the grid's own order for ties.
    expect(order.sql).toMatch(/ DESC NULLS LAST, lookalike_rank ASC$/);
  });

  it("reads a company's extras from companies, and a whitelisted column as before", () => {
    expect(gridOrderBy(KEYS, { column: 'x:Region', direction: 'asc' }, [], { entity: 'companies', rows: 'g' }).sql).toContain('FROM companies x WHERE x.id = g.id');
    expect(gridOrderBy(KEYS, { column: 'employees', direction: 'asc' }, ['id ASC'], LEADS)).toEqual({ sql: 'employees ASC NULLS LAST, id ASC', params: {} });
  });

  it('sorts numbers as numbers and other text ignoring case, with a blank as no value', () => {
    const key = extraFieldKey(LEADS, 'TotalVisits', 'p');
    expect(key.order).toMatch(/CASE WHEN .*CAST\(.* AS REAL\).* IS NOT NULL THEN .* WHEN trim\(.*\) != '' THEN lower\(.*\) END/);
  });

  it('refuses an extra field where the grid names none (jobs, lists), and an unknown column', () => {
    expect(() => orderBy(KEYS, { column: 'x:Region', direction: 'asc' }, [])).toThrow(/Cannot sort by "x:Region": sort by name, employees\./);
    expect(() => gridOrderBy(KEYS, { column: 'revenue', direction: 'asc' }, [], LEADS)).toThrow(/or x:<an imported extra field>/);
    expect(() => gridOrderBy(KEYS, { column: 'x:', direction: 'asc' }, [], LEADS)).toThrow(/Cannot sort by "x:"/);
  });
});

describe('an imported extra field as a grid filter', () => {
  it('binds the header and each value, one header parameter per filter', () => {
    const where = gridWhere(
      KEYS,
      {
        filters: [
          { column: `x:${HOSTILE}`, contains: 'Chat' },
          { column: 'x:Tags', in: ['Ringing', 'Will revert'] },
          { column: 'x:TotalVisits', min: 2, max: 10 },
        ],
      },
      LEADS,
    );
    expect(where.params).toEqual({
      grid_f0_x: HOSTILE,
      grid_f0: 'Chat',
      grid_f1_x: 'Tags',
      grid_f1: JSON.stringify(['Ringing', 'Will revert']),
      grid_f2_x: 'TotalVisits',
      grid_f2_min: 2,
      grid_f2_max: 10,
    });
    expect(where.sql).not.toContain('DROP');
    expect(where.sql).not.toContain('Tags');
    // A range compares the text that reads as a number, as a number.
    expect(where.sql).toMatch(/CAST\([^@]*@grid_f2_x.* AS REAL\).* >= @grid_f2_min/);
  });

  it('refuses an extra field where the grid names none', () => {
    expect(() => gridWhere(KEYS, { filters: [{ column: 'x:Tags', contains: 'a' }] })).toThrow(/Cannot filter by "x:Tags"/);
  });
});
