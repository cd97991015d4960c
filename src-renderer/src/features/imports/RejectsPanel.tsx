/**
 * The rejected rows of one import batch, paged from the workspace, and a
 * download of them all as a CSV (written where exports go, through the one
 * formula-safe writer). Mounted with `key={batch.id}` so switching batches
 * starts again at the first page; `embedded` under an import that just
 * ended, where it neither closes nor takes the focus.
 */
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ImportBatchDto, RejectedRowDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { formatCount } from '../../lib/format';
import { rejectsQuery } from './queries';
import { DownloadBatchCsv } from './DownloadBatchCsv';
import { rejectColumns } from './reject-columns';

const PAGE_SIZE = 25;
const NO_ROWS: RejectedRowDto[] = [];

interface Props {
  batch: ImportBatchDto;
  onClose?: () => void;
  embedded?: boolean;
}

export function RejectsPanel({ batch, onClose, embedded = false }: Props) {
  const api = useApi();
  const [offset, setOffset] = useState(0);
  const page = useQuery(rejectsQuery(api, batch.id, offset, PAGE_SIZE));
  const table = useReactTable({
    data: page.data?.rows ?? NO_ROWS,
    columns: rejectColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row, index) => `${row.rowNumber}:${row.column ?? ''}:${index}`,
  });

  // Move focus (and the view) to the panel when it opens, so keyboard users land on it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!embedded) headingRef.current?.focus();
  }, [embedded]);

  const total = page.data?.total ?? batch.rejected;
  const headingId = `rejects-heading-${batch.id}`;

  return (
    <section className="rejects panel" aria-labelledby={headingId} data-testid="rejects-panel">
      <header className="panel__header">
        <div>
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
            Rejected rows <span className="panel__title-file">{batch.fileName}</span>
          </h3>
          <p className="panel__subtitle">
            {total === 0
              ? 'Every row of this file was accepted.'
              : `${formatCount(total)} of ${formatCount(batch.rowsTotal)} rows were not imported. Fix them in the source file and import it again.`}
          </p>
        </div>
        <div className="rejects__actions">
          {total > 0 && (
            <DownloadBatchCsv
              write={() => api['imports.rejectsCsv']({ batchId: batch.id })}
              rows={total}
              noun={['rejected row', 'rejected rows']}
              testId="rejects-download-status"
            />
          )}
          {onClose && (
            <button type="button" className="button button--ghost" onClick={onClose} aria-label="Close rejected rows">
              Close
            </button>
          )}
        </div>
      </header>

      {page.isError ? (
        <ErrorNotice title="Could not load the rejected rows" error={page.error} onRetry={() => void page.refetch()} />
      ) : total === 0 ? null : (
        <>
          <div aria-busy={page.isFetching}>
            <DataTable
              table={table}
              label={`Rejected rows of ${batch.fileName}`}
              testId="rejects-table"
              rowTestId={() => 'reject-row'}
            />
          </div>
          <Pager
            label="Rejected rows pages"
            offset={offset}
            pageSize={PAGE_SIZE}
            shown={page.data?.rows.length ?? 0}
            total={total}
            loading={page.isFetching}
            onOffset={setOffset}
            rangeTestId="rejects-range"
          />
        </>
      )}
    </section>
  );
}
