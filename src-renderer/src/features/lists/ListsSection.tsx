/**
 * The Lists table: every list with its entity and size. Selecting one opens
 * its members below, where records can be taken off, the list exported to
 * CSV for the CRM, or the list deleted. Reloads when something elsewhere on
 * the screen changed the lists (candidates added from a job).
 */
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useState } from 'react';
import type { ListSummary } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatDateTime } from '../../lib/format';
import type { WorkspaceSectionProps } from '../workspace/section-props';
import { ListMembersPanel } from './ListMembersPanel';
import './lists.css';

const NO_LISTS: ListSummary[] = [];
const column = createColumnHelper<ListSummary>();
const columns = [
  column.accessor('name', { header: 'List', cell: (info) => <span className="cell-title">{info.getValue()}</span> }),
  column.accessor('entity', { header: 'Holds', cell: (info) => (info.getValue() === 'leads' ? 'Leads' : 'Companies') }),
  column.accessor('members', { header: 'Members', cell: (info) => formatCount(info.getValue()), meta: { align: 'end' } }),
  column.accessor('createdAt', { header: 'Created', cell: (info) => formatDateTime(info.getValue()) }),
];

interface Props extends WorkspaceSectionProps {
  /** Changes when lists changed elsewhere on the screen. */
  listsVersion: number;
  /** Called after this section changed the lists (a list deleted, members removed). */
  onListsChanged: () => void;
}

export function ListsSection({ refreshKey, listsVersion, onListsChanged }: Props) {
  const api = useApi();
  const [localVersion, setLocalVersion] = useState(0);
  const lists = useQuery(`lists.list:${refreshKey}:${listsVersion}:${localVersion}`, () => api['lists.list']());
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // The last lists while fresh ones load: a reload must not close the open list or blink the table.
  const shown = lists.latest;
  const table = useReactTable({ data: shown ?? NO_LISTS, columns, getCoreRowModel: getCoreRowModel(), getRowId: (l) => String(l.id) });
  const selected = shown?.find((l) => l.id === selectedId) ?? null;
  const changed = () => {
    setLocalVersion((v) => v + 1);
    onListsChanged();
  };

  return (
    <section className="lists" aria-labelledby="lists-heading">
      <header className="section__header">
        <h2 id="lists-heading" className="section__title">
          Lists
          {shown && shown.length > 0 && <span className="section__count">{formatCount(shown.length)}</span>}
        </h2>
        {shown && shown.length > 0 && <p className="section__hint">Select a list to see its members and export it.</p>}
      </header>
      {lists.status === 'loading' && !shown && <div className="skeleton skeleton--table" aria-busy="true" aria-label="Loading lists" />}
      {lists.status === 'error' && <ErrorNotice title="Could not load the lists" error={lists.error} onRetry={lists.reload} />}
      {shown && shown.length === 0 && (
        <EmptyState title="No lists yet" testId="lists-empty">
          <p>Open a finished lookalike job, tick the candidates you want and use Add to list.</p>
        </EmptyState>
      )}
      {shown && shown.length > 0 && (
        <DataTable
          table={table}
          label="Lists"
          testId="lists-table"
          rowTestId={(row) => `list-row-${row.original.id}`}
          isRowSelected={(row) => row.original.id === selectedId}
          onRowActivate={(row) => setSelectedId(row.original.id === selectedId ? null : row.original.id)}
        />
      )}
      {selected && (
        <ListMembersPanel
          key={selected.id}
          list={selected}
          onClose={() => setSelectedId(null)}
          onChanged={changed}
          onDeleted={() => {
            setSelectedId(null);
            changed();
          }}
        />
      )}
    </section>
  );
}
