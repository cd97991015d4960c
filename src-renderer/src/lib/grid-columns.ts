/**
 * The columns a results grid can show beyond its fixed ones (issue 11's
 * column chooser): a record's canonical fields, named as the core names them
 * (RECORD_SORT_COLUMNS, so each one sorts and filters on the server), and
 * the imported extra fields, by header (`x:<header>`, the contract's ExtraFieldColumn: sorted and filtered
 * on the server too).
 * Pure: the catalogue, how each column is filtered, how a value reads, and
 * which columns a user chose, kept per grid and entity in localStorage so a
 * choice made on one job's results holds for the next.
 */
import { EXTRA_COLUMN_PREFIX, type Entity, type GridFilterColumn, type GridFilterDto, type RecordFieldsDto } from '../../../src-main/contract/dto';
import { formatCount } from './format';

/** How a column is filtered: text containing, one of some values, or a number range. */
export type FilterKind = 'contains' | 'in' | 'range';

export interface FieldColumn {
  id: keyof RecordFieldsDto;
  label: string;
  filter: FilterKind;
  /** A person's field: companies have none. */
  people?: true;
}

export const FIELD_COLUMNS: readonly FieldColumn[] = [
  { id: 'email', label: 'Email', filter: 'contains', people: true },
  { id: 'title', label: 'Title', filter: 'contains', people: true },
  { id: 'company', label: 'Company', filter: 'contains' },
  { id: 'domain', label: 'Domain', filter: 'contains' },
  { id: 'industry', label: 'Industry', filter: 'contains' },
  { id: 'seniority', label: 'Seniority', filter: 'in', people: true },
  { id: 'department', label: 'Department', filter: 'contains', people: true },
  { id: 'employees', label: 'Employees', filter: 'range' },
  { id: 'revenue', label: 'Revenue', filter: 'range' },
  { id: 'country', label: 'Country', filter: 'in' },
  { id: 'state', label: 'State', filter: 'in' },
  { id: 'city', label: 'City', filter: 'contains' },
  { id: 'status', label: 'Status', filter: 'in' },
  { id: 'owner', label: 'Owner', filter: 'contains' },
  { id: 'createdAt', label: 'Created', filter: 'contains' },
  { id: 'outcome', label: 'Outcome', filter: 'in', people: true },
  { id: 'leadScore', label: 'CRM score', filter: 'range', people: true },
];

/** Prefix of an extra field's column id (the contract's: the id is also what the grid sorts and filters by). */
export const EXTRA_PREFIX = EXTRA_COLUMN_PREFIX;

export function fieldColumnsFor(entity: Entity): FieldColumn[] {
  return FIELD_COLUMNS.filter((c) => entity === 'leads' || !c.people);
}

/** A column a grid filters by, with its label and how. */
export interface FilterableColumn {
  id: GridFilterColumn;
  label: string;
  filter: FilterKind;
  /** The ways it may be filtered, when the user chooses (an imported field: text, values or numbers); else `filter` only. */
  kinds?: readonly FilterKind[];
  /** An imported extra field (offered apart from the record's own). */
  extra?: true;
}

/** An imported extra field's filter: the data says nothing of its type, so each way is offered, text first. */
export function extraFilterColumns(headers: readonly string[]): FilterableColumn[] {
  return headers.map((header) => ({ id: `${EXTRA_PREFIX}${header}`, label: header, filter: 'contains', kinds: ['contains', 'in', 'range'], extra: true }));
}

/**
 * The field a column's values are read under by the segment builder's values endpoint (`segments.values`):
 * its condition name (`created_at`, `extra.Lead Source`), or null for a column whose values are not offered.
 */
export function valuesFieldOf(column: GridFilterColumn): string | null {
  if (column.startsWith(EXTRA_PREFIX)) return `extra.${column.slice(EXTRA_PREFIX.length)}`;
  if (column === 'score' || column === 'name') return null;
  if (column === 'leadScore') return 'score';
  return column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Every column a grid of `entity` filters by: the name, the score (labelled as the grid labels it) and the canonical fields. */
export function filterableColumns(entity: Entity, scoreLabel: string): FilterableColumn[] {
  return [{ id: 'name', label: 'Name', filter: 'contains' }, { id: 'score', label: scoreLabel, filter: 'range' }, ...fieldColumnsFor(entity)];
}

/** A value as a cell shows it: counts grouped, blanks empty. */
export function formatFieldValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? (Number.isInteger(value) ? formatCount(value) : String(value)) : value;
}

/** A filter in words, for its chip: "Country is Germany or Spain", "Employees 50–200". */
export function describeFilter(filter: GridFilterDto, label: string): string {
  if ('contains' in filter) return `${label} contains “${filter.contains}”`;
  if ('in' in filter) return `${label} is ${filter.in.join(' or ')}`;
  if (filter.min !== undefined && filter.max !== undefined) return `${label} ${filter.min}–${filter.max}`;
  return filter.min !== undefined ? `${label} ≥ ${filter.min}` : `${label} ≤ ${filter.max}`;
}

/**
 * The filter a user typed, or null when it is not one: `contains` takes the
 * text, `in` takes comma-separated values, `range` takes a minimum and a
 * maximum (either may be empty, not both; numbers only).
 */
export function filterFrom(column: FilterableColumn, text: string, min: string, max: string, kind: FilterKind = column.filter): GridFilterDto | null {
  if (kind === 'contains') return text.trim() ? { column: column.id, contains: text.trim() } : null;
  if (kind === 'in') {
    const values = text.split(',').map((v) => v.trim()).filter(Boolean);
    return values.length > 0 ? { column: column.id, in: values } : null;
  }
  const lo = min.trim() === '' ? undefined : Number(min);
  const hi = max.trim() === '' ? undefined : Number(max);
  if ((lo === undefined && hi === undefined) || (lo !== undefined && !Number.isFinite(lo)) || (hi !== undefined && !Number.isFinite(hi))) return null;
  return { column: column.id, ...(lo !== undefined ? { min: lo } : {}), ...(hi !== undefined ? { max: hi } : {}) };
}

/** Where a grid's chosen columns are kept: one choice per grid and entity. */
export function columnsStorageKey(grid: string, entity: Entity): string {
  return `lookalike.columns.${grid}.${entity}`;
}

/** The chosen columns as stored, keeping only ids that still mean a column (a known field, or an extra). */
export function parseChosenColumns(text: string | null, entity: Entity): string[] {
  if (!text) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const known = new Set<string>(fieldColumnsFor(entity).map((c) => c.id));
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && (known.has(v) || (v.startsWith(EXTRA_PREFIX) && v.length > EXTRA_PREFIX.length))))].slice(0, 40);
}

/** The extra fields' headers among chosen columns, for the page request. */
export function chosenExtras(chosen: readonly string[]): string[] {
  return chosen.filter((c) => c.startsWith(EXTRA_PREFIX)).map((c) => c.slice(EXTRA_PREFIX.length)).slice(0, 30);
}
