/**
 * Server-side sorting of a grid (issue 11): the main process orders all the
 * rows (not the page shown), so a table's TanStack sorting state is only a
 * view of the `SortDto` its query sends. These pure helpers translate one
 * into the other and mark which columns may sort: only those the contract's
 * whitelist names, so a header that cannot reorder the rows never looks as if
 * it could.
 *
 * The grid's default order (rank, newest job first…) is shown as a sort too
 * when its column is on screen, so aria-sort always says how the rows are
 * really ordered; sorting back to it sends no sort at all.
 */
import type { ColumnDefBase, SortingState } from '@tanstack/react-table';
import { isExtraFieldColumn, type SortDto } from '../../../src-main/contract/dto';

/** The TanStack sorting state that shows `sort` (none: no column is sorted). */
export function sortingStateOf(sort: SortDto | null | undefined): SortingState {
  return sort ? [{ id: sort.column, desc: sort.direction === 'desc' }] : [];
}

/**
 * The sort to send for a sorting state: null for none, for a column the
 * server cannot sort, or for the grid's own default order. With `extras` (a
 * grid of records) an imported extra field's column (`x:<header>`) sorts too.
 */
export function sortOf<C extends string>(state: SortingState, columns: readonly C[], defaultSort: SortDto<C> | null = null, extras = false): SortDto<C> | null {
  const first = state[0];
  if (!first || !((columns as readonly string[]).includes(first.id) || (extras && isExtraFieldColumn(first.id)))) return null;
  const sort: SortDto<C> = { column: first.id as C, direction: first.desc ? 'desc' : 'asc' };
  return sameSort(sort, defaultSort) ? null : sort;
}

export function sameSort(a: SortDto | null | undefined, b: SortDto | null | undefined): boolean {
  return (a ?? null) === (b ?? null) || (!!a && !!b && a.column === b.column && a.direction === b.direction);
}

/** What a column definition of any row type has that sorting reads. */
type SortableColumnDef = Pick<ColumnDefBase<never, unknown>, 'enableSorting' | 'sortDescFirst'> & { id?: string };

/** A column's id as TanStack derives it: its `id`, else its `accessorKey`. */
function columnId(def: SortableColumnDef): string | undefined {
  if (def.id !== undefined) return def.id;
  const key = (def as { accessorKey?: unknown }).accessorKey;
  return typeof key === 'string' ? key : undefined;
}

/**
 * The columns with sorting enabled exactly where the server can sort: those
 * `columns` names, and an imported extra field's column (`x:<header>`), which
 * only a grid of records has (components/record-field-columns.tsx). The
 * default sort's column starts in its default direction, so its first click
 * reverses the order rather than seeming to do nothing.
 */
export function withServerSorting<D extends SortableColumnDef>(defs: readonly D[], columns: readonly string[], defaultSort: SortDto | null = null): D[] {
  return defs.map((def) => {
    const id = columnId(def);
    const enableSorting = id !== undefined && (columns.includes(id) || isExtraFieldColumn(id));
    const isDefault = enableSorting && defaultSort?.column === id;
    return { ...def, enableSorting, ...(isDefault ? { sortDescFirst: defaultSort.direction === 'desc' } : {}) } as D;
  });
}
