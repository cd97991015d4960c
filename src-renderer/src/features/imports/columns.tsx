/** Column definitions of the Imports table. */
import { createColumnHelper } from '@tanstack/react-table';
import type { ImportBatchDto } from '../../../../src-main/contract/dto';
import { formatCount, formatDateTime, formatDelimiter, formatDuration, formatPreset } from '../../lib/format';
import { StatusBadge } from './StatusBadge';

const column = createColumnHelper<ImportBatchDto>();
const count = (value: number) => formatCount(value);

export const importColumns = [
  // The file with what it was read as beneath it (entity, CRM preset, encoding): four columns in one, so the
  // history's counts fit beside it at 1024 px (issue 11) rather than scrolling sideways.
  column.accessor('fileName', {
    header: 'File',
    cell: (info) => {
      const { filePath, entity, preset, encoding, delimiter } = info.row.original;
      return (
        <span className="imports__file">
          <span className="cell-title" title={filePath}>
            {info.getValue()}
          </span>
          <span className="imports__file-detail" title={`${formatPreset(preset)}; encoding ${encoding}, delimiter: ${formatDelimiter(delimiter)}`}>
            {entity === 'leads' ? 'Leads' : 'Companies'} · {formatPreset(preset)} · {encoding}
          </span>
        </span>
      );
    },
  }),
  column.accessor('status', {
    header: 'Status',
    cell: (info) => <StatusBadge status={info.getValue()} title={info.row.original.error ?? undefined} />,
  }),
  column.accessor('imported', { header: 'Imported', cell: (info) => count(info.getValue()), meta: { align: 'end' } }),
  column.accessor('updated', { header: 'Updated', cell: (info) => count(info.getValue()), meta: { align: 'end' } }),
  column.accessor('unchanged', { header: 'Unchanged', cell: (info) => count(info.getValue()), meta: { align: 'end' } }),
  column.accessor('rejected', {
    header: 'Rejected',
    meta: { align: 'end' },
    cell: (info) => {
      const rejected = info.getValue();
      if (rejected === 0) return <span className="imports__none">0</span>;
      return (
        <span className="imports__rejected" data-testid={`rejected-count-${info.row.original.id}`}>
          {count(rejected)}
        </span>
      );
    },
  }),
  column.accessor('warnings', {
    header: 'Warnings',
    meta: { align: 'end' },
    cell: (info) => {
      const { warnings, replacedBytes, id } = info.row.original;
      if (warnings === 0) return <span className="imports__none">0</span>;
      const bytes = replacedBytes > 0 ? `, ${formatCount(replacedBytes)} unreadable ${replacedBytes === 1 ? 'byte' : 'bytes'} stored as �` : '';
      return (
        <span className="imports__warnings" data-testid={`warnings-count-${id}`} title={`${formatCount(warnings)} values kept with a warning${bytes}`}>
          {count(warnings)}
        </span>
      );
    },
  }),
  column.accessor('startedAt', {
    header: 'Started',
    cell: (info) => {
      const { startedAt, finishedAt } = info.row.original;
      const duration = formatDuration(startedAt, finishedAt);
      return (
        <time dateTime={startedAt} title={duration ? `Took ${duration}` : 'Not finished'}>
          {formatDateTime(startedAt)}
        </time>
      );
    },
  }),
];
