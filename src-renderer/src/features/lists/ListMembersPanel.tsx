/**
 * One list's members, page by page, with each record's latest lookalike
 * score. Picked members can be taken off the list (the records stay in the
 * workspace); the whole list can be exported as a CRM-ready CSV, or deleted
 * after a confirmation that says what goes and what stays. The sort and the
 * page are in the address (`#/lists/3?sort=score.desc&page=2`), so reload
 * and a bookmark return to the same rows.
 */
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { LIST_MEMBER_SORT_COLUMNS, type ListMemberDto, type ListMemberSortColumn, type ListSummary } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ExportButton } from '../../components/ExportButton';
import { Pager } from '../../components/Pager';
import { useGridAddress } from '../../components/use-grid-address';
import type { GridSpec } from '../../lib/grid-address';
import { formatCount, recordLabel } from '../../lib/format';
import { withServerSorting } from '../../lib/server-sort';
import { useDeleteList, useRemoveFromList } from './mutations';
import { listMembersQuery } from './queries';

const PAGE_SIZE = 50;
const NO_MEMBERS: ListMemberDto[] = [];
const column = createColumnHelper<ListMemberDto>();
// By default in the order the members are stored, which no column shows.
const GRID: GridSpec<ListMemberSortColumn> = { columns: LIST_MEMBER_SORT_COLUMNS, defaultSort: null };

interface Props {
  list: ListSummary;
  onClose: () => void;
  onDeleted: () => void;
}

export function ListMembersPanel({ list, onClose, onDeleted }: Props) {
  const api = useApi();
  // Sorted by the core over every member; a new order starts at page 1.
  const grid = useGridAddress(GRID, PAGE_SIZE);
  const { offset, setOffset, clampToTotal } = grid;
  const { sort, tableOptions: sortOptions } = grid.serverSort;
  const page = useQuery(listMembersQuery(api, list.id, offset, PAGE_SIZE, sort));
  // A bookmarked page past the end, or the last page emptied by taking members off: show the last page there is.
  const loadedTotal = page.data?.total;
  useEffect(() => {
    if (loadedTotal !== undefined) clampToTotal(loadedTotal);
  }, [loadedTotal, clampToTotal]);
  const removeFromList = useRemoveFromList();
  const deleteListMutation = useDeleteList();
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done'; text: string } | { kind: 'error'; error: unknown } | null>(null);
  const members = page.data?.members ?? NO_MEMBERS;
  const allOnPage = members.length > 0 && members.every((m) => picked.has(m.id));
  const leads = list.entity === 'leads';

  const columns = useMemo(
    () => withServerSorting([
      column.display({
        id: 'select',
        header: () => (
          <input
            type="checkbox"
            checked={allOnPage}
            aria-label="Select every member on this page"
            onChange={() =>
              setPicked((p) => {
                const next = new Set(p);
                for (const m of members) {
                  if (allOnPage) next.delete(m.id);
                  else next.add(m.id);
                }
                return next;
              })
            }
          />
        ),
        cell: (info) => (
          <input
            type="checkbox"
            checked={picked.has(info.row.original.id)}
            aria-label={`Select ${recordLabel(info.row.original)}`}
            onClick={(event) => event.stopPropagation()}
            onChange={() =>
              setPicked((p) => {
                const next = new Set(p);
                if (next.has(info.row.original.id)) next.delete(info.row.original.id);
                else next.add(info.row.original.id);
                return next;
              })
            }
          />
        ),
      }),
      column.accessor('name', { header: 'Name', cell: (info) => <span className="cell-title">{recordLabel(info.row.original)}</span> }),
      ...(leads
        ? [
            column.accessor('title', { header: 'Title', cell: (info) => info.getValue() ?? '' }),
            column.accessor('company', { header: 'Company', cell: (info) => info.getValue() ?? '' }),
            column.accessor('email', { header: 'Email', cell: (info) => info.getValue() ?? '' }),
            column.accessor('outcome', { header: 'Outcome', cell: (info) => info.getValue() ?? '' }),
          ]
        : []),
      column.accessor('score', {
        header: 'Lookalike score',
        sortDescFirst: true,
        cell: (info) => {
          const score = info.getValue();
          if (score === null) return <span className="jobs__muted">not scored</span>;
          return (
            <span className="bar-cell" title={`From job #${info.row.original.scoreJobId}`}>
              <meter min={0} max={1} value={score} aria-label={`Score ${score.toFixed(3)}`} />
              <span>{score.toFixed(3)}</span>
            </span>
          );
        },
      }),
    ], LIST_MEMBER_SORT_COLUMNS),
    [leads, members, picked, allOnPage],
  );
  const table = useReactTable({ data: members, columns, getCoreRowModel: getCoreRowModel(), getRowId: (m) => String(m.id), ...sortOptions });

  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const noun = (n: number) => (leads ? (n === 1 ? 'lead' : 'leads') : n === 1 ? 'company' : 'companies');
  const total = page.data?.total ?? list.members;

  const removePicked = async () => {
    setMessage(null);
    try {
      const { removed } = await removeFromList.mutateAsync({ listId: list.id, ids: [...picked] });
      setMessage({ kind: 'done', text: `Took ${formatCount(removed)} ${noun(removed)} off “${list.name}”.` });
      setPicked(new Set());
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
            {formatCount(total)} {noun(total)}, with the latest lookalike score of each.
          </p>
        </div>
        <span className="list-members__actions">
          {total > 0 && (
            <ExportButton
              request={{ listId: list.id }}
              selected={[...picked]}
              total={total}
              noun={leads ? { one: 'lead', many: 'leads' } : { one: 'company', many: 'companies' }}
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
        <div className="confirm-bar" role="alertdialog" aria-labelledby={`${headingId}-confirm`}>
          <p id={`${headingId}-confirm`}>
            Delete “{list.name}”? Its {formatCount(total)} {noun(total)} stay in the workspace; only the list goes.
          </p>
          <button type="button" className="button button--danger" onClick={deleteList}>
            Delete
          </button>
          <button type="button" className="button button--ghost" onClick={() => setConfirmingDelete(false)}>
            Keep it
          </button>
        </div>
      )}
      {(picked.size > 0 || message) && (
        <div className="list-members__toolbar">
          {picked.size > 0 && (
            <>
              <span className="add-to-list__count">
                {formatCount(picked.size)} {noun(picked.size)} selected
              </span>
              <button type="button" className="button" onClick={removePicked}>
                Take off the list
              </button>
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
      ) : total === 0 ? (
        <p className="page__note">This list is empty. Add candidates to it from a finished lookalike job.</p>
      ) : (
        <>
          <div aria-busy={page.isFetching}>
            <DataTable table={table} label={`Members of ${list.name}`} testId="list-members-table" rowTestId={(row) => `list-member-${row.original.id}`} />
          </div>
          <Pager
            label="Member pages"
            offset={offset}
            pageSize={PAGE_SIZE}
            shown={members.length}
            total={total}
            loading={page.isFetching}
            onOffset={setOffset}
            rangeTestId="list-members-range"
          />
        </>
      )}
    </section>
  );
}
