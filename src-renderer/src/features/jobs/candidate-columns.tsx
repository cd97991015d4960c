/** Column definitions of a job's candidates table: who, how similar, and why. */
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { Entity, JobCandidateDto } from '../../../../src-main/contract/dto';
import { DuplicateBadge } from '../../components/DuplicateBadge';
import { formatCount, recordLabel } from '../../lib/format';
import { MarkCell } from '../review/MarkControls';

const column = createColumnHelper<JobCandidateDto>();
const PART_NAMES: Record<string, string> = { company: 'company', lead: 'contact' };

/** Row selection by checkbox, for adding candidates to a list. */
export interface CandidateSelection {
  isSelected: (id: number) => boolean;
  toggle: (id: number) => void;
  allOnPage: boolean;
  togglePage: () => void;
}

/**
 * `jobId`: the job shown, whose review marks (good fit / not a fit) get a column; `chosen`: the columns the
 * user added (components/record-field-columns.tsx), shown after the fixed ones, before "Why similar".
 */
export function candidateColumns(
  entity: Entity,
  selection: CandidateSelection,
  onCompare: (id: number) => void,
  jobId?: number,
  chosen: ColumnDef<JobCandidateDto, unknown>[] = [],
) {
  return [
    column.display({
      id: 'select',
      header: () => <input type="checkbox" checked={selection.allOnPage} onChange={selection.togglePage} aria-label="Select every candidate on this page" />,
      cell: (info) => (
        <input
          type="checkbox"
          checked={selection.isSelected(info.row.original.id)}
          onChange={() => selection.toggle(info.row.original.id)}
          onClick={(event) => event.stopPropagation()}
          aria-label={`Select candidate ${info.row.original.rank}`}
        />
      ),
    }),
    column.accessor('rank', { header: 'Rank', cell: (info) => formatCount(info.getValue()), meta: { align: 'end' } }),
    column.accessor('score', {
      header: 'Score',
      sortDescFirst: true,
      cell: (info) => (
        <span className="bar-cell">
          <meter min={0} max={1} value={info.getValue()} aria-label={`Score ${info.getValue().toFixed(3)}`} />
          <span>{info.getValue().toFixed(3)}</span>
        </span>
      ),
    }),
    column.accessor('name', {
      header: 'Name',
      cell: (info) => (
        <span className="cell-name">
          <span className="cell-title" title={info.row.original.recordId ? `CRM id ${info.row.original.recordId}` : undefined}>
            {recordLabel(info.row.original)}
          </span>
          {info.row.original.duplicateOf && <DuplicateBadge duplicate={info.row.original.duplicateOf} />}
        </span>
      ),
    }),
    ...(jobId === undefined ? [] : [column.display({ id: 'mark', header: 'Mark', cell: (info) => <MarkCell jobId={jobId} id={info.row.original.id} /> })]),
    ...(entity === 'leads'
      ? [
          column.accessor('title', { header: 'Title', cell: (info) => info.getValue() ?? '' }),
          column.accessor('company', { header: 'Company', cell: (info) => info.getValue() ?? '' }),
        ]
      : [
          column.accessor('domain', { header: 'Domain', cell: (info) => info.getValue() ?? '' }),
          column.accessor('industry', { header: 'Industry', cell: (info) => info.getValue() ?? '' }),
        ]),
    ...chosen,
    column.display({
      id: 'why',
      header: 'Why similar',
      cell: (info) => {
        const c = info.row.original;
        return (
          <span className="candidates__why">
            {c.topReasons.map((r, i) => (
              <ReasonChip key={`${r.block}:${r.label}:${i}`} label={r.label} contribution={r.contribution} logOdds={c.details.length > 0} />
            ))}
            {c.missing.map((part) => (
              <span key={part} className="reason-chip reason-chip--missing" title={`This record has no ${PART_NAMES[part] ?? part} data, so that part adds nothing`}>
                no {PART_NAMES[part] ?? part} data
              </span>
            ))}
          </span>
        );
      },
    }),
    column.display({
      id: 'compare',
      header: () => <span className="visually-hidden">Compare</span>,
      cell: (info) => (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={(event) => {
            event.stopPropagation();
            onCompare(info.row.original.id);
          }}
          aria-label={`Compare candidate ${info.row.original.rank} with the examples`}
        >
          Compare
        </button>
      ),
    }),
  ];
}

/** A signed number with a real minus sign: +1.20, −0.40. */
export function signed(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value < 0 ? '\u2212' : '+'}${text}`;
}

/**
 * One reason of a score. Field-level reasons (`logOdds`) are log-odds for or against an average record: a
 * negative one counts against the candidate and is shown so, in words too. The plain centroid's are parts
 * of the cosine score, never negative in practice.
 */
function ReasonChip({ label, contribution, logOdds }: { label: string; contribution: number; logOdds: boolean }) {
  const against = contribution < 0;
  const value = logOdds ? signed(contribution) : contribution.toFixed(2);
  const title = logOdds
    ? `${label} ${against ? 'counts against' : 'counts for'} this candidate: ${value} in log-odds against an average record`
    : `${label} adds ${contribution.toFixed(3)} to the score`;
  return (
    <span
      className={`reason-chip${against ? ' reason-chip--against' : ''}`}
      title={title}
      role="img"
      aria-label={against ? `${label}, counts against: ${value}` : `${label}: ${value}`}
      data-against={against || undefined}
    >
      {against && <span aria-hidden="true">against: </span>}
      {label} <span className="reason-chip__value">{value}</span>
    </span>
  );
}
