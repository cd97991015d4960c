/**
 * What narrows a results grid, above it: a quick search (name, email,
 * company, title; sent after a short pause in typing, so each key does not
 * fetch), the column filters as removable chips, a small form to add one
 * (text contains / one of some values / a number range, as fits the
 * column), and "N of M shown" once anything narrows the rows. The search
 * field is the one `/` focuses (app/shortcuts.ts finds it by its attribute).
 */
import { useEffect, useId, useState } from 'react';
import type { GridFilterDto } from '../../../src-main/contract/dto';
import { formatCount } from '../lib/format';
import { describeFilter, filterFrom, type FilterableColumn } from '../lib/grid-columns';
import { MAX_FILTERS, MAX_SEARCH } from '../lib/grid-address';
import './GridTools.css';

/** How long typing must pause before the search is sent. */
const SEARCH_PAUSE_MS = 250;

interface Props {
  search: string;
  filters: GridFilterDto[];
  columns: FilterableColumn[];
  onSearch: (search: string) => void;
  onFilters: (filters: GridFilterDto[]) => void;
  /** Rows matching, and rows before the search and filters (null while loading). */
  matching: number | null;
  unfiltered: number | null;
  noun: string;
}

export function GridFilters({ search, filters, columns, onSearch, onFilters, matching, unfiltered, noun }: Props) {
  const [typed, setTyped] = useState(search);
  // The address changed under the field (Back, a bookmark, "Clear"): show what it says.
  useEffect(() => setTyped(search), [search]);
  useEffect(() => {
    if (typed === search) return;
    const timer = setTimeout(() => onSearch(typed), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, search, onSearch]);

  const labelOf = (id: string) => columns.find((c) => c.id === id)?.label ?? id;
  const narrowed = search !== '' || filters.length > 0;
  return (
    <div className="grid-filters" data-testid="grid-filters">
      <div className="grid-filters__row">
        <input
          type="search"
          className="grid-filters__search"
          placeholder="Search name, email, company, title  ( / )"
          aria-label="Quick search"
          data-quick-search=""
          maxLength={MAX_SEARCH}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onSearch(typed);
          }}
        />
        <AddFilter columns={columns} disabled={filters.length >= MAX_FILTERS} onAdd={(f) => onFilters([...filters, f])} />
        {narrowed && matching !== null && unfiltered !== null && (
          <span className="grid-filters__count" role="status" data-testid="grid-filter-count">
            {formatCount(matching)} of {formatCount(unfiltered)} {noun} shown
          </span>
        )}
      </div>
      {filters.length > 0 && (
        <ul className="grid-filters__chips" aria-label="Filters">
          {filters.map((f, i) => {
            const text = describeFilter(f, labelOf(f.column));
            return (
              <li key={`${i}:${text}`} className="filter-chip">
                {text}
                <button type="button" className="filter-chip__remove" aria-label={`Remove filter ${text}`} onClick={() => onFilters(filters.filter((_, j) => j !== i))}>
                  ×
                </button>
              </li>
            );
          })}
          <li>
            <button type="button" className="button button--ghost button--small" onClick={() => onFilters([])}>
              Clear filters
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}

function AddFilter({ columns, disabled, onAdd }: { columns: FilterableColumn[]; disabled: boolean; onAdd: (filter: GridFilterDto) => void }) {
  const id = useId();
  const [columnId, setColumnId] = useState(columns[0]?.id ?? '');
  const [text, setText] = useState('');
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const column = columns.find((c) => c.id === columnId) ?? columns[0];
  if (!column) return null;
  const filter = filterFrom(column, text, min, max);
  const add = () => {
    if (!filter) return;
    onAdd(filter);
    setText('');
    setMin('');
    setMax('');
  };
  return (
    <form
      className="add-filter"
      aria-label="Add a filter"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <label htmlFor={`${id}-column`} className="visually-hidden">
        Filter column
      </label>
      <select id={`${id}-column`} value={column.id} onChange={(event) => setColumnId(event.target.value)}>
        {columns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      {column.filter === 'range' ? (
        <>
          <input aria-label="At least" placeholder="min" inputMode="decimal" size={6} value={min} onChange={(event) => setMin(event.target.value)} />
          <span aria-hidden="true">–</span>
          <input aria-label="At most" placeholder="max" inputMode="decimal" size={6} value={max} onChange={(event) => setMax(event.target.value)} />
        </>
      ) : (
        <input
          aria-label={column.filter === 'in' ? 'Is one of (comma-separated)' : 'Contains'}
          placeholder={column.filter === 'in' ? 'is one of: a, b' : 'contains'}
          maxLength={MAX_SEARCH}
          size={14}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      )}
      <button type="submit" className="button button--small" disabled={disabled || !filter}>
        Add filter
      </button>
    </form>
  );
}
