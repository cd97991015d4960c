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
import { rejectColumns } from './reject-columns';
import '../../components/ExportButton.css';

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
          {total > 0 && <DownloadRejects batchId={batch.id} rows={total} />}
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

/** Writes every rejected row of the batch to a CSV and says where it went. */
function DownloadRejects({ batchId, rows }: { batchId: number; rows: number }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'done'; file: string; rows: number } | { kind: 'error'; error: unknown } | null>(null);
  const download = async () => {
    setBusy(true);
    setResult(null);
    try {
      const written = await api['imports.rejectsCsv']({ batchId });
      if (!('cancelled' in written)) setResult({ kind: 'done', ...written });
    } catch (e) {
      setResult({ kind: 'error', error: e });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export">
      {result?.kind === 'done' && (
        <span className="export__message export__message--done" role="status" data-testid="rejects-download-status">
          Saved {formatCount(result.rows)} rejected {result.rows === 1 ? 'row' : 'rows'} to <code className="export__file">{result.file}</code>
        </span>
      )}
      {result?.kind === 'error' && <ErrorNotice inline title="Not saved" error={result.error} />}
      <button type="button" className="button" onClick={() => void download()} disabled={busy} title={`Write all ${formatCount(rows)} rejected rows to a CSV`}>
        {busy ? 'Saving…' : 'Download CSV'}
      </button>
    </span>
  );
}
