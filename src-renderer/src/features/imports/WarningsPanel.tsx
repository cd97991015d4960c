/**
 * The warnings an import stored with the rows it kept (a value it dropped,
 * bytes it could not read and stored as �), paged from the workspace, and a
 * download of them all as a CSV. Shown beside the batch's rejected rows:
 * between them they are everything the import did not store as written.
 */
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportBatchDto, RowWarningDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { formatCount } from '../../lib/format';
import { DownloadBatchCsv } from './DownloadBatchCsv';
import { warningsQuery } from './queries';
import { warningColumns } from './warning-columns';

const PAGE_SIZE = 25;
const NO_ROWS: RowWarningDto[] = [];

export function WarningsPanel({ batch }: { batch: ImportBatchDto }) {
  const api = useApi();
  const [offset, setOffset] = useState(0);
  const page = useQuery(warningsQuery(api, batch.id, offset, PAGE_SIZE));
  const table = useReactTable({
    data: page.data?.rows ?? NO_ROWS,
    columns: warningColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row, index) => `${row.rowNumber}:${row.column ?? ''}:${offset + index}`,
  });
  const total = page.data?.total ?? batch.warnings;
  const headingId = `warnings-heading-${batch.id}`;

  return (
    <section className="rejects panel" aria-labelledby={headingId} data-testid="warnings-panel">
      <header className="panel__header">
        <div>
          <h3 id={headingId} className="panel__title">
            Row warnings <span className="panel__title-file">{batch.fileName}</span>
          </h3>
          <p className="panel__subtitle">{summary(batch, total)}</p>
        </div>
        <div className="rejects__actions">
          {total > 0 && (
            <DownloadBatchCsv
              write={() => api['imports.warningsCsv']({ batchId: batch.id })}
              rows={total}
              noun={['warning', 'warnings']}
              testId="warnings-download-status"
            />
          )}
        </div>
      </header>
      {page.isError ? (
        <ErrorNotice title="Could not load the row warnings" error={page.error} onRetry={() => void page.refetch()} />
      ) : total === 0 ? null : (
        <>
          <div aria-busy={page.isFetching}>
            <DataTable table={table} label={`Row warnings of ${batch.fileName}`} testId="warnings-table" rowTestId={() => 'warning-row'} />
          </div>
          <Pager
            label="Row warnings pages"
            offset={offset}
            pageSize={PAGE_SIZE}
            shown={page.data?.rows.length ?? 0}
            total={total}
            loading={page.isFetching}
            onOffset={setOffset}
            rangeTestId="warnings-range"
          />
        </>
      )}
    </section>
  );
}

function summary(batch: ImportBatchDto, total: number): string {
  const kept = `${formatCount(total)} ${total === 1 ? 'value was' : 'values were'} imported with a warning`;
  const bytes =
    batch.replacedBytes > 0
      ? `; ${formatCount(batch.replacedBytes)} ${batch.replacedBytes === 1 ? 'byte' : 'bytes'} the file’s encoding cannot read ${batch.replacedBytes === 1 ? 'was' : 'were'} stored as �`
      : '';
  return `${kept}${bytes}. The rows were kept; fix the values in the source file and import it again to replace them.`;
}
