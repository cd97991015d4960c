/**
 * Renders a TanStack table: sortable headers (buttons, so Enter and Space
 * sort too; aria-sort on the column the rows are in order of), numeric columns
 * aligned right via `meta.align`, and optional row selection by click or
 * keyboard. Column definitions live with their feature (`columns.tsx`).
 * Grids sorted by the core pass `manualSorting` and mark the columns it can
 * sort (lib/server-sort.ts): only those get a button and an arrow.
 */
import { flexRender, type Row, type RowData, type Table } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import './DataTable.css';

declare module '@tanstack/react-table' {
  // Type parameters must match TanStack's declaration to merge, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    align?: 'start' | 'end';
  }
}

interface Props<T> {
  table: Table<T>;
  label: string;
  testId?: string;
  rowTestId?: (row: Row<T>) => string;
  onRowActivate?: (row: Row<T>) => void;
  isRowSelected?: (row: Row<T>) => boolean;
}

const SORT_LABELS = { asc: 'ascending', desc: 'descending' } as const;

export function DataTable<T>({ table, label, testId, rowTestId, onRowActivate, isRowSelected }: Props<T>) {
  const onRowKeyDown = (event: KeyboardEvent, row: Row<T>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onRowActivate?.(row);
    }
  };

  // A table that neither sorts its rows (getSortedRowModel) nor has them sorted by the core (manualSorting) shows no sort control.
  const sorts = Boolean(table.options.manualSorting || table.options.getSortedRowModel);

  return (
    <div className="data-table__scroll">
      <table className="data-table" aria-label={label} data-testid={testId}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = sorts && header.column.getIsSorted();
                const align = header.column.columnDef.meta?.align ?? 'start';
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`data-table__cell--${align}`}
                    aria-sort={sorted ? SORT_LABELS[sorted] : undefined}
                  >
                    {header.isPlaceholder ? null : sorts && header.column.getCanSort() ? (
                      <button type="button" className="data-table__sort" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span className={`data-table__sort-icon${sorted ? '' : ' data-table__sort-icon--idle'}`} aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const selected = isRowSelected?.(row) ?? false;
            return (
              <tr
                key={row.id}
                data-testid={rowTestId?.(row)}
                className={[onRowActivate ? 'data-table__row--interactive' : '', selected ? 'data-table__row--selected' : '']
                  .filter(Boolean)
                  .join(' ')}
                aria-selected={onRowActivate ? selected : undefined}
                tabIndex={onRowActivate ? 0 : undefined}
                onClick={onRowActivate ? () => onRowActivate(row) : undefined}
                onKeyDown={onRowActivate ? (event) => onRowKeyDown(event, row) : undefined}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`data-table__cell--${cell.column.columnDef.meta?.align ?? 'start'}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
