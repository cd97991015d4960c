/**
 * The rows of one import batch that the import did not store as written —
 * its rejected rows, or its row warnings (RejectsPanel, WarningsPanel say
 * which) — paged from the workspace, with a download of them all as a CSV
 * (written where exports go, through the one formula-safe writer). Mounted
 * with a key per batch, so switching batches starts again at the first page.
 */
import { getCoreRowModel, useReactTable, type TableOptions } from '@tanstack/react-table';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../../../src-main/contract/api';
import type { ExportCancelledDto, ImportBatchDto, RejectsCsvDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import type { BatchRow } from './batch-row-columns';
import { DownloadBatchCsv } from './DownloadBatchCsv';

const PAGE_SIZE = 25;

/** A page of a batch's rows as the API answers it. */
interface BatchRowsPage {
  total: number;
  rows: BatchRow[];
}

/** What a kind of batch row is: how it is read, shown, counted, downloaded and named. */
export interface BatchRowsKind<P extends BatchRowsPage, K extends QueryKey> {
  /** Starts the panel's test ids and heading id: `rejects` → `rejects-panel`, `rejects-table`, `rejects-range`. */
  key: string;
  /** The heading, and (lower case) the table's, pager's and messages' names: "Rejected rows". */
  title: string;
  /** Each table row's test id. */
  rowTestId: string;
  /** What a row is, singular and plural, in the download's messages. */
  noun: [string, string];
  columns: TableOptions<P['rows'][number]>['columns'];
  /** The query of a page of them. */
  page: (api: Api, batchId: number, offset: number, limit: number) => UseQueryOptions<P, Error, P, K>;
  /** How many the batch holds, until the first page says. */
  count: (batch: ImportBatchDto) => number;
  /** The line under the heading. */
  summary: (batch: ImportBatchDto, total: number) => string;
  /** Writes them all to a CSV. */
  download: (api: Api, batchId: number) => Promise<RejectsCsvDto | ExportCancelledDto>;
}

/** Declares a kind of batch row, its page and query-key types read from its query. */
export const batchRowsKind = <P extends BatchRowsPage, K extends QueryKey>(kind: BatchRowsKind<P, K>) => kind;

interface Props<P extends BatchRowsPage, K extends QueryKey> {
  batch: ImportBatchDto;
  kind: BatchRowsKind<P, K>;
  /** Shows a Close button. */
  onClose?: () => void;
  /** Moves the focus (and the view) to the heading when it opens, so keyboard users land on it. */
  takeFocus?: boolean;
}

export function BatchRowsPanel<P extends BatchRowsPage, K extends QueryKey>({ batch, kind, onClose, takeFocus = false }: Props<P, K>) {
  const api = useApi();
  const [offset, setOffset] = useState(0);
  const page = useQuery(kind.page(api, batch.id, offset, PAGE_SIZE));
  const table = useReactTable<P['rows'][number]>({
    data: page.data?.rows ?? NO_ROWS,
    columns: kind.columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row, index) => `${row.rowNumber}:${row.column ?? ''}:${offset + index}`,
  });

  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);

  const total = page.data?.total ?? kind.count(batch);
  const headingId = `${kind.key}-heading-${batch.id}`;
  const name = kind.title.toLowerCase();

  return (
    <section className="rejects panel" aria-labelledby={headingId} data-testid={`${kind.key}-panel`}>
      <header className="panel__header">
        <div>
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
            {kind.title} <span className="panel__title-file">{batch.fileName}</span>
          </h3>
          <p className="panel__subtitle">{kind.summary(batch, total)}</p>
        </div>
        <div className="rejects__actions">
          {total > 0 && (
            <DownloadBatchCsv write={() => kind.download(api, batch.id)} rows={total} noun={kind.noun} testId={`${kind.key}-download-status`} />
          )}
          {onClose && (
            <button type="button" className="button button--ghost" onClick={onClose} aria-label={`Close ${name}`}>
              Close
            </button>
          )}
        </div>
      </header>

      {page.isError ? (
        <ErrorNotice title={`Could not load the ${name}`} error={page.error} onRetry={() => void page.refetch()} />
      ) : total === 0 ? null : (
        <>
          <div aria-busy={page.isFetching}>
            <DataTable table={table} label={`${kind.title} of ${batch.fileName}`} testId={`${kind.key}-table`} rowTestId={() => kind.rowTestId} />
          </div>
          <Pager
            label={`${kind.title} pages`}
            offset={offset}
            pageSize={PAGE_SIZE}
            shown={page.data?.rows.length ?? 0}
            total={total}
            loading={page.isFetching}
            onOffset={setOffset}
            rangeTestId={`${kind.key}-range`}
          />
        </>
      )}
    </section>
  );
}

/** One empty array for every render before the first page (a new one each render would rebuild the table's rows). */
const NO_ROWS: never[] = [];
