import { describe, expect, it } from 'vitest';
import { sortingStateOf, sortOf, withServerSorting } from '../../../src-renderer/src/lib/server-sort';

const COLUMNS = ['rank', 'score', 'company'] as const;
const BY_RANK = { column: 'rank', direction: 'asc' } as const;

describe('server-side sorting of a grid', () => {
  it('sends the column and direction of the table\'s sort, and nothing for the default order or a column the core cannot sort', () => {
    expect(sortOf([{ id: 'company', desc: true }], COLUMNS, BY_RANK)).toEqual({ column: 'company', direction: 'desc' });
    expect(sortOf([{ id: 'rank', desc: true }], COLUMNS, BY_RANK)).toEqual({ column: 'rank', direction: 'desc' });
    expect(sortOf([{ id: 'rank', desc: false }], COLUMNS, BY_RANK)).toBeNull();
    expect(sortOf([{ id: 'why', desc: false }], COLUMNS, BY_RANK)).toBeNull();
    expect(sortOf([], COLUMNS, BY_RANK)).toBeNull();
  });

  it('shows the default order as a sort, so aria-sort says how the rows are ordered', () => {
    expect(sortingStateOf(BY_RANK)).toEqual([{ id: 'rank', desc: false }]);
    expect(sortingStateOf(null)).toEqual([]);
  });

  it('lets only the columns the core can sort be sorted, the default one starting in its own direction', () => {
    const columns: { id?: string; accessorKey?: string; enableSorting?: boolean; sortDescFirst?: boolean }[] = [{ id: 'select' }, { accessorKey: 'rank' }, { accessorKey: 'score', sortDescFirst: true }, { id: 'company' }, { accessorKey: 'why' }];
    const defs = withServerSorting(columns, COLUMNS, { column: 'rank', direction: 'desc' });
    expect(defs.map((d) => d.enableSorting)).toEqual([false, true, true, true, false]);
    expect(defs[1]!.sortDescFirst).toBe(true);
    expect(defs[2]!.sortDescFirst).toBe(true);
    expect(defs[3]!.sortDescFirst).toBeUndefined();
  });
});
