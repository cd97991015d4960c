/** Column definitions of the Imports table. */
import { createColumnHelper } from '@tanstack/react-table';
import type { ImportBatchDto } from '../../../../src-main/contract/dto';
import { formatCount, formatDateTime, formatDelimiter, formatDuration, formatPreset } from '../../lib/format';
import { StatusBadge } from './StatusBadge';

const column = createColumnHelper<ImportBatchDto>();
const count = (value: number) => formatCount(value);

export const importColumns = [
  column.accessor('fileName', {
    header: 'File',
    cell: (info) => (
      <span className="cell-title" title={info.row.original.filePath}>
        {info.getValue()}
      </span>
    ),
  }),
  column.accessor((batch) => formatPreset(batch.preset), {
    id: 'preset',
    header: 'Preset',
    cell: (info) => (
      <span className="imports__preset" title={info.getValue()}>
        {info.getValue()}
      </span>
    ),
  }),
  column.accessor('entity', {
    header: 'Entity',
    cell: (info) => (info.getValue() === 'leads' ? 'Leads' : 'Companies'),
  }),
  column.accessor('encoding', {
    header: 'Encoding',
    cell: (info) => (
      <span title={`Delimiter: ${formatDelimiter(info.row.original.delimiter)}`}>{info.getValue()}</span>
    ),
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
