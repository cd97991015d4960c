/**
 * Column definitions for the columns a user chose (lib/grid-columns.ts), over
 * any row that carries a record's fields and extras (candidates, members).
 * A field column's id is its server name, so withServerSorting gives it a
 * sort button; an extra's id (`x:<header>`) is not, so it shows as fixed.
 */
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { RecordFieldsDto } from '../../../src-main/contract/dto';
import { EXTRA_PREFIX, FIELD_COLUMNS, formatFieldValue } from '../lib/grid-columns';

interface WithFields {
  fields: RecordFieldsDto;
  extra: Record<string, string>;
}

const NUMERIC = new Set<string>(['employees', 'revenue', 'leadScore']);

export function chosenFieldColumns<T extends WithFields>(chosen: readonly string[]): ColumnDef<T, unknown>[] {
  const column = createColumnHelper<T>();
  return chosen.flatMap((id): ColumnDef<T, unknown>[] => {
    if (id.startsWith(EXTRA_PREFIX)) {
      const header = id.slice(EXTRA_PREFIX.length);
      return [column.display({ id, header, cell: (info) => info.row.original.extra[header] ?? '' }) as ColumnDef<T, unknown>];
    }
    const field = FIELD_COLUMNS.find((c) => c.id === id);
    if (!field) return [];
    return [
      // An accessor (not a display column): TanStack only lets a column with a value sort.
      column.accessor((row) => row.fields[field.id], {
        id,
        header: field.label,
        cell: (info) => formatFieldValue(info.getValue()),
        meta: { align: NUMERIC.has(id) ? 'end' : 'start' },
      }) as ColumnDef<T, unknown>,
    ];
  });
}
