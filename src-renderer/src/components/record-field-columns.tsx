/**
 * Column definitions for the columns a user chose (lib/grid-columns.ts), over
 * any row that carries a record's fields and extras (candidates, members).
 * A column's id is what the server sorts it by — a field's name, an extra's
 * `x:<header>` (the contract's ExtraFieldColumn) — so withServerSorting gives
 * each a sort button.
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
      // An accessor, as below: the server sorts it (numbers as numbers, text ignoring case, blanks last).
      return [column.accessor((row) => row.extra[header] ?? '', { id, header, cell: (info) => info.getValue() }) as ColumnDef<T, unknown>];
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
