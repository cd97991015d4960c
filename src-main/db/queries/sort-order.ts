/**
 * ORDER BY clauses for the grids' server-side sorting (issue 11), built only
 * from whitelist maps: a column name picks an SQL expression written here,
 * and the direction picks ASC or DESC; nothing a caller sends is spliced.
 * Blanks sort last either way (as spreadsheets do), text ignores case, and
 * ties fall back to the grid's default order so pages never overlap.
 */
import { AppError } from '../../contract/errors';
import type { SortDto } from '../../contract/dto';

export interface SortKey {
  /** SQL over the query's columns. */
  expr: string;
  /** Compared as text, ignoring case. */
  text?: boolean;
}

export type SortKeys = Readonly<Record<string, SortKey>>;

/** `expr dir NULLS LAST, ties…`; refuses a column the map does not name. */
export function orderBy(keys: SortKeys, sort: SortDto, ties: readonly string[]): string {
  if (!Object.hasOwn(keys, sort.column)) {
    throw new AppError('invalid_input', `Cannot sort by "${sort.column}": sort by ${Object.keys(keys).join(', ')}.`, { column: sort.column });
  }
  const key = keys[sort.column]!;
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  return [`${key.expr}${key.text ? ' COLLATE NOCASE' : ''} ${direction} NULLS LAST`, ...ties].join(', ');
}
