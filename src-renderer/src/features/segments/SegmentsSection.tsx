/**
 * The Segments table: saved filters with their conditions and how many
 * records match today (a segment grows with every import). New segment
 * opens the builder with a live count; Edit opens it on a saved segment
 * (jobs already run keep their examples); a segment can be deleted after a
 * confirmation (its records stay). Segments are sources for Find lookalikes.
 */
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { SegmentSummary } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatDateTime } from '../../lib/format';
import { useDeleteSegment } from './mutations';
import { segmentsQuery } from './queries';
import { SegmentForm } from './SegmentForm';
import './segments.css';
import { ConfirmBar } from '../../components/ConfirmBar';

const NO_SEGMENTS: SegmentSummary[] = [];
const column = createColumnHelper<SegmentSummary>();

/** The segments are read again when one is saved or deleted, and when an import or a job changed the records they match. */
export function SegmentsSection() {
  const api = useApi();
  const segments = useQuery(segmentsQuery(api));
  const deleteSegment = useDeleteSegment();
  /** The form: closed, a new segment, or a saved one being edited. */
  const [form, setForm] = useState<{ kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; segment: SegmentSummary }>({ kind: 'closed' });
  const formOpen = form.kind !== 'closed';
  const [confirming, setConfirming] = useState<SegmentSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const shown = segments.data;

  const columns = useMemo(
    () => [
      column.accessor('name', { header: 'Segment', cell: (info) => <span className="cell-title">{info.getValue()}</span> }),
      column.accessor('entity', { header: 'Of', cell: (info) => (info.getValue() === 'leads' ? 'Leads' : 'Companies') }),
      column.accessor('conditions', {
        header: 'Conditions',
        cell: (info) => <code className="segments__conditions">{info.getValue().join(' AND ')}</code>,
      }),
      column.accessor('members', { header: 'Matching now', cell: (info) => formatCount(info.getValue()), meta: { align: 'end' } }),
      column.accessor('createdAt', { header: 'Created', cell: (info) => formatDateTime(info.getValue()) }),
      column.display({
        id: 'actions',
        header: () => <span className="visually-hidden">Actions</span>,
        cell: (info) => (
          <span className="segments__actions">
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={`Edit segment ${info.row.original.name}`}
              onClick={() => setForm({ kind: 'edit', segment: info.row.original })}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button--danger-ghost button--small"
              aria-label={`Delete segment ${info.row.original.name}`}
              onClick={() => setConfirming(info.row.original)}
            >
              Delete
            </button>
          </span>
        ),
      }),
    ],
    [],
  );
  const table = useReactTable({ data: shown ?? NO_SEGMENTS, columns, getCoreRowModel: getCoreRowModel(), getRowId: (s) => String(s.id) });

  const remove = async (segment: SegmentSummary) => {
    setError(null);
    try {
      await deleteSegment.mutateAsync(segment.id);
      setConfirming(null);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="segments" aria-labelledby="segments-heading">
      <header className="section__header">
        <h2 id="segments-heading" className="section__title">
          Segments
          {shown && shown.length > 0 && <span className="section__count">{formatCount(shown.length)}</span>}
        </h2>
        {shown && shown.length > 0 && <p className="section__hint">Saved filters: Find lookalikes can start from one.</p>}
        {!formOpen && (
          <button type="button" className="button" onClick={() => setForm({ kind: 'new' })}>
            New segment
          </button>
        )}
      </header>
      {form.kind !== 'closed' && (
        <SegmentForm
          // A new key per segment: editing another one starts from its own conditions.
          key={form.kind === 'edit' ? form.segment.id : 'new'}
          {...(form.kind === 'edit' ? { segment: form.segment } : {})}
          onClose={() => setForm({ kind: 'closed' })}
          onSaved={() => setForm({ kind: 'closed' })}
        />
      )}
      {confirming && (
        <ConfirmBar confirm="Delete" keep="Keep it" onConfirm={() => void remove(confirming)} onKeep={() => setConfirming(null)}>
          Delete the segment “{confirming.name}”? Its {formatCount(confirming.members)} matching records stay in the workspace; jobs that started from it
          keep its name.
        </ConfirmBar>
      )}
      {error !== null && <ErrorNotice title="Could not delete the segment" error={error} />}
      {segments.isPending && <div className="skeleton skeleton--table" aria-busy="true" aria-label="Loading segments" />}
      {segments.isError && <ErrorNotice title="Could not load the segments" error={segments.error} onRetry={() => void segments.refetch()} />}
      {shown && shown.length === 0 && !formOpen && (
        <EmptyState title="No segments yet" testId="segments-empty">
          <p>A segment saves a filter, such as the won deals in software, to find more like them. Use New segment above.</p>
        </EmptyState>
      )}
      {shown && shown.length > 0 && <DataTable table={table} label="Segments" testId="segments-table" rowTestId={(row) => `segment-row-${row.original.id}`} />}
    </section>
  );
}
