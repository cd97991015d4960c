/**
 * Words for where a column goes, from the preview's field labels (the one
 * field table in src-model/fields/ names each field: `record_id` is "Record
 * ID"), so the wizard never shows a raw field name.
 */
import type { ImportPreviewDto } from '../../../../src-main/contract/dto';

type PreviewColumn = ImportPreviewDto['columns'][number];

/** The select's values besides the field names (crm/overrides.ts reads the same words). */
export const KEEP_AS_EXTRA = 'extra';
export const IGNORE_COLUMN = '-';

export function fieldName(field: string, labels: Readonly<Record<string, string>>): string {
  return labels[field] ?? field;
}

/** What a column becomes: a field's readable name, an extra field under its own header, or nothing. */
export function destinationName(column: PreviewColumn, labels: Readonly<Record<string, string>>): string {
  if (column.ignored) return 'Not imported';
  if (column.field === null) return `Extra: ${column.header}`;
  return fieldName(column.field, labels);
}

/** The value a column's select shows. */
export function destinationValue(column: PreviewColumn): string {
  return column.ignored ? IGNORE_COLUMN : (column.field ?? KEEP_AS_EXTRA);
}

/**
 * The overrides after the user maps `header` onto `target`. A field another
 * column holds by the user's own earlier choice is let go from that column,
 * which returns to the importer's choice: a field the importer would still
 * give it shows as a conflict to settle, never a silent swap.
 */
export function withChoice(
  overrides: Readonly<Record<string, string>>,
  columns: readonly PreviewColumn[],
  header: string,
  target: string,
): Record<string, string> {
  const next: Record<string, string> = { ...overrides, [header]: target };
  if (target === KEEP_AS_EXTRA || target === IGNORE_COLUMN) return next;
  for (const column of columns) {
    if (column.header !== header && column.field === target && Object.hasOwn(next, column.header)) delete next[column.header];
  }
  return next;
}

/** Settles a conflict: `keep` is the column that fills the field; the other one is kept as an extra field. */
export function settleConflict(
  overrides: Readonly<Record<string, string>>,
  conflict: ImportPreviewDto['conflicts'][number],
  keep: 'chosen' | 'displaced',
): Record<string, string> {
  if (keep === 'chosen') return { ...overrides, [conflict.displaced]: KEEP_AS_EXTRA };
  return { ...overrides, [conflict.chosen]: KEEP_AS_EXTRA, [conflict.displaced]: conflict.field };
}

/**
 * The columns (indexes, in file order) whose header or destination contains
 * `query`, ignoring case: the wizard's "Find a column", which a file of
 * thousands of columns needs to reach the one to map. An empty query finds all.
 */
export function columnsMatching(columns: readonly PreviewColumn[], query: string, labels: Readonly<Record<string, string>>): number[] {
  const needle = query.trim().toLocaleLowerCase();
  const found: number[] = [];
  columns.forEach((column, i) => {
    if (needle === '' || column.header.toLocaleLowerCase().includes(needle) || destinationName(column, labels).toLocaleLowerCase().includes(needle)) found.push(i);
  });
  return found;
}
