/**
 * What narrows a results grid, above it: a quick search (name, email,
 * company, title; sent after a short pause in typing, so each key does not
 * fetch), the column filters as removable chips, a small form to add one
 * (text contains / one of some values / a number range, as fits the
 * column; an imported extra field lets the user choose which), and "N of M
 * shown" once anything narrows the rows — folded duplicates included. "Is
 * one of" offers the column's commonest values from the data, through the
 * segment builder's value box and its `segments.values` endpoint. The search
 * field is the one `/` focuses (app/shortcuts.ts finds it by its attribute).
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { Entity, GridFilterDto } from '../../../src-main/contract/dto';
import { ValueCombobox } from '../features/segments/ValueCombobox';
import { formatCount } from '../lib/format';
import { describeFilter, extraFilterColumns, filterFrom, valuesFieldOf, type FilterableColumn, type FilterKind } from '../lib/grid-columns';
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
  /** The records the grid shows: whose values "is one of" offers. */
  entity: Entity;
  /** Later duplicates folded away (FoldDuplicates): the rows are narrowed, so the count shows. */
  fold?: boolean;
  /** The imported extra fields the records have, offered as filter columns after `columns`. */
  extraFields?: readonly string[];
}

const NO_EXTRAS: readonly string[] = [];

export function GridFilters({ search, filters, columns: ownColumns, onSearch, onFilters, matching, unfiltered, noun, entity, fold = false, extraFields = NO_EXTRAS }: Props) {
  const columns = useMemo(() => [...ownColumns, ...extraFilterColumns(extraFields)], [ownColumns, extraFields]);
  const [typed, setTyped] = useState(search);
  // The address changed under the field (Back, a bookmark, "Clear"): show what it says.
  useEffect(() => setTyped(search), [search]);
  useEffect(() => {
    if (typed === search) return;
    const timer = setTimeout(() => onSearch(typed), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, search, onSearch]);

  const labelOf = (id: string) => columns.find((c) => c.id === id)?.label ?? id;
  const narrowed = search !== '' || filters.length > 0 || fold;
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
        <AddFilter entity={entity} columns={columns} disabled={filters.length >= MAX_FILTERS} onAdd={(f) => onFilters([...filters, f])} />
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

const KIND_LABELS: Record<FilterKind, string> = { contains: 'contains', in: 'is one of', range: 'between' };

function AddFilter({ entity, columns, disabled, onAdd }: { entity: Entity; columns: FilterableColumn[]; disabled: boolean; onAdd: (filter: GridFilterDto) => void }) {
  const id = useId();
  const [columnId, setColumnId] = useState(columns[0]?.id ?? '');
  const [chosenKind, setKind] = useState<FilterKind | null>(null);
  const [text, setText] = useState('');
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const column = columns.find((c) => c.id === columnId) ?? columns[0];
  if (!column) return null;
  const kinds = column.kinds ?? [column.filter];
  const kind = chosenKind !== null && kinds.includes(chosenKind) ? chosenKind : column.filter;
  const filter = filterFrom(column, text, min, max, kind);
  const valuesField = kind === 'in' ? valuesFieldOf(column.id) : null;
  const own = columns.filter((c) => !c.extra);
  const extras = columns.filter((c) => c.extra);
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
      <select
        id={`${id}-column`}
        value={column.id}
        onChange={(event) => {
          setColumnId(event.target.value);
          setText('');
        }}
      >
        {own.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
        {extras.length > 0 && (
          <optgroup label="Imported fields">
            {extras.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {kinds.length > 1 && (
        <>
          <label htmlFor={`${id}-kind`} className="visually-hidden">
            Filter kind
          </label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as FilterKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </>
      )}
      {kind === 'range' ? (
        <>
          <input aria-label="At least" placeholder="min" inputMode="decimal" size={6} value={min} onChange={(event) => setMin(event.target.value)} />
          <span aria-hidden="true">–</span>
          <input aria-label="At most" placeholder="max" inputMode="decimal" size={6} value={max} onChange={(event) => setMax(event.target.value)} />
        </>
      ) : kind === 'in' && valuesField !== null ? (
        // The column's values from the data to pick (several, comma-separated), or typed.
        <ValueCombobox
          key={valuesField}
          entity={entity}
          field={valuesField}
          value={text}
          onChange={setText}
          multiple
          label="Is one of (comma-separated)"
          placeholder="is one of: pick or type"
        />
      ) : (
        <input
          aria-label={kind === 'in' ? 'Is one of (comma-separated)' : 'Contains'}
          placeholder={kind === 'in' ? 'is one of: a, b' : 'contains'}
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
