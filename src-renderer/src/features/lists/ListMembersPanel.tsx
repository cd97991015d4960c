/**
 * One list's members, page by page, with the lookalike score each was added
 * with — the same grid as a job's candidates: quick search, column filters,
 * columns to add, page size and page jump, server-side sorting, all but the
 * columns in the address (`#/lists/3?sort=score.desc&page=2&size=100&q=acme`),
 * so reload and a bookmark return to the same rows. Picked members (kept
 * across pages) can be taken off the list — with Undo, which puts them back
 * with the job and score they had — and the list exported as a CRM-ready
 * CSV, or deleted after a confirmation that says what goes and what stays.
 */
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GRID_FILTER_COLUMNS, LIST_MEMBER_SORT_COLUMNS, type ListMemberDto, type ListMemberSortColumn, type ListSummary } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ExportButton } from '../../components/ExportButton';
import { GridToolStrip } from '../../components/GridToolStrip';
import { GridPager } from '../../components/GridPager';
import { useEscape } from '../../components/use-escape';
import { useGridAddress } from '../../components/use-grid-address';
import { useGridTools } from '../../components/use-grid-tools';
import type { GridSpec } from '../../lib/grid-address';
import { formatCount } from '../../lib/format';
import { withServerSorting } from '../../lib/server-sort';
import { useDeleteList, useRemoveFromList, useRestoreToList, type RemovedMembers } from './mutations';
import { memberColumns, type MemberSelection } from './member-columns';
import { listMembersQuery } from './queries';
import { ConfirmBar, UndoButton } from '../../components/ConfirmBar';

const NO_MEMBERS: ListMemberDto[] = [];
// By default in the order the members are stored, which no column shows.
const GRID: GridSpec<ListMemberSortColumn> = { columns: LIST_MEMBER_SORT_COLUMNS, defaultSort: null, filterColumns: GRID_FILTER_COLUMNS };
/** The columns the members table always shows, per entity (the chooser offers the others). */
const FIXED_COLUMNS = { leads: ['title', 'company', 'email', 'outcome'], companies: [] } as const;

interface Props {
  list: ListSummary;
  onClose: () => void;
  onDeleted: () => void;
}

type Message = { kind: 'removed'; text: string; removed: RemovedMembers } | { kind: 'done'; text: string } | { kind: 'error'; error: unknown };

export function ListMembersPanel({ list, onClose, onDeleted }: Props) {
  const api = useApi();
  // Sorted, searched and filtered by the core over every member; a new order, search or filter starts at page 1.
  const grid = useGridAddress(GRID);
  const { offset, clampToTotal, pageSize } = grid;
  const { search, filters, fold } = grid.state;
  const { sort, tableOptions: sortOptions } = grid.serverSort;
  const tools = useGridTools(grid, 'members', list.entity);
  const { chosenColumns, query, narrowed } = tools;
  const page = useQuery({ ...listMembersQuery(api, list.id, offset, pageSize, sort, query), placeholderData: keepPreviousData });
  // A bookmarked page past the end, or the last page emptied by taking members off: show the last page there is.
  const loadedTotal = page.isPlaceholderData ? undefined : page.data?.total;
  useEffect(() => {
    if (loadedTotal !== undefined) clampToTotal(loadedTotal);
  }, [loadedTotal, clampToTotal]);
  const removeFromList = useRemoveFromList();
  const restoreToList = useRestoreToList();
  const deleteListMutation = useDeleteList();
  // Picked members across pages, each with the job its score came from (what Undo gives back).
  const [picked, setPicked] = useState<Map<number, number | null>>(new Map());
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const members = page.data?.members ?? NO_MEMBERS;
  const allOnPage = members.length > 0 && members.every((m) => picked.has(m.id));
  const leads = list.entity === 'leads';

  const clearSelection = () => setPicked(new Map());
  useEscape(() => {
    if (confirmingDelete) setConfirmingDelete(false);
    else if (picked.size > 0) clearSelection();
    else onClose();
    return true;
  });

  // One selection object per (ticks, page): the columns are rebuilt only when either changes.
  const selection = useMemo<MemberSelection>(
    () => ({
      isSelected: (id) => picked.has(id),
      allOnPage,
      toggle: (m) =>
        setPicked((p) => {
          const next = new Map(p);
          if (next.has(m.id)) next.delete(m.id);
          else next.set(m.id, m.scoreJobId);
          return next;
        }),
      togglePage: () =>
        setPicked((p) => {
          const next = new Map(p);
          for (const m of members) {
            if (allOnPage) next.delete(m.id);
            else next.set(m.id, m.scoreJobId);
          }
          return next;
        }),
    }),
    [picked, members, allOnPage],
  );
  const columns = useMemo(() => withServerSorting(memberColumns(leads, selection, chosenColumns), LIST_MEMBER_SORT_COLUMNS), [leads, selection, chosenColumns]);
  const table = useReactTable({ data: members, columns, getCoreRowModel: getCoreRowModel(), getRowId: (m) => String(m.id), ...sortOptions });

  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const noun = (n: number) => (leads ? (n === 1 ? 'lead' : 'leads') : n === 1 ? 'company' : 'companies');
  const total = page.data?.total ?? (narrowed ? 0 : list.members);
  const unfiltered = page.data?.unfiltered ?? list.members;

  const removePicked = async () => {
    setMessage(null);
    const removed: RemovedMembers = [...picked].map(([id, jobId]) => ({ id, jobId }));
    try {
      const result = await removeFromList.mutateAsync({ listId: list.id, ids: removed.map((m) => m.id) });
      setMessage({ kind: 'removed', text: `Took ${formatCount(result.removed)} ${noun(result.removed)} off “${list.name}”.`, removed });
      clearSelection();
    } catch (error) {
      setMessage({ kind: 'error', error });
    }
  };

  const undoRemove = async (removed: RemovedMembers) => {
    try {
      const restored = await restoreToList.mutateAsync({ listId: list.id, entity: list.entity, members: removed });
      setMessage({ kind: 'done', text: `Put ${formatCount(restored)} ${noun(restored)} back on “${list.name}”.` });
    } catch (error) {
      setMessage({ kind: 'error', error });
    }
  };

  const deleteList = async () => {
    try {
      await deleteListMutation.mutateAsync(list.id);
      onDeleted();
    } catch (error) {
      setConfirmingDelete(false);
      setMessage({ kind: 'error', error });
    }
  };

  const headingId = `list-heading-${list.id}`;
  return (
    <section className="list-members panel" aria-labelledby={headingId} data-testid="list-members-panel">
      <header className="panel__header">
        <div>
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
            {list.name}
          </h3>
          <p className="panel__subtitle">
            {formatCount(unfiltered)} {noun(unfiltered)}, each with the lookalike score it was added with (or its latest).
          </p>
        </div>
        <span className="list-members__actions">
          {unfiltered > 0 && (
            <ExportButton
              // Everything the grid shows by: "all shown" writes those rows, in this order.
              request={{ listId: list.id, ...(sort ? { sort } : {}), search, filters, fold }}
              selected={[...picked.keys()]}
              total={narrowed ? (page.data?.total ?? 0) : unfiltered}
              noun={leads ? { one: 'lead', many: 'leads' } : { one: 'company', many: 'companies' }}
              allDescription={narrowed ? 'that the search, filters and folding leave' : undefined}
              extraFields={page.data?.extraFields ?? []}
            />
          )}
          {!confirmingDelete && (
            <button type="button" className="button button--danger-ghost" onClick={() => setConfirmingDelete(true)}>
              Delete list
            </button>
          )}
          <button type="button" className="button button--ghost" onClick={onClose} aria-label="Close list">
            Close
          </button>
        </span>
      </header>
      {confirmingDelete && (
        <ConfirmBar confirm="Delete" keep="Keep it" onConfirm={deleteList} onKeep={() => setConfirmingDelete(false)}>
          Delete “{list.name}”? Its {formatCount(unfiltered)} {noun(unfiltered)} stay in the workspace; only the list goes.
        </ConfirmBar>
      )}
      {unfiltered > 0 && (
        <GridToolStrip tools={tools} scoreLabel="Lookalike score" fixedColumns={FIXED_COLUMNS[list.entity]} page={page} />
      )}
      {(picked.size > 0 || message) && (
        <div className="list-members__toolbar">
          {picked.size > 0 && (
            <>
              <span className="selection-count" data-testid="selection-count">
                {formatCount(picked.size)} {noun(picked.size)} selected
                <button type="button" className="button button--ghost button--small" onClick={clearSelection}>
                  Clear selection
                </button>
              </span>
              <button type="button" className="button" onClick={removePicked}>
                Take off the list
              </button>
            </>
          )}
          {message?.kind === 'removed' && (
            <>
              <span className="add-to-list__message add-to-list__message--done" role="status">
                {message.text}
              </span>
              <UndoButton pending={restoreToList.isPending} onUndo={() => void undoRemove(message.removed)} />
            </>
          )}
          {message?.kind === 'done' && (
            <span className="add-to-list__message add-to-list__message--done" role="status">
              {message.text}
            </span>
          )}
          {message?.kind === 'error' && <ErrorNotice inline error={message.error} />}
        </div>
      )}
      {page.isError ? (
        <ErrorNotice title="Could not load the members" error={page.error} onRetry={() => void page.refetch()} />
      ) : unfiltered === 0 ? (
        <p className="page__note">This list is empty. Add candidates to it from a finished lookalike job.</p>
      ) : total === 0 && page.isSuccess && !page.isPlaceholderData ? (
        <p className="page__note" role="status">
          No member matches the search and filters.
        </p>
      ) : (
        <>
          <div aria-busy={page.isFetching}>
            <DataTable
              table={table}
              label={`Members of ${list.name}`}
              testId="list-members-table"
              rowTestId={(row) => `list-member-${row.original.id}`}
              isRowSelected={(row) => picked.has(row.original.id)}
              onRowToggle={(row) => selection.toggle(row.original)}
            />
          </div>
          <GridPager grid={grid} label="Member pages" shown={members.length} total={total} loading={page.isFetching} rangeTestId="list-members-range" />
        </>
      )}
    </section>
  );
}
