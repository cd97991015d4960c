/**
 * A grid's server-side sort as state, with the TanStack options that show it
 * (`manualSorting`: the rows arrive in order, the table never reorders them).
 * A click cycles a column ascending → descending → the grid's default order
 * (scores start descending); `onChange` runs when the order changes, for the
 * caller to go back to its first page. A grid whose sort lives elsewhere (the
 * address: use-grid-address.ts) takes the options from serverSortOptions.
 */
import type { OnChangeFn, SortingState, TableOptions } from '@tanstack/react-table';
import { useState } from 'react';
import type { SortDto } from '../../../src-main/contract/dto';
import { sameSort, sortingStateOf, sortOf } from '../lib/server-sort';

export interface ServerSort<C extends string> {
  /** What to send: undefined for the grid's default order. */
  sort: SortDto<C> | undefined;
  tableOptions: Pick<TableOptions<unknown>, 'state' | 'onSortingChange' | 'manualSorting' | 'enableMultiSort' | 'sortDescFirst' | 'enableSortingRemoval'>;
}

export function useServerSort<C extends string>(columns: readonly C[], defaultSort: SortDto<C> | null, onChange?: () => void): ServerSort<C> {
  const [sort, setSort] = useState<SortDto<C> | null>(null);
  return serverSortOptions(columns, defaultSort, sort, (next) => {
    setSort(next);
    onChange?.();
  });
}

/**
 * The options that show `sort` (null: the default order); `onSort` gets each new order, null for the default.
 * With `extras` (a grid of records) an imported extra field's column sorts too.
 */
export function serverSortOptions<C extends string>(
  columns: readonly C[],
  defaultSort: SortDto<C> | null,
  sort: SortDto<C> | null,
  onSort: (sort: SortDto<C> | null) => void,
  extras = false,
): ServerSort<C> {
  const sorting = sortingStateOf(sort ?? defaultSort);
  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = sortOf(typeof updater === 'function' ? updater(sorting) : updater, columns, defaultSort, extras);
    if (sameSort(next, sort)) return;
    onSort(next);
  };
  return {
    sort: sort ?? undefined,
    tableOptions: { state: { sorting }, onSortingChange, manualSorting: true, enableMultiSort: false, sortDescFirst: false, enableSortingRemoval: true },
  };
}
