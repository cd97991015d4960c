/**
 * ORDER BY clauses for the grids' server-side sorting (issue 11), built only
 * from whitelist maps: a column name picks an SQL expression written here,
 * and the direction picks ASC or DESC; nothing a caller sends is spliced.
 * Blanks sort last either way (as spreadsheets do), text ignores case, and
 * ties fall back to the grid's default order so pages never overlap.
 *
 * A records grid also sorts and filters by an imported extra field
 * (`x:<header>`, ExtraFieldColumn): its key reads the record's extra JSON by
 * a path built from the header as a bound parameter. Its values are text as
 * imported, so the key reads each one: a value that reads as a number
 * ("1,200", "-3.5") compares as a number, other text ignoring case, a blank
 * never (NULL, so last both ways). SQLite orders numbers before text, so a
 * column mixing both puts its numbers first ascending and last descending,
 * as a spreadsheet does.
 */
import { AppError } from '../../contract/errors';
import { extraFieldHeader, isExtraFieldColumn, type Entity, type SortDto } from '../../contract/dto';
import { EXTRA_PATH, numberOf } from './record-filter';

export interface SortKey {
  /** SQL over the query's columns: the value as a filter reads it. */
  expr: string;
  /** Compared as text, ignoring case. */
  text?: boolean;
  /** SQL the rows sort by, when not `expr` (an extra field's reading of its text). */
  order?: string;
  /** SQL of the value as a number, for a range filter, when not `expr`. */
  number?: string;
  /** Named parameters the SQL above uses. */
  params?: Readonly<Record<string, string>>;
}

export type SortKeys = Readonly<Record<string, SortKey>>;

/**
 * Where a grid's imported extra fields come from: the record table of its
 * entity, joined by `rows`.id — `rows` is the alias the grid's query gives
 * its subquery of rows (the output columns do not carry the extra JSON,
 * which can be a 5,000-column object).
 */
export interface ExtraFieldSource {
  entity: Entity;
  rows: string;
}

/**
 * An imported extra field's key over a grid's rows: its header is bound as
 * `@param`, never spliced. One correlated lookup by primary key per row; the
 * sort key reads the value once per use, within that lookup.
 */
export function extraFieldKey(source: ExtraFieldSource, header: string, param: string): SortKey {
  const table = source.entity === 'leads' ? 'leads' : 'companies';
  const path = EXTRA_PATH.replace('?', `@${param}`);
  const value = `json_extract(x.extra, ${path})`;
  const lookup = (expr: string) => `(SELECT ${expr} FROM ${table} x WHERE x.id = ${source.rows}.id)`;
  const number = numberOf(value);
  return {
    expr: lookup(value),
    order: lookup(`CASE WHEN ${number} IS NOT NULL THEN ${number} WHEN trim(${value}) != '' THEN lower(${value}) END`),
    number: lookup(number),
    params: { [param]: header },
  };
}

/**
 * The key of `column`: a whitelisted one, or with `extras` an imported extra
 * field (its header bound as `@param`). Refuses any other column, naming
 * those there are.
 */
export function sortKeyOf(keys: SortKeys, column: string, what: 'sort' | 'filter', extras?: ExtraFieldSource, param = 'sort_extra'): SortKey {
  if (Object.hasOwn(keys, column)) return keys[column]!;
  if (extras && isExtraFieldColumn(column)) return extraFieldKey(extras, extraFieldHeader(column), param);
  throw new AppError('invalid_input', `Cannot ${what} by "${column}": ${what} by ${Object.keys(keys).join(', ')}${extras ? ' or x:<an imported extra field>' : ''}.`, {
    column,
  });
}

/** The ORDER BY text of a key: `expr dir NULLS LAST, ties…`. */
function orderText(key: SortKey, direction: SortDto['direction'], ties: readonly string[]): string {
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  return [`${key.order ?? key.expr}${key.text ? ' COLLATE NOCASE' : ''} ${dir} NULLS LAST`, ...ties].join(', ');
}

/** `expr dir NULLS LAST, ties…`; refuses a column the map does not name. */
export function orderBy(keys: SortKeys, sort: SortDto, ties: readonly string[]): string {
  return orderText(sortKeyOf(keys, sort.column, 'sort'), sort.direction, ties);
}

/** A records grid's ORDER BY, which may sort by an imported extra field, with the parameters it binds. */
export function gridOrderBy(keys: SortKeys, sort: SortDto, ties: readonly string[], extras: ExtraFieldSource): { sql: string; params: Record<string, string> } {
  const key = sortKeyOf(keys, sort.column, 'sort', extras);
  return { sql: orderText(key, sort.direction, ties), params: { ...key.params } };
}
