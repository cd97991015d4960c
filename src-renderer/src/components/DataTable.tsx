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
 * table rather than walking every row; while it is scrolled out of a
 * virtualised page, the first mounted row is (Tab never passes the rows). Keys pressed on a control inside a
 * row (a checkbox, a button) stay that control's.
 *
 * Staying quick with big pages (issue 11: no main-thread task over 100 ms):
 * each row is a memoised component, so a re-render of the grid's owner (a
 * query turning to fetching, a tick, a hover) redraws only the rows whose
 * data, selection or focus changed; and a page of more than
 * VIRTUALISE_OVER rows scrolls in its own box and mounts only the rows on
 * screen (use-row-window.ts), telling assistive technology the full count
 * (aria-rowcount, aria-rowindex). A new page's rows render deferred
 * (useDeferredValue), in slices, rather than in one long task.
 */
import { flexRender, type Row, type RowData, type Table } from '@tanstack/react-table';
import { memo, useCallback, useDeferredValue, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { rovingTabStop, useRowWindow } from './use-row-window';
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
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [focusedRow, setFocusedRow] = useState(0);
  // A row asked for by the keyboard that may not be mounted yet (a virtualised page): focused once it is.
  const pendingFocus = useRef<number | null>(null);
  // A new page's rows are drawn in a deferred render, which React splits into short slices and drops if another
  // page is asked for meanwhile: mounting 50–500 rows at once was the grid's longest main-thread task. The rows
  // shown stay until then (the header and everything around the table update at once).
  const latestRows = table.getRowModel().rows;
  const rows = useDeferredValue(latestRows);
  // Until the deferred render lands the table shows the previous rows: it says so (aria-busy), for assistive
  // technology and for anything that reads the rows once the page has loaded.
  const drawing = rows !== latestRows;
  const focusable = Boolean(onRowActivate || onRowToggle);
  const rowWindow = useRowWindow(rows.length, scrollRef);
  // Only a mounted row can be the tab stop (a virtualised page unmounts the focused row when it scrolls away).
  const tabStop = rovingTabStop(Math.min(focusedRow, Math.max(0, rows.length - 1)), rowWindow.indexes);
  const headerGroups = table.getHeaderGroups();
  const { scrollToIndex } = rowWindow;

  // The handlers change identity on every render of the owner; rows read the latest through a ref so their memo holds.
  const latest = useRef({ rows, onRowActivate, onRowToggle });
  latest.current = { rows, onRowActivate, onRowToggle };

  const focusRow = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(latest.current.rows.length - 1, index));
      setFocusedRow(target);
      pendingFocus.current = target;
      scrollToIndex(target);
      focusPending(bodyRef.current, pendingFocus);
    },
    [scrollToIndex],
  );
  useLayoutEffect(() => focusPending(bodyRef.current, pendingFocus));

  const onRowKeyDown = useCallback(
    (event: KeyboardEvent, index: number) => {
      if (event.target !== event.currentTarget) return;
      const { rows: current, onRowActivate: activate, onRowToggle: toggle } = latest.current;
      const row = current[index];
      if (!row) return;
      // A step asked for before its row was mounted (a virtualised page, keys held down) counts: the next
      // step goes on from it, not from the row that still has the focus, so no key press is lost.
      const from = pendingFocus.current ?? index;
      const moves: Record<string, number> = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: current.length - 1 };
      if (event.key in moves) {
        event.preventDefault();
        focusRow(moves[event.key]!);
      } else if (event.key === ' ' && toggle) {
        event.preventDefault();
        toggle(row);
      } else if ((event.key === 'Enter' || event.key === ' ') && activate) {
        event.preventDefault();
        activate(row);
      }
    },
    [focusRow],
  );
  const onRowClick = useCallback((index: number) => {
    const row = latest.current.rows[index];
    if (row) latest.current.onRowActivate?.(row);
  }, []);

  // A table that neither sorts its rows (getSortedRowModel) nor has them sorted by the core (manualSorting) shows no sort control.
  const sorts = Boolean(table.options.manualSorting || table.options.getSortedRowModel);
  // What a row's cells depend on besides its data: the column definitions and which of them are shown.
  const cellsKey = table.getVisibleLeafColumns().map((c) => c.id).join(' ');
  const columnDefs = table.options.columns;
  const columnCount = table.getVisibleLeafColumns().length;
  const headerRows = headerGroups.length;
  const { virtual } = rowWindow;

  return (
    <div ref={scrollRef} className={`data-table__scroll${virtual ? ' data-table__scroll--virtual' : ''}`} data-virtual={virtual || undefined}>
      <table className="data-table" aria-label={label} data-testid={testId} aria-rowcount={virtual ? rows.length + headerRows : undefined}
        aria-busy={drawing || undefined}
      >
        <thead>
          {headerGroups.map((group, g) => (
            <tr key={group.id} aria-rowindex={virtual ? g + 1 : undefined}>
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
          {rowWindow.padTop > 0 && <SpacerRow height={rowWindow.padTop} columns={columnCount} />}
          {rowWindow.indexes.map((index) => {
            const row = rows[index]!;
            return (
              <DataTableRow<T>
                key={row.id}
                row={row}
                index={index}
                columnDefs={columnDefs}
                cellsKey={cellsKey}
                testId={rowTestId?.(row)}
                interactive={Boolean(onRowActivate)}
                selected={isRowSelected?.(row) ?? false}
                focusable={focusable}
                tabStop={index === tabStop}
                ariaRowIndex={virtual ? index + headerRows + 1 : undefined}
                measure={virtual ? rowWindow.measure : undefined}
                onFocusRow={setFocusedRow}
                onKeyDownRow={onRowKeyDown}
                onClickRow={onRowClick}
              />
            );
          })}
          {rowWindow.padBottom > 0 && <SpacerRow height={rowWindow.padBottom} columns={columnCount} />}
        </tbody>
      </table>
    </div>
  );
}

/** Focuses the row a key asked for, if it is mounted; else leaves the request for the next render. */
function focusPending(body: HTMLTableSectionElement | null, pending: { current: number | null }) {
  if (pending.current === null || !body) return;
  const row = body.querySelector<HTMLElement>(`tr[data-index="${pending.current}"]`);
  if (!row) return;
  pending.current = null;
  row.focus({ preventScroll: false });
}

/** The height of the rows not mounted above or below the window: keeps the scrollbar true to the page. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="data-table__spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

interface RowProps<T> {
  row: Row<T>;
  index: number;
  /** Not read: a new identity means new cell renderers, so the row must draw again. */
  columnDefs: unknown;
  /** The shown columns, in order (the row's memo cannot see column visibility otherwise). */
  cellsKey: string;
  testId: string | undefined;
  interactive: boolean;
  selected: boolean;
  focusable: boolean;
  tabStop: boolean;
  ariaRowIndex: number | undefined;
  measure: ((element: HTMLTableRowElement | null) => void) | undefined;
  onFocusRow: (index: number) => void;
  onKeyDownRow: (event: KeyboardEvent, index: number) => void;
  onClickRow: (index: number) => void;
}

function DataTableRowImpl<T>({ row, index, testId, interactive, selected, focusable, tabStop, ariaRowIndex, measure, onFocusRow, onKeyDownRow, onClickRow }: RowProps<T>) {
  return (
    <tr
      ref={measure}
      data-index={index}
      data-testid={testId}
      className={[interactive ? 'data-table__row--interactive' : '', selected ? 'data-table__row--selected' : ''].filter(Boolean).join(' ') || undefined}
      aria-selected={focusable ? selected : undefined}
      aria-rowindex={ariaRowIndex}
      tabIndex={focusable ? (tabStop ? 0 : -1) : undefined}
      onFocus={focusable ? () => onFocusRow(index) : undefined}
      onClick={interactive ? () => onClickRow(index) : undefined}
      onKeyDown={focusable ? (event) => onKeyDownRow(event, index) : undefined}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`data-table__cell--${cell.column.columnDef.meta?.align ?? 'start'}`}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}

// memo loses the type parameter; the cast gives it back.
const DataTableRow = memo(DataTableRowImpl) as typeof DataTableRowImpl;
