/** Column definitions of the Jobs table. */
import { createColumnHelper } from '@tanstack/react-table';
import type { Entity, JobSummaryDto } from '../../../../src-main/contract/dto';
import { formatCount, formatDateTimeParts, formatDuration } from '../../lib/format';
import { JobStatusBadge } from './JobStatusBadge';
import { JobProgress } from './JobProgress';
import type { LiveJob } from './job-progress';

const column = createColumnHelper<LiveJob>();
const SOURCE_KINDS = { segment: 'Segment', list: 'List', campaign: 'Campaign' } as const;

const entityName = (entity: Entity) => (entity === 'leads' ? 'Leads' : 'Companies');

/** A count the job has not worked out yet (queued, or still running) shows as a dash, not as 0. */
function countOrDash(value: number, job: JobSummaryDto): string {
  return value === 0 && (job.status === 'pending' || job.status === 'running') ? '—' : formatCount(value);
}

export function jobColumns(onCancel: (job: JobSummaryDto) => void, onDelete: (job: JobSummaryDto) => void) {
  return [
    column.accessor('id', { header: 'Job', cell: (info) => `#${info.getValue()}`, meta: { align: 'end' } }),
    // Sorted by kind, entity and name: a narrow table shows the entity here, not in a column of its own, so this is
    // where the jobs sort by it.
    column.accessor((job) => `${SOURCE_KINDS[job.source.kind]} · ${entityName(job.entity)} · ${job.source.name}`, {
      id: 'source',
      header: 'Like',
      // Kind and name on one line, cut at its end. A narrow table puts the kind above the name, with the entity
      // beside it in place of the Entity column (jobs.css).
      cell: (info) => {
        const job = info.row.original;
        return (
          <span className="cell-title jobs__source" title={info.getValue()}>
            <span className="jobs__kind">
              {SOURCE_KINDS[job.source.kind]}
              <span className="jobs__source-entity"> · {entityName(job.entity)}</span>
            </span>{' '}
            <span className="jobs__source-name">{job.source.name}</span>
          </span>
        );
      },
    }),
    column.accessor('entity', {
      // Marked, so a narrow table can leave the column out (its text is then beside the source).
      header: () => <span className="jobs__entity">Entity</span>,
      cell: (info) => <span className="jobs__entity">{entityName(info.getValue())}</span>,
    }),
    column.accessor('status', {
      header: 'Status',
      cell: (info) => <JobStatusBadge status={info.getValue()} title={info.row.original.error ?? undefined} />,
    }),
    column.display({
      id: 'progress',
      header: 'Progress',
      cell: (info) => {
        const job = info.row.original;
        // The checks run after the candidates are saved: the job is usable, its ranking is being checked.
        if (job.phase === 'backtest' && job.status === 'completed') {
          return (
            <span className="jobs__phase" role="status">
              {job.stepLabel ?? 'Checking the ranking'}…
            </span>
          );
        }
        if (job.status === 'pending') return <span className="jobs__muted">Waiting to start</span>;
        if (job.status !== 'running') return <span className="jobs__muted">—</span>;
        return <JobProgress job={job} />;
      },
    }),
    column.accessor('positives', { header: 'Examples', cell: (info) => countOrDash(info.getValue(), info.row.original), meta: { align: 'end' } }),
    column.accessor('candidates', { header: 'Candidates', cell: (info) => countOrDash(info.getValue(), info.row.original), meta: { align: 'end' } }),
    column.accessor('createdAt', {
      header: 'Created',
      // The time in its own span: a narrow table shows it beneath the date (jobs.css).
      cell: (info) => {
        const { date, time } = formatDateTimeParts(info.getValue());
        return (
          <time dateTime={info.getValue()}>
            {date}
            <span className="jobs__time">{time}</span>
          </time>
        );
      },
    }),
    column.display({
      id: 'took',
      header: 'Took',
      cell: (info) => {
        const job = info.row.original;
        return job.startedAt ? (formatDuration(job.startedAt, job.finishedAt) ?? '…') : '';
      },
    }),
    column.display({
      id: 'actions',
      header: () => <span className="visually-hidden">Actions</span>,
      cell: (info) => {
        const job = info.row.original;
        if (job.status !== 'pending' && job.status !== 'running') {
          return (
            <button
              type="button"
              className="button button--small button--danger-ghost"
              onClick={(event) => {
                event.stopPropagation();
                onDelete(job);
              }}
              aria-label={`Delete job ${job.id}`}
            >
              Delete
            </button>
          );
        }
        return (
          <button
            type="button"
            className="button button--small"
            // The row opens the job's candidates; the button must not.
            onClick={(event) => {
              event.stopPropagation();
              onCancel(job);
            }}
            aria-label={`Cancel job ${job.id}`}
          >
            Cancel
          </button>
        );
      },
    }),
  ];
}
