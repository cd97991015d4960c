/**
 * A results grid whose sort, page, page size, search, filters and minimum score live in the address
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
import { useNavigate, useSearchParams } from 'react-router';
import type { GridFilterDto, SortDto } from '../../../src-main/contract/dto';
import { formatSort, pageCount, pageOffset, parseSort, readGridState, takesExtraFields, writeGridState, type GridSpec, type GridState } from '../lib/grid-address';
import { serverSortOptions, type ServerSort } from './use-server-sort';

export interface GridAddress<C extends string> {
  state: GridState<C>;
  /** The first row of the page shown. */
  offset: number;
  /** Rows a page. */
  pageSize: number;
  /** The sort to send and the table options that show it; a new order goes back to page 1. */
  serverSort: ServerSort<C>;
  setOffset: (offset: number) => void;
  /** A new minimum is a new set of rows: back to page 1. */
  setMinScore: (minScore: number) => void;
  /** Once the total is known: a page past the last one (a bookmark from a larger result) goes to the last. */
  clampToTotal: (total: number) => void;
  /** A new page size keeps the first row shown on the page shown. */
  setPageSize: (pageSize: number) => void;
  /** A new search or set of filters is a new set of rows: back to page 1. */
  setSearch: (search: string) => void;
  setFilters: (filters: GridFilterDto[]) => void;
  /** Folding duplicates away (or showing them again) changes the rows: back to page 1. */
  setFold: (fold: boolean) => void;
}

const REPLACE = { replace: true, preventScrollReset: true } as const;

export function useGridAddress<C extends string>(spec: GridSpec<C>): GridAddress<C> {
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
  const { pageSize } = state;
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
  const setPageSize = useCallback(
    (size: number) => {
      if (size !== pageSize) write({ pageSize: size, page: Math.floor(pageOffset(state.page, pageSize) / size) + 1 });
    },
    [write, pageSize, state.page],
  );
  const setSearch = useCallback((search: string) => write({ search, page: 1 }), [write]);
  const setFilters = useCallback((filters: GridFilterDto[]) => write({ filters, page: 1 }), [write]);
  const setFold = useCallback((fold: boolean) => write({ fold, page: 1 }), [write]);
  const serverSort = serverSortOptions(spec.columns, spec.defaultSort, state.sort, (sort: SortDto<C> | null) => write({ sort, page: 1 }), takesExtraFields(spec));

  return { state, offset: pageOffset(state.page, pageSize), pageSize, serverSort, setOffset, setMinScore, clampToTotal, setPageSize, setSearch, setFilters, setFold };
}

/**
 * A table the core sorts whose order (only) lives in the address under
 * `param` — the jobs and lists tables, `#/jobs?jobs-sort=candidates.desc` —
 * so it survives reload and a bookmark, beside a results grid's own `sort`.
 */
export function useAddressSort<C extends string>(columns: readonly C[], defaultSort: SortDto<C> | null, param: string): ServerSort<C> {
  const [params, setParams] = useSearchParams();
  const sort = parseSort(params.get(param), { columns, defaultSort });
  return serverSortOptions(columns, defaultSort, sort, (next) =>
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      if (next) updated.set(param, formatSort(next));
      else updated.delete(param);
      return updated;
    }, REPLACE),
  );
}

/** The parameter a table's address-kept sort lives under (useAddressSort), per table. */
export const TABLE_SORT_PARAMS = { jobs: 'jobs-sort', lists: 'lists-sort' } as const;

/**
 * Navigates to another address of the same view keeping some of the current
 * parameters: opening a job from the sorted jobs table keeps the table's
 * order (`jobs-sort`), while the results grid's own parameters start afresh.
 */
export function useNavigateKeeping(keys: readonly string[]): (pathname: string) => void {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (pathname: string) => {
    const kept = new URLSearchParams();
    for (const key of keys) {
      const value = params.get(key);
      if (value !== null) kept.set(key, value);
    }
    const search = kept.toString();
    navigate({ pathname, search: search ? `?${search}` : '' });
  };
}
