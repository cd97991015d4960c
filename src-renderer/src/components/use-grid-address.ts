/**
 * A results grid whose sort, page and minimum score live in the address
 * (lib/grid-address.ts), read with react-router's search params.
 *
 * Every change replaces the history entry rather than pushing one: Back
 * leaves the view (to the jobs table, the previous list, another view), as
 * an analyst expects, instead of undoing each page turn, sort click or typed
 * digit of the minimum. Reload, Forward and a bookmark still land on the
 * same rows, because the replaced entry holds them.
 *
 * An address with a bad or default value is rewritten once to its clean form
 * (also a replace), so what the address says is what the grid shows.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SortDto } from '../../../src-main/contract/dto';
import { pageCount, pageOffset, readGridState, writeGridState, type GridSpec, type GridState } from '../lib/grid-address';
import { serverSortOptions, type ServerSort } from './use-server-sort';

export interface GridAddress<C extends string> {
  state: GridState<C>;
  /** The first row of the page shown. */
  offset: number;
  /** The sort to send and the table options that show it; a new order goes back to page 1. */
  serverSort: ServerSort<C>;
  setOffset: (offset: number) => void;
  /** A new minimum is a new set of rows: back to page 1. */
  setMinScore: (minScore: number) => void;
  /** Once the total is known: a page past the last one (a bookmark from a larger result) goes to the last. */
  clampToTotal: (total: number) => void;
}

const REPLACE = { replace: true, preventScrollReset: true } as const;

export function useGridAddress<C extends string>(spec: GridSpec<C>, pageSize: number): GridAddress<C> {
  const [params, setParams] = useSearchParams();
  const current = params.toString();
  const state = useMemo(() => readGridState(new URLSearchParams(current), spec), [current, spec]);
  const clean = writeGridState(new URLSearchParams(current), state, spec).toString();

  useEffect(() => {
    if (clean !== current) setParams(new URLSearchParams(clean), REPLACE);
  }, [clean, current, setParams]);

  const write = useCallback(
    (next: Partial<GridState<C>>) => setParams(writeGridState(new URLSearchParams(current), { ...state, ...next }, spec), REPLACE),
    [current, state, spec, setParams],
  );
  const setOffset = useCallback((offset: number) => write({ page: Math.floor(offset / pageSize) + 1 }), [write, pageSize]);
  const setMinScore = useCallback(
    (minScore: number) => {
      if (minScore !== state.minScore) write({ minScore, page: 1 });
    },
    [write, state.minScore],
  );
  const clampToTotal = useCallback(
    (total: number) => {
      const last = pageCount(total, pageSize);
      if (state.page > last) write({ page: last });
    },
    [write, state.page, pageSize],
  );
  const serverSort = serverSortOptions(spec.columns, spec.defaultSort, state.sort, (sort: SortDto<C> | null) => write({ sort, page: 1 }));

  return { state, offset: pageOffset(state.page, pageSize), serverSort, setOffset, setMinScore, clampToTotal };
}
