/**
 * A results grid's state in the address (issue 11): the sort, the page, the
 * page size, the quick search, the column filters and, for a job's
 * candidates, the "Score at least" minimum, as search parameters of the
 * view's hash route — `#/jobs/12?sort=company.desc&page=3&size=100&q=acme&f=country:in:Germany&min=0.6` —
 * so reload, Back/Forward and a bookmark return to the same rows.
 *
 * The address is user input: whatever is read is checked, and a column the
 * grid cannot sort, a page that is not a whole number from 1, or a minimum
 * outside 0–1 falls back to the default without an error. Defaults are never
 * written, so an untouched grid keeps a bare address; parameters the grid
 * does not own are kept as they are.
 */
import { EXTRA_COLUMN_PREFIX, isExtraFieldColumn, type GridFilterDto, type SortDto } from '../../../src-main/contract/dto';
import { sameSort } from './server-sort';

/** The search parameters a grid owns (`f` once per filter). */
export const GRID_PARAMS = { sort: 'sort', page: 'page', size: 'size', search: 'q', filter: 'f', min: 'min', fold: 'dups' } as const;

/** The page sizes a grid offers; the first is the default. */
export const PAGE_SIZES = [50, 100, 250, 500] as const;
export const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];
/** The longest quick search the core takes. */
export const MAX_SEARCH = 200;
/** At most this many filters at once (the core's limit). */
export const MAX_FILTERS = 20;

export interface GridSpec<C extends string> {
  /** The columns the core can sort this grid by (the contract's whitelist). */
  columns: readonly C[];
  /** The grid's own order, sent as no sort at all (null: the core's storage order, which no column shows). */
  defaultSort: SortDto<C> | null;
  /** Whether the grid has a minimum score (a job's candidates); else `min` is not read and not written. */
  minScore?: boolean;
  /**
   * The columns the core can filter this grid by; none: `f` is not read and not written. A grid with
   * filter columns is a grid of records, which also sorts and filters by an imported extra field (`x:<header>`).
   */
  filterColumns?: readonly string[];
}

/** Whether the grid sorts and filters by imported extra fields too (a grid of records: see GridSpec.filterColumns). */
export function takesExtraFields(spec: Pick<GridSpec<string>, 'filterColumns'>): boolean {
  return (spec.filterColumns?.length ?? 0) > 0;
}

/** Whether the grid sorts by `column`: one of its columns, or an imported extra field where it takes them. */
function sortsBy(spec: GridSpec<string>, column: string): boolean {
  return spec.columns.includes(column) || (takesExtraFields(spec) && isExtraFieldColumn(column));
}

export interface GridState<C extends string> {
  /** The sort to send: null for the grid's default order. */
  sort: SortDto<C> | null;
  /** 1-based. */
  page: number;
  /** 0–1; 0 shows every row. Always 0 for a grid without a minimum. */
  minScore: number;
  /** Rows a page, one of PAGE_SIZES. */
  pageSize: number;
  /** The quick search as typed ('' for none). */
  search: string;
  filters: GridFilterDto[];
  /** Later duplicates of rows in the result hidden (`dups=fold`). */
  fold: boolean;
}

/** Past this a page number is not a page anyone turned to (and `offset` would leave the safe integers). */
const MAX_PAGE = 1_000_000;

export function defaultGridState<C extends string>(): GridState<C> {
  return { sort: null, page: 1, minScore: 0, pageSize: DEFAULT_PAGE_SIZE, search: '', filters: [], fold: false };
}

/** `company.desc` → the sort, or null when the text is not `<column>.<asc|desc>` over a sortable column, or is the default order. */
export function parseSort<C extends string>(text: string | null, spec: GridSpec<C>): SortDto<C> | null {
  if (text === null) return null;
  const dot = text.lastIndexOf('.');
  if (dot <= 0) return null;
  const column = text.slice(0, dot);
  const direction = text.slice(dot + 1);
  if (direction !== 'asc' && direction !== 'desc') return null;
  if (!sortsBy(spec, column)) return null;
  const sort: SortDto<C> = { column: column as C, direction };
  return sameSort(sort, spec.defaultSort) ? null : sort;
}

export function formatSort(sort: SortDto): string {
  return `${sort.column}.${sort.direction}`;
}

/** A whole page number from 1 written as digits ("3"), else page 1. */
export function parsePage(text: string | null): number {
  if (text === null || !/^[1-9]\d{0,6}$/.test(text)) return 1;
  const page = Number(text);
  return page <= MAX_PAGE ? page : 1;
}

/** A plain decimal from 0 to 1 ("0.6", ".6", "1"), else 0 (every row). */
export function parseMinScore(text: string | null): number {
  if (text === null || !/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return 0;
  const min = Number(text);
  return Number.isFinite(min) && min >= 0 && min <= 1 ? min : 0;
}

/** One of PAGE_SIZES written as digits, else the default. */
export function parsePageSize(text: string | null): number {
  const size = Number(text);
  return (PAGE_SIZES as readonly number[]).includes(size) && String(size) === text ? size : DEFAULT_PAGE_SIZE;
}

/** The search as typed, cut to what the core takes. */
export function parseSearch(text: string | null): string {
  return (text ?? '').slice(0, MAX_SEARCH);
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** An extra field's column as a filter's address writes it: its header percent-encoded, so a `:` in it is not read as the kind's. */
function columnText(column: string): string {
  return isExtraFieldColumn(column) ? EXTRA_COLUMN_PREFIX + encodeURIComponent(column.slice(EXTRA_COLUMN_PREFIX.length)) : column;
}

/** The column a filter's address names, and where its kind starts; null when none is there. */
function filterColumnOf(text: string): { column: string; end: number } | null {
  const extra = text.startsWith(EXTRA_COLUMN_PREFIX);
  const end = text.indexOf(':', extra ? EXTRA_COLUMN_PREFIX.length : 0);
  if (end <= 0) return null;
  if (!extra) return { column: text.slice(0, end), end };
  try {
    return { column: EXTRA_COLUMN_PREFIX + decodeURIComponent(text.slice(EXTRA_COLUMN_PREFIX.length, end)), end };
  } catch {
    return null;
  }
}

/**
 * A filter as the address writes it — `country:in:Germany|Spain`,
 * `title:has:sales`, `employees:range:50..200` (either end may be empty),
 * `x:Lead%20Source:in:Google` (an imported extra field, where `extras`) —
 * or null when it is not one over a column the grid filters by.
 */
export function parseFilter(text: string, columns: readonly string[], extras = false): GridFilterDto | null {
  const named = filterColumnOf(text);
  if (!named) return null;
  const { column, end: first } = named;
  const second = text.indexOf(':', first + 1);
  if (second < 0) return null;
  const kind = text.slice(first + 1, second);
  const value = text.slice(second + 1);
  if (!(columns.includes(column) || (extras && isExtraFieldColumn(column))) || value === '' || value.length > MAX_SEARCH * 4) return null;
  const c = column as GridFilterDto['column'];
  if (kind === 'has') return value.length <= MAX_SEARCH ? { column: c, contains: value } : null;
  if (kind === 'in') {
    const values = value.split('|').filter((v) => v !== '' && v.length <= MAX_SEARCH);
    return values.length > 0 && values.length <= 50 ? { column: c, in: values } : null;
  }
  if (kind === 'range') {
    const [min = '', max = '', ...rest] = value.split('..');
    if (rest.length > 0 || (min !== '' && !NUMBER.test(min)) || (max !== '' && !NUMBER.test(max)) || (min === '' && max === '')) return null;
    return { column: c, ...(min !== '' ? { min: Number(min) } : {}), ...(max !== '' ? { max: Number(max) } : {}) };
  }
  return null;
}

export function formatFilter(filter: GridFilterDto): string {
  const column = columnText(filter.column);
  if ('contains' in filter) return `${column}:has:${filter.contains}`;
  if ('in' in filter) return `${column}:in:${filter.in.join('|')}`;
  return `${column}:range:${filter.min ?? ''}..${filter.max ?? ''}`;
}

/** The grid's state as the address gives it, each part checked on its own. */
export function readGridState<C extends string>(params: URLSearchParams, spec: GridSpec<C>): GridState<C> {
  const filterColumns = spec.filterColumns ?? [];
  const filters = filterColumns.length === 0 ? [] : params.getAll(GRID_PARAMS.filter).map((f) => parseFilter(f, filterColumns, takesExtraFields(spec)));
  return {
    sort: parseSort(params.get(GRID_PARAMS.sort), spec),
    page: parsePage(params.get(GRID_PARAMS.page)),
    minScore: spec.minScore ? parseMinScore(params.get(GRID_PARAMS.min)) : 0,
    pageSize: parsePageSize(params.get(GRID_PARAMS.size)),
    search: parseSearch(params.get(GRID_PARAMS.search)),
    filters: filters.filter((f): f is GridFilterDto => f !== null).slice(0, MAX_FILTERS),
    fold: params.get(GRID_PARAMS.fold) === 'fold',
  };
}

/**
 * The address's parameters with the grid's state in them: the other
 * parameters as they were, then `sort`, `page`, `size`, `q`, each `f`,
 * `min` and `dups` in that order, each only when it is not the default.
 */
export function writeGridState<C extends string>(params: URLSearchParams, state: GridState<C>, spec: GridSpec<C>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.values(GRID_PARAMS)) next.delete(key);
  const sort = state.sort && !sameSort(state.sort, spec.defaultSort) && sortsBy(spec, state.sort.column) ? state.sort : null;
  if (sort) next.set(GRID_PARAMS.sort, formatSort(sort));
  if (Number.isInteger(state.page) && state.page > 1 && state.page <= MAX_PAGE) next.set(GRID_PARAMS.page, String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE && (PAGE_SIZES as readonly number[]).includes(state.pageSize)) next.set(GRID_PARAMS.size, String(state.pageSize));
  if (state.search !== '') next.set(GRID_PARAMS.search, state.search.slice(0, MAX_SEARCH));
  const filterColumns = spec.filterColumns ?? [];
  for (const filter of state.filters.slice(0, MAX_FILTERS)) {
    const text = formatFilter(filter);
    // Only what reads back as the same filter is written: the address never holds one the grid would drop.
    if (parseFilter(text, filterColumns, takesExtraFields(spec)) !== null) next.append(GRID_PARAMS.filter, text);
  }
  if (spec.minScore && Number.isFinite(state.minScore) && state.minScore > 0 && state.minScore <= 1) next.set(GRID_PARAMS.min, String(state.minScore));
  if (state.fold) next.set(GRID_PARAMS.fold, 'fold');
  return next;
}

/** The number of pages `total` rows fill (at least 1: an empty grid still shows its first page). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The row offset a page starts at. */
export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}
