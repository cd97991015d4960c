/**
 * The Lookalike jobs table: every job, newest first, with a live progress
 * bar for the running one (pushed `jobs.progress` events, so no polling) and
 * a Cancel button while a job is queued or running. The list reloads when a
 * job starts or ends.
 */
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { JobProgressEvent, JobSummaryDto } from '../../../../src-main/contract/dto';
import { useApi, useApiEvents } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import type { WorkspaceSectionProps } from '../workspace/section-props';
import { jobColumns } from './columns';
import { CandidatesPanel } from './CandidatesPanel';
import { NewJobForm } from './NewJobForm';
import { FINAL_STATUSES, withLiveProgress } from './job-progress';
import './jobs.css';

const NO_JOBS: JobSummaryDto[] = [];

export function JobsSection({ workspacePath, refreshKey, onCountsChanged }: WorkspaceSectionProps & { onCountsChanged?: () => void }) {
  const api = useApi();
  const events = useApiEvents();
  const [listVersion, setListVersion] = useState(0);
  const jobs = useQuery(`jobs.list:${refreshKey}:${listVersion}`, () => api['jobs.list']());
  const [live, setLive] = useState<ReadonlyMap<number, JobProgressEvent>>(new Map());
  const backtests = useRef(new Set<number>());
  const [cancelError, setCancelError] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<JobSummaryDto | null>(null);

  useEffect(
    () =>
      events.on('jobs.progress', (event) => {
        setLive((previous) => new Map(previous).set(event.jobId, event));
        // A new job or a finished one changes the list itself (row, counts, timings): read it again. So does the
        // start of a backtest: the candidates are saved by then and the job completed, so they can be opened.
        const backtestStarted = event.phase === 'backtest' && !backtests.current.has(event.jobId);
        if (backtestStarted) backtests.current.add(event.jobId);
        if (event.status === 'pending' || FINAL_STATUSES.includes(event.status) || backtestStarted) setListVersion((v) => v + 1);
      }),
    [events],
  );

  // Keep showing the last list while a fresh one loads: a job ending must not make the table blink.
  const listed = jobs.latest;
  const rows = useMemo(() => withLiveProgress(listed ?? NO_JOBS, live), [listed, live]);
  const columns = useMemo(
    () =>
      jobColumns(
        (job) => {
          setCancelError(null);
          api['jobs.cancel']({ jobId: job.id }).catch((error: unknown) => setCancelError(error instanceof Error ? error.message : String(error)));
        },
        (job) => setConfirmingDelete(job),
      ),
    [api],
  );
  const deleteJob = async (job: JobSummaryDto) => {
    setCancelError(null);
    try {
      await api['jobs.delete']({ jobId: job.id });
      setConfirmingDelete(null);
      if (selectedId === job.id) setSelectedId(null);
      setListVersion((v) => v + 1);
      onCountsChanged?.(); // segments on lookalike_score read the scores it wrote
    } catch (error) {
      setConfirmingDelete(null);
      setCancelError(error instanceof Error ? error.message : String(error));
    }
  };
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (job) => String(job.id) });
  const selected = rows.find((job) => job.id === selectedId) ?? null;

  return (
    <section className="jobs" aria-labelledby="jobs-heading">
      <header className="section__header">
        <h2 id="jobs-heading" className="section__title">
          Lookalike jobs
          {rows.length > 0 && <span className="section__count">{formatCount(rows.length)}</span>}
        </h2>
        {rows.some((job) => job.status === 'completed') && <p className="section__hint">Select a finished job to see its candidates.</p>}
        {!formOpen && (
          <button type="button" className="button button--primary" onClick={() => setFormOpen(true)}>
            Find lookalikes
          </button>
        )}
      </header>
      {formOpen && <NewJobForm onStarted={() => setFormOpen(false)} onClose={() => setFormOpen(false)} />}
      {cancelError && <p className="page__note" role="alert">{cancelError}</p>}
      {confirmingDelete && (
        <div className="confirm-bar" role="alertdialog" aria-labelledby="jobs-confirm">
          <p id="jobs-confirm">
            Delete job #{confirmingDelete.id}? Its {formatCount(confirmingDelete.candidates)} candidates and the lookalike scores it wrote go; lists made
            from them stay.
          </p>
          <button type="button" className="button button--danger" onClick={() => void deleteJob(confirmingDelete)}>
            Delete
          </button>
          <button type="button" className="button button--ghost" onClick={() => setConfirmingDelete(null)}>
            Keep it
          </button>
        </div>
      )}
      {jobs.status === 'loading' && !listed && <div className="skeleton skeleton--table" aria-busy="true" aria-label="Loading jobs" />}
      {jobs.status === 'error' && <ErrorNotice title="Could not load the jobs" error={jobs.error} onRetry={jobs.reload} />}
      {jobs.status === 'success' && rows.length === 0 && (
        <EmptyState title="No lookalike jobs yet" testId="jobs-empty">
          <p>Use Find lookalikes above, or start one from a terminal in the project folder:</p>
          <code>{`npm run lookalike -- job run --source list:ID${workspacePath ? ` --db ${workspacePath}` : ''}`}</code>
        </EmptyState>
      )}
      {rows.length > 0 && (
        <DataTable
          table={table}
          label="Lookalike jobs"
          testId="jobs-table"
          rowTestId={(row) => `job-row-${row.original.id}`}
          isRowSelected={(row) => row.original.id === selectedId}
          onRowActivate={(row) => setSelectedId(row.original.id === selectedId ? null : row.original.id)}
        />
      )}
      {selected && selected.status === 'completed' && (
        <CandidatesPanel
          key={selected.id}
          job={selected}
          backtestRunning={selected.phase === 'backtest'}
          onClose={() => setSelectedId(null)}
          onListsChanged={onCountsChanged}
        />
      )}
    </section>
  );
}
