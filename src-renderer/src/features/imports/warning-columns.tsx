/** Column definitions of the row-warnings table. */
import { createColumnHelper } from '@tanstack/react-table';
import type { RowWarningDto } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';

const column = createColumnHelper<RowWarningDto>();

export const warningColumns = [
  column.accessor('rowNumber', {
    header: 'Row',
    cell: (info) => formatCount(info.getValue()),
    meta: { align: 'end' },
    enableSorting: false,
  }),
  column.accessor('column', {
    header: 'Column',
    cell: (info) => info.getValue() ?? <span className="rejects__muted">whole row</span>,
    enableSorting: false,
  }),
  column.accessor('reason', { header: 'What was changed', enableSorting: false }),
  column.accessor('replacedBytes', {
    header: 'Bytes replaced',
    cell: (info) => (info.getValue() === 0 ? <span className="imports__none">–</span> : formatCount(info.getValue())),
    meta: { align: 'end' },
    enableSorting: false,
  }),
];
