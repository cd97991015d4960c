/**
 * Renders a TanStack table: sortable headers (buttons, so Enter and Space
 * sort too; aria-sort on the column the rows are in order of), numeric columns
 * aligned right via `meta.align`, and optional row selection by click or
 * keyboard. Column definitions live with their feature (`columns.tsx`).
 * Grids sorted by the core pass `manualSorting` and mark the columns it can
 * sort (lib/server-sort.ts): only those get a button and an arrow.
 *
 * Rows are reachable from the keyboard when the grid acts on them: Up and
 * Down move between rows (Home and End to the first and last), Space ticks
 * the row when the grid selects (`onRowToggle`), Enter opens it
 * (`onRowActivate`). Only the focused row is a tab stop, so Tab leaves the
 * table rather than walking every row. Keys pressed on a control inside a
 * row (a checkbox, a button) stay that control's.
 */
import { flexRender, type Row, type RowData, type Table } from '@tanstack/react-table';
import { useRef, useState, type KeyboardEvent } from 'react';
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
  /** Space on a focused row: tick or untick it. */
  onRowToggle?: (row: Row<T>) => void;
}

const SORT_LABELS = { asc: 'ascending', desc: 'descending' } as const;

export function DataTable<T>({ table, label, testId, rowTestId, onRowActivate, isRowSelected, onRowToggle }: Props<T>) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [focusedRow, setFocusedRow] = useState(0);
  const rows = table.getRowModel().rows;
  const focusable = Boolean(onRowActivate || onRowToggle);
  const tabStop = Math.min(focusedRow, Math.max(0, rows.length - 1));

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setFocusedRow(target);
    (bodyRef.current?.children[target] as HTMLElement | undefined)?.focus();
  };

  const onRowKeyDown = (event: KeyboardEvent, row: Row<T>, index: number) => {
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    } else if (event.key === ' ' && onRowToggle) {
      event.preventDefault();
      onRowToggle(row);
    } else if ((event.key === 'Enter' || event.key === ' ') && onRowActivate) {
      event.preventDefault();
      onRowActivate(row);
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
        <tbody ref={bodyRef}>
          {rows.map((row, index) => {
            const selected = isRowSelected?.(row) ?? false;
            return (
              <tr
                key={row.id}
                data-testid={rowTestId?.(row)}
                className={[onRowActivate ? 'data-table__row--interactive' : '', selected ? 'data-table__row--selected' : '']
                  .filter(Boolean)
                  .join(' ')}
                aria-selected={focusable ? selected : undefined}
                tabIndex={focusable ? (index === tabStop ? 0 : -1) : undefined}
                onFocus={focusable ? () => setFocusedRow(index) : undefined}
                onClick={onRowActivate ? () => onRowActivate(row) : undefined}
                onKeyDown={focusable ? (event) => onRowKeyDown(event, row, index) : undefined}
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
