/**
 * The Imports table: one row per import batch, newest first. Activating a row
 * opens its rejected rows below the table. The history is read again when an
 * import ends (the `imports.progress` event, api/live-invalidation.ts), and
 * its row warnings (values dropped, bytes replaced) beside them. An
 * import still running when the view opens (the window was reloaded during
 * it) is shown at once with its progress and Stop.
 */
import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ImportBatchDto, ImportProgressEvent } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { importColumns } from './columns';
import { ImportPanel } from './ImportPanel';
import { currentImportQuery, importsListQuery } from './queries';
import { RejectsPanel } from './RejectsPanel';
import { WarningsPanel } from './WarningsPanel';
import './imports.css';

const NO_BATCHES: ImportBatchDto[] = [];

/** `startImporting`: open the import panel at once (the first-run screen's Import a file). */
export function ImportsSection({ startImporting = false }: { startImporting?: boolean }) {
  const api = useApi();
  const [importing, setImporting] = useState(startImporting);
  const [attached, setAttached] = useState<ImportProgressEvent | null>(null);
  const batches = useQuery(importsListQuery(api));
  const running = useQuery(currentImportQuery(api));
  // Once per visit: an import found running on arrival opens the panel on it; closing it later does not reopen it.
  const attachedOnArrival = useRef(false);
  useEffect(() => {
    if (!running.data || attachedOnArrival.current) return;
    attachedOnArrival.current = true;
    setAttached(running.data);
    setImporting(true);
  }, [running.data]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'startedAt', desc: true }]);

  const table = useReactTable({
    data: batches.data ?? NO_BATCHES,
    columns: importColumns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (batch) => String(batch.id),
  });
  const selected = batches.data?.find((batch) => batch.id === selectedId) ?? null;

  return (
    <section className="imports" aria-labelledby="imports-heading">
      <header className="section__header">
        <h2 id="imports-heading" className="section__title">
          Imports
          {batches.data && batches.data.length > 0 && <span className="section__count">{formatCount(batches.data.length)}</span>}
        </h2>
        {batches.data && batches.data.length > 0 && (
          <p className="section__hint">Select an import to see the rows it rejected or kept with a warning.</p>
        )}
        {!importing && (
          <button type="button" className="button" onClick={() => setImporting(true)}>
            Import CSV…
          </button>
        )}
      </header>
      {importing && (
        <ImportPanel
          key={attached ? `attached:${attached.file}` : 'new'}
          attach={attached ?? undefined}
          onClose={() => {
            setImporting(false);
            setAttached(null);
          }}
        />
      )}

      {batches.isPending && <div className="skeleton skeleton--table" aria-busy="true" aria-label="Loading imports" />}
      {batches.isError && <ErrorNotice title="Could not load the imports" error={batches.error} onRetry={() => void batches.refetch()} />}
      {batches.status === 'success' && batches.data.length === 0 && (
        <EmptyState title="Nothing imported yet" testId="imports-empty">
          <p>Use Import CSV… above for a CRM export (HubSpot, Salesforce, Pipedrive, Apollo or any CSV): you check how its columns are read before anything is imported.</p>
        </EmptyState>
      )}
      {batches.status === 'success' && batches.data.length > 0 && (
        <>
          <DataTable
            table={table}
            label="Import batches"
            testId="imports-table"
            rowTestId={(row) => `import-row-${row.original.id}`}
            isRowSelected={(row) => row.original.id === selectedId}
            onRowActivate={(row) => setSelectedId(row.original.id === selectedId ? null : row.original.id)}
          />
          {selected && <RejectsPanel key={selected.id} batch={selected} onClose={() => setSelectedId(null)} />}
          {selected && selected.warnings > 0 && <WarningsPanel key={`warnings-${selected.id}`} batch={selected} />}
        </>
      )}
    </section>
  );
}
