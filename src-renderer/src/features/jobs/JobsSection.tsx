/**
 * The Lookalike jobs table: every job, newest first, with a live progress
 * bar for the running one (pushed `jobs.progress` events, so no polling) and
 * a Cancel button while a job is queued or running. The list is read again
 * when a job starts or ends (api/live-invalidation.ts). The selected job
 * (`#/jobs/:jobId`) opens its results below the table.
 */
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { JOB_SORT_COLUMNS, type JobProgressEvent, type JobSortColumn, type JobSummaryDto, type SortDto } from '../../../../src-main/contract/dto';
import { AppError } from '../../../../src-main/contract/errors';
import { useApi, useApiEvents } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TABLE_SORT_PARAMS, useAddressSort } from '../../components/use-grid-address';
import { formatCount } from '../../lib/format';
import { NEW_JOB_PARAM } from '../../app/paths';
import { withServerSorting } from '../../lib/server-sort';
import { jobColumns } from './columns';
import { CandidatesPanel } from './CandidatesPanel';
import { NewJobForm } from './NewJobForm';
import { JobProgress } from './JobProgress';
import { applyProgressEvent, withLiveProgress, type LiveJob } from './job-progress';
import { notificationPermission, notifyRequested, requestJobNotification } from './job-end-notice';
import { useCancelJob, useDeleteJob } from './mutations';
import { jobsListQuery } from './queries';
import './jobs.css';
import { ConfirmBar } from '../../components/ConfirmBar';

const NO_JOBS: JobSummaryDto[] = [];
/** The core's own order: newest first. */
const NEWEST_FIRST: SortDto<JobSortColumn> = { column: 'id', direction: 'desc' };

interface Props {
  /** The job whose results are open (from the address), or null. */
  selectedId: number | null;
  /** Opens a job's results, or closes them with null. */
  onSelect: (jobId: number | null) => void;
}

export function JobsSection({ selectedId, onSelect }: Props) {
  const api = useApi();
  const events = useApiEvents();
  const { sort, tableOptions: sortOptions } = useAddressSort(JOB_SORT_COLUMNS, NEWEST_FIRST, TABLE_SORT_PARAMS.jobs);
  // A new order keeps the old rows on screen until the sorted ones arrive: the table must not blink to a skeleton.
  const jobs = useQuery({ ...jobsListQuery(api, sort), placeholderData: keepPreviousData });
  const { mutate: cancelJob } = useCancelJob();
  const deleteJobMutation = useDeleteJob();
  const [live, setLive] = useState<ReadonlyMap<number, JobProgressEvent>>(new Map());
  const [actionError, setActionError] = useState<unknown>(null);
  // Find lookalikes, open with the source it was asked for. A link elsewhere (the end of an import) asks through the
  // address (`#/jobs?new=outcome:won`); the request is taken off the address once read, so a later visit to Jobs
  // (the navigation, Back) neither reopens the form nor closes a half-filled one.
  const [params, setParams] = useSearchParams();
  const requested = params.get(NEW_JOB_PARAM);
  const [form, setForm] = useState<{ source: string; opened: number } | null>(null);
  useEffect(() => {
    if (requested === null) return;
    setForm({ source: requested, opened: Date.now() });
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.delete(NEW_JOB_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [requested, setParams]);
  const formOpen = form !== null;
  const setFormOpen = (open: boolean) => setForm(open ? { source: '', opened: Date.now() } : null);
  const [confirmingDelete, setConfirmingDelete] = useState<JobSummaryDto | null>(null);

  // The progress bars follow the pushed events; the list itself is read again by api/live-invalidation.ts.
  useEffect(() => events.on('jobs.progress', (event) => setLive((previous) => applyProgressEvent(previous, event))), [events]);

  // The last list stays on screen while a fresh one loads: a job ending must not make the table blink.
  const listed = jobs.data;
  const rows = useMemo(() => withLiveProgress(listed ?? NO_JOBS, live), [listed, live]);
  const columns = useMemo(
    () =>
      withServerSorting(
        jobColumns(
          (job) => {
            setActionError(null);
            cancelJob(job.id, { onError: setActionError });
          },
          (job) => setConfirmingDelete(job),
        ),
        JOB_SORT_COLUMNS,
        NEWEST_FIRST,
      ),
    [cancelJob],
  );
  const deleteJob = async (job: JobSummaryDto) => {
    setActionError(null);
    try {
      if (selectedId === job.id) onSelect(null);
      await deleteJobMutation.mutateAsync(job.id);
      setConfirmingDelete(null);
    } catch (error) {
      setConfirmingDelete(null);
      setActionError(error);
    }
  };
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (job) => String(job.id), ...sortOptions });
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
      {form && <NewJobForm key={form.opened} initialSource={form.source} onStarted={() => setFormOpen(false)} onClose={() => setFormOpen(false)} />}
      {actionError !== null && <ErrorNotice title="The job could not be changed" error={actionError} />}
      {confirmingDelete && (
        <ConfirmBar confirm="Delete" keep="Keep it" onConfirm={() => void deleteJob(confirmingDelete)} onKeep={() => setConfirmingDelete(null)}>
          Delete job #{confirmingDelete.id}? Its {formatCount(confirmingDelete.candidates)} candidates and the lookalike scores it wrote go; lists made from
          them stay.
        </ConfirmBar>
      )}
      {jobs.isPending && <div className="skeleton skeleton--table" aria-busy="true" aria-label="Loading jobs" />}
      {jobs.isError && <ErrorNotice title="Could not load the jobs" error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.status === 'success' && rows.length === 0 && (
        <EmptyState title="No lookalike jobs yet" testId="jobs-empty">
          <p>Use Find lookalikes above: choose what already works — every won lead, a campaign, a list or a segment — for the candidates to look like.</p>
        </EmptyState>
      )}
      {rows.length > 0 && (
        <div className="jobs__grid" aria-busy={jobs.isFetching} data-testid="jobs-grid">
          <DataTable
            table={table}
            label="Lookalike jobs"
            testId="jobs-table"
            rowTestId={(row) => `job-row-${row.original.id}`}
            isRowSelected={(row) => row.original.id === selectedId}
            onRowActivate={(row) => onSelect(row.original.id === selectedId ? null : row.original.id)}
          />
        </div>
      )}
      {selected && selected.status === 'completed' && (
        <CandidatesPanel key={selected.id} job={selected} backtestRunning={selected.phase === 'backtest'} onClose={() => onSelect(null)} />
      )}
      {selectedId !== null && jobs.isSuccess && <SelectedJobNote jobId={selectedId} job={selected} />}
    </section>
  );
}

/** Why the results of the job named in the address are not shown: it has not finished, did not complete, or is not in this workspace. */
function SelectedJobNote({ jobId, job }: { jobId: number; job: LiveJob | null }) {
  if (job?.status === 'completed') return null;
  if (!job) return <ErrorNotice title={`No job #${jobId}`} error={new AppError('not_found', 'This workspace has no such job; it may have been deleted.')} />;
  const waiting = job.status === 'pending' || job.status === 'running';
  const text = waiting
    ? `Job #${jobId} is ${job.status === 'pending' ? 'queued' : 'running'}: its candidates show here when it completes.`
    : `Job #${jobId} ${job.status === 'failed' ? 'failed' : `was ${job.status}`}: it has no candidates to show.`;
  return (
    <div className="page__note" data-testid="selected-job-note">
      <p role="status">
        {text}
        {waiting && <NotifyLink jobId={jobId} />}
      </p>
      {job.status === 'running' && <JobProgress job={job} wide />}
    </div>
  );
}

/** "Notify me when it finishes": asks for the browser's permission only when clicked. */
function NotifyLink({ jobId }: { jobId: number }) {
  const [state, setState] = useState(() => (notifyRequested(jobId) ? 'granted' : notificationPermission()));
  if (state === 'unsupported') return null;
  if (state === 'granted' && notifyRequested(jobId)) return <span className="jobs__notify jobs__muted">You will be notified when it finishes.</span>;
  if (state === 'denied') return <span className="jobs__notify jobs__muted">Notifications are blocked for this page; the tab title will say when it finishes.</span>;
  return (
    <button type="button" className="button button--small button--ghost jobs__notify" onClick={() => void requestJobNotification(jobId).then(setState)}>
      Notify me when it finishes
    </button>
  );
}
