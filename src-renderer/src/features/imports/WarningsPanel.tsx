/**
 * The warnings an import stored with the rows it kept (a value it dropped,
 * bytes it could not read and stored as �), as a BatchRowsPanel. Shown
 * beside the batch's rejected rows: between them they are everything the
 * import did not store as written.
 */
import type { ImportBatchDto } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';
import { warningColumns } from './batch-row-columns';
import { BatchRowsPanel, batchRowsKind } from './BatchRowsPanel';
import { warningsQuery } from './queries';

const ROW_WARNINGS = batchRowsKind({
  key: 'warnings',
  title: 'Row warnings',
  rowTestId: 'warning-row',
  noun: ['warning', 'warnings'],
  columns: warningColumns,
  page: warningsQuery,
  count: (batch) => batch.warnings,
  summary,
  download: (api, batchId) => api['imports.warningsCsv']({ batchId }),
});

export function WarningsPanel({ batch }: { batch: ImportBatchDto }) {
  return <BatchRowsPanel batch={batch} kind={ROW_WARNINGS} />;
}

function summary(batch: ImportBatchDto, total: number): string {
  const kept = `${formatCount(total)} ${total === 1 ? 'value was' : 'values were'} imported with a warning`;
  const bytes =
    batch.replacedBytes > 0
      ? `; ${formatCount(batch.replacedBytes)} ${batch.replacedBytes === 1 ? 'byte' : 'bytes'} the file’s encoding cannot read ${batch.replacedBytes === 1 ? 'was' : 'were'} stored as �`
      : '';
  return `${kept}${bytes}. The rows were kept; fix the values in the source file and import it again to replace them.`;
}
