/**
 * The columns of a list's members grid: the tick box, the name (marked when
 * the member duplicates another), a lead's title, company, email and outcome,
 * the columns the user added, the lookalike score each was added with and
 * the job it came from.
 */
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { ListMemberDto } from '../../../../src-main/contract/dto';
import { paths } from '../../app/paths';
import { DuplicateBadge } from '../../components/DuplicateBadge';
import { chosenFieldColumns } from '../../components/record-field-columns';
import { recordLabel } from '../../lib/format';

const column = createColumnHelper<ListMemberDto>();

/** The members ticked, as the grid's boxes read and change them. */
export interface MemberSelection {
  isSelected: (id: number) => boolean;
  toggle: (member: ListMemberDto) => void;
  allOnPage: boolean;
  togglePage: () => void;
}

export function memberColumns(leads: boolean, selection: MemberSelection, chosen: readonly string[]): ColumnDef<ListMemberDto, unknown>[] {
  return [
    column.display({
      id: 'select',
      header: () => <input type="checkbox" checked={selection.allOnPage} aria-label="Select every member on this page" onChange={selection.togglePage} />,
      cell: (info) => (
        <input
          type="checkbox"
          checked={selection.isSelected(info.row.original.id)}
          aria-label={`Select ${recordLabel(info.row.original)}`}
          onClick={(event) => event.stopPropagation()}
          onChange={() => selection.toggle(info.row.original)}
        />
      ),
    }),
    column.accessor('name', {
      header: 'Name',
      cell: (info) => (
        <span className="cell-name">
          <span className="cell-title">{recordLabel(info.row.original)}</span>
          {info.row.original.duplicateOf && <DuplicateBadge duplicate={info.row.original.duplicateOf} />}
        </span>
      ),
    }),
    ...(leads
      ? [
          column.accessor('title', { header: 'Title', cell: (info) => info.getValue() ?? '' }),
          column.accessor('company', { header: 'Company', cell: (info) => info.getValue() ?? '' }),
          column.accessor('email', { header: 'Email', cell: (info) => info.getValue() ?? '' }),
          column.accessor('outcome', { header: 'Outcome', cell: (info) => info.getValue() ?? '' }),
        ]
      : []),
    ...chosenFieldColumns<ListMemberDto>(chosen),
    column.accessor('score', {
      header: 'Lookalike score',
      sortDescFirst: true,
      cell: (info) => {
        const score = info.getValue();
        if (score === null) return <span className="jobs__muted">not scored</span>;
        return (
          <span className="bar-cell">
            <meter min={0} max={1} value={score} aria-label={`Score ${score.toFixed(3)}`} />
            <span>{score.toFixed(3)}</span>
          </span>
        );
      },
    }) as ColumnDef<ListMemberDto, unknown>,
    // The job the score comes from: the one the member was added from, kept when later jobs run.
    column.display({
      id: 'scoreJob',
      header: 'From job',
      cell: (info) => (info.row.original.scoreJobId === null ? '' : <Link to={paths.job(info.row.original.scoreJobId)}>job #{info.row.original.scoreJobId}</Link>),
    }) as ColumnDef<ListMemberDto, unknown>,
  ] as ColumnDef<ListMemberDto, unknown>[];
}
