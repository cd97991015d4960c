/**
 * The Imports table: one row per import batch, newest first. Activating a row
 * opens its rejected rows below the table.
 */
import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import type { ImportBatchDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import type { WorkspaceSectionProps } from '../workspace/section-props';
import { importColumns } from './columns';
import { importCommand } from './import-command';
import { ImportPanel } from './ImportPanel';
import { RejectsPanel } from './RejectsPanel';
import './imports.css';

const NO_BATCHES: ImportBatchDto[] = [];

export function ImportsSection({ workspacePath, refreshKey, onCountsChanged }: WorkspaceSectionProps & { onCountsChanged?: () => void }) {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [importing, setImporting] = useState(false);
  const batches = useQuery(`imports.list:${refreshKey}:${version}`, () => api['imports.list']());
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
          <p className="section__hint">Select an import to see the rows it rejected.</p>
        )}
        {!importing && (
          <button type="button" className="button" onClick={() => setImporting(true)}>
            Import CSV…
          </button>
        )}
      </header>
      {importing && (
        <ImportPanel
          onClose={() => setImporting(false)}
          onImported={() => {
            setVersion((v) => v + 1);
            onCountsChanged?.();
          }}
        />
      )}

      {batches.status === 'loading' && <div className="skeleton skeleton--table" aria-busy="true" aria-label="Loading imports" />}
      {batches.status === 'error' && <ErrorNotice title="Could not load the imports" error={batches.error} onRetry={batches.reload} />}
      {batches.status === 'success' && batches.data.length === 0 && (
        <EmptyState title="Nothing imported yet" testId="imports-empty">
          <p>Use Import CSV… above for a CRM export (HubSpot, Salesforce, Pipedrive, Apollo or any CSV), or run from a terminal in the project folder:</p>
          <code>{importCommand(workspacePath)}</code>
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
        </>
      )}
    </section>
  );
}
