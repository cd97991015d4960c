/**
 * Column definitions of the tables of an import batch's rows (BatchRowsPanel):
 * its rejected rows and its row warnings. Both start with where in the file
 * the row is (its row number and column); then what each says of it.
 */
import { createColumnHelper, type TableOptions } from '@tanstack/react-table';
import type { RejectedRowDto, RowWarningDto } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';

/** What every row of a batch's detail has: where in the file it is. */
export interface BatchRow {
  rowNumber: number;
  /** The column it is about; null for the whole row. */
  column: string | null;
}

/** The row number and the column: the first two columns of every batch-row table. */
function placeColumns<R extends BatchRow>(): TableOptions<R>['columns'] {
  const column = createColumnHelper<R>();
  return [
    column.accessor((row) => row.rowNumber, {
      id: 'rowNumber',
      header: 'Row',
      cell: (info) => formatCount(info.getValue()),
      meta: { align: 'end' },
      enableSorting: false,
    }),
    column.accessor((row) => row.column, {
      id: 'column',
      header: 'Column',
      cell: (info) => info.getValue() ?? <span className="rejects__muted">whole row</span>,
      enableSorting: false,
    }),
  ];
}

const rejected = createColumnHelper<RejectedRowDto>();

export const rejectColumns = [
  ...placeColumns<RejectedRowDto>(),
  rejected.accessor('reason', { header: 'Reason', enableSorting: false }),
  rejected.accessor('raw', {
    header: 'Raw text',
    cell: (info) => (
      <code className="rejects__raw" title={info.getValue()}>
        {info.getValue()}
      </code>
    ),
    enableSorting: false,
  }),
];

const warning = createColumnHelper<RowWarningDto>();

export const warningColumns = [
  ...placeColumns<RowWarningDto>(),
  warning.accessor('reason', { header: 'What was changed', enableSorting: false }),
  warning.accessor('replacedBytes', {
    header: 'Bytes replaced',
    cell: (info) => (info.getValue() === 0 ? <span className="imports__none">–</span> : formatCount(info.getValue())),
    meta: { align: 'end' },
    enableSorting: false,
  }),
];
