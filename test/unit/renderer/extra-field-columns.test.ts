/**
 * An imported extra field as a results grid's column (`x:<header>`, issue 11):
 * it sorts and filters like the record's own columns where the grid is a grid
 * of records, its filter survives the address whatever its header holds, and
 * "is one of" reads its values under the segment builder's field name.
 */
import { describe, expect, it } from 'vitest';
import type { GridFilterDto } from '../../../src-main/contract/dto';
import { formatFilter, parseFilter, parseSort, readGridState, writeGridState, type GridSpec } from '../../../src-renderer/src/lib/grid-address';
import { extraFilterColumns, filterFrom, valuesFieldOf } from '../../../src-renderer/src/lib/grid-columns';
import { sortOf, withServerSorting } from '../../../src-renderer/src/lib/server-sort';

const RECORDS: GridSpec<string> = { columns: ['id', 'score', 'country'], defaultSort: null, filterColumns: ['score', 'country'] };
const JOBS: GridSpec<string> = { columns: ['id', 'status'], defaultSort: null };

describe('sorting by an imported extra field', () => {
  it('is read from the address of a grid of records, not of the jobs table', () => {
    expect(parseSort('x:Lead Source.desc', RECORDS)).toEqual({ column: 'x:Lead Source', direction: 'desc' });
    expect(parseSort('x:v1.2.asc', RECORDS)).toEqual({ column: 'x:v1.2', direction: 'asc' });
    expect(parseSort('x:Lead Source.desc', JOBS)).toBeNull();
    expect(parseSort('x:.desc', RECORDS)).toBeNull();
    const written = writeGridState(new URLSearchParams(), { ...readGridState(new URLSearchParams(), RECORDS), sort: { column: 'x:Tags', direction: 'asc' } }, RECORDS);
    expect(written.get('sort')).toBe('x:Tags.asc');
  });

  it('follows a header click where the grid takes extra fields, and gives the column a sort button', () => {
    expect(sortOf([{ id: 'x:Tags', desc: true }], ['id'], null, true)).toEqual({ column: 'x:Tags', direction: 'desc' });
    expect(sortOf([{ id: 'x:Tags', desc: true }], ['id'], null, false)).toBeNull();
    const [extra, fixed] = withServerSorting<{ id: string; enableSorting?: boolean }>([{ id: 'x:Tags' }, { id: 'select' }], ['id']);
    expect(extra!.enableSorting).toBe(true);
    expect(fixed!.enableSorting).toBe(false);
  });
});

describe('filtering by an imported extra field', () => {
  it('writes and reads back a filter whose header holds colons, bars and spaces', () => {
    const filters: GridFilterDto[] = [
      { column: 'x:Stage: 2024 | Q1', in: ['Won', 'Open'] },
      { column: 'x:TotalVisits', min: 2, max: 10 },
      { column: 'x:Tags', contains: 'will: revert' },
    ];
    for (const f of filters) expect(parseFilter(formatFilter(f), ['country'], true)).toEqual(f);
    expect(formatFilter(filters[0]!)).toBe('x:Stage%3A%202024%20%7C%20Q1:in:Won|Open');
    // Only a grid of records takes one; a broken escape is no filter.
    expect(parseFilter(formatFilter(filters[1]!), ['country'], false)).toBeNull();
    expect(parseFilter('x:%E0%A4%A:has:a', ['country'], true)).toBeNull();
    const state = readGridState(writeGridState(new URLSearchParams(), { ...readGridState(new URLSearchParams(), RECORDS), filters }, RECORDS), RECORDS);
    expect(state.filters).toEqual(filters);
  });

  it('offers each way of filtering and builds the filter of the way chosen', () => {
    const [column] = extraFilterColumns(['TotalVisits']);
    expect(column).toMatchObject({ id: 'x:TotalVisits', label: 'TotalVisits', kinds: ['contains', 'in', 'range'] });
    expect(filterFrom(column!, ' 12 ', '', '')).toEqual({ column: 'x:TotalVisits', contains: '12' });
    expect(filterFrom(column!, 'a, b,', '', '', 'in')).toEqual({ column: 'x:TotalVisits', in: ['a', 'b'] });
    expect(filterFrom(column!, '', '2', '', 'range')).toEqual({ column: 'x:TotalVisits', min: 2 });
  });

  it("reads a column's values under the field name the values endpoint takes", () => {
    expect(valuesFieldOf('x:Lead Source')).toBe('extra.Lead Source');
    expect(valuesFieldOf('country')).toBe('country');
    expect(valuesFieldOf('createdAt')).toBe('created_at');
    expect(valuesFieldOf('leadScore')).toBe('score');
    expect(valuesFieldOf('score')).toBeNull();
  });
});
