/** Column definitions of the rejected-rows table. */
import { createColumnHelper } from '@tanstack/react-table';
import type { RejectedRowDto } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';

const column = createColumnHelper<RejectedRowDto>();

export const rejectColumns = [
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
  column.accessor('reason', { header: 'Reason', enableSorting: false }),
  column.accessor('raw', {
    header: 'Raw text',
    cell: (info) => (
      <code className="rejects__raw" title={info.getValue()}>
        {info.getValue()}
      </code>
    ),
    enableSorting: false,
  }),
];
