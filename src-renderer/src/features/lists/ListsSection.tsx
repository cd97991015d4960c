/**
 * The Lists table: every list with its entity and size. Selecting one opens
 * its members below, where records can be taken off, the list exported to
 * CSV for the CRM, or the list deleted. The selected list comes from the
 * address (`#/lists/:listId`); the lists are read again when a mutation
 * changed them (features/lists/mutations.ts).
 */
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { LIST_SORT_COLUMNS, type ListSummary } from '../../../../src-main/contract/dto';
import { AppError } from '../../../../src-main/contract/errors';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TABLE_SORT_PARAMS, useAddressSort } from '../../components/use-grid-address';
import { formatCount, formatDateTime } from '../../lib/format';
import { withServerSorting } from '../../lib/server-sort';
import { ListMembersPanel } from './ListMembersPanel';
import { listsQuery } from './queries';
import './lists.css';

const NO_LISTS: ListSummary[] = [];
const column = createColumnHelper<ListSummary>();
// The core's own order (by id) has no column here: no header shows a sort until one is picked.
const columns = withServerSorting([
  column.accessor('name', { header: 'List', cell: (info) => <span className="cell-title">{info.getValue()}</span> }),
  column.accessor('entity', { header: 'Holds', cell: (info) => (info.getValue() === 'leads' ? 'Leads' : 'Companies') }),
  column.accessor('members', { header: 'Members', cell: (info) => formatCount(info.getValue()), meta: { align: 'end' } }),
  column.accessor('createdAt', { header: 'Created', cell: (info) => formatDateTime(info.getValue()) }),
], LIST_SORT_COLUMNS);

interface Props {
  /** The open list (from the address), or null. */
  selectedId: number | null;
  /** Opens a list, or closes it with null. */
  onSelect: (listId: number | null) => void;
}

export function ListsSection({ selectedId, onSelect }: Props) {
  const api = useApi();
  const { sort, tableOptions: sortOptions } = useAddressSort(LIST_SORT_COLUMNS, null, TABLE_SORT_PARAMS.lists);
  // A new order keeps the old rows on screen until the sorted ones arrive.
  const lists = useQuery({ ...listsQuery(api, sort), placeholderData: keepPreviousData });
  // The last lists stay while fresh ones load: a reload must not close the open list or blink the table.
  const shown = lists.data;
  const table = useReactTable({ data: shown ?? NO_LISTS, columns, getCoreRowModel: getCoreRowModel(), getRowId: (l) => String(l.id), ...sortOptions });
  const selected = shown?.find((l) => l.id === selectedId) ?? null;

  return (
    <section className="lists" aria-labelledby="lists-heading">
      <header className="section__header">
        <h2 id="lists-heading" className="section__title">
          Lists
          {shown && shown.length > 0 && <span className="section__count">{formatCount(shown.length)}</span>}
        </h2>
        {shown && shown.length > 0 && <p className="section__hint">Select a list to see its members and export it.</p>}
      </header>
      {lists.isPending && <div className="skeleton skeleton--table" aria-busy="true" aria-label="Loading lists" />}
      {lists.isError && <ErrorNotice title="Could not load the lists" error={lists.error} onRetry={() => void lists.refetch()} />}
      {shown && shown.length === 0 && (
        <EmptyState title="No lists yet" testId="lists-empty">
          <p>Open a finished lookalike job, tick the candidates you want and use Add to list.</p>
        </EmptyState>
      )}
      {shown && shown.length > 0 && (
        <div aria-busy={lists.isFetching} data-testid="lists-grid">
          <DataTable
            table={table}
            label="Lists"
            testId="lists-table"
            rowTestId={(row) => `list-row-${row.original.id}`}
            isRowSelected={(row) => row.original.id === selectedId}
            onRowActivate={(row) => onSelect(row.original.id === selectedId ? null : row.original.id)}
          />
        </div>
      )}
      {selected && (
        <ListMembersPanel key={selected.id} list={selected} onClose={() => onSelect(null)} onDeleted={() => onSelect(null)} />
      )}
      {selectedId !== null && lists.isSuccess && !selected && (
        <ErrorNotice title={`No list #${selectedId}`} error={new AppError('not_found', 'This workspace has no such list; it may have been deleted.')} />
      )}
    </section>
  );
}
