/**
 * The rejected rows of one import batch (BatchRowsPanel). `embedded` under
 * an import that just ended, where it neither closes nor takes the focus.
 */
import type { ImportBatchDto } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';
import { rejectColumns } from './batch-row-columns';
import { BatchRowsPanel, batchRowsKind } from './BatchRowsPanel';
import { rejectsQuery } from './queries';

const REJECTED_ROWS = batchRowsKind({
  key: 'rejects',
  title: 'Rejected rows',
  rowTestId: 'reject-row',
  noun: ['rejected row', 'rejected rows'],
  columns: rejectColumns,
  page: rejectsQuery,
  count: (batch) => batch.rejected,
  summary: (batch, total) =>
    total === 0
      ? 'Every row of this file was accepted.'
      : `${formatCount(total)} of ${formatCount(batch.rowsTotal)} rows were not imported. Fix them in the source file and import it again.`,
  download: (api, batchId) => api['imports.rejectsCsv']({ batchId }),
});

interface Props {
  batch: ImportBatchDto;
  onClose?: () => void;
  embedded?: boolean;
}

export function RejectsPanel({ batch, onClose, embedded = false }: Props) {
  return <BatchRowsPanel batch={batch} kind={REJECTED_ROWS} onClose={onClose} takeFocus={!embedded} />;
}
