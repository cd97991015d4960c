/**
 * The Campaigns table: each campaign the imports named, with its members per
 * outcome. A campaign's won and replied leads are a lookalike job's examples
 * (Find lookalikes in Jobs). Read again when an import ends.
 */
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { OUTCOMES, type CampaignSummary, type Outcome } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatDateTime } from '../../lib/format';
import { campaignsListQuery } from './queries';
import './campaigns.css';

const NO_CAMPAIGNS: CampaignSummary[] = [];
const OUTCOME_LABELS: Record<Outcome, string> = { open: 'Open', sent: 'Sent', opened: 'Opened', replied: 'Replied', won: 'Won', lost: 'Lost' };
const column = createColumnHelper<CampaignSummary>();
const columns = [
  column.accessor('name', { header: 'Campaign', cell: (info) => <span className="cell-title">{info.getValue()}</span> }),
  column.accessor('members', { header: 'Members', cell: (info) => formatCount(info.getValue()), meta: { align: 'end' } }),
  ...OUTCOMES.map((outcome) =>
    column.accessor((c) => c.outcomes[outcome], { id: outcome, header: OUTCOME_LABELS[outcome], cell: (info) => formatCount(info.getValue()), meta: { align: 'end' } }),
  ),
  column.accessor('createdAt', { header: 'Imported', cell: (info) => formatDateTime(info.getValue()) }),
];

export function CampaignsSection() {
  const api = useApi();
  const campaigns = useQuery(campaignsListQuery(api));
  const rows = campaigns.data ?? NO_CAMPAIGNS;
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (c) => String(c.id) });

  return (
    <section className="campaigns" aria-labelledby="campaigns-heading">
      <header className="section__header">
        <h2 id="campaigns-heading" className="section__title">
          Campaigns
          {rows.length > 0 && <span className="section__count">{formatCount(rows.length)}</span>}
        </h2>
        {rows.length > 0 && <p className="section__hint">A campaign’s won and replied leads are examples for Find lookalikes (in Jobs).</p>}
      </header>
      {campaigns.isPending && <div className="skeleton skeleton--table" aria-busy="true" aria-label="Loading campaigns" />}
      {campaigns.isError && <ErrorNotice title="Could not load the campaigns" error={campaigns.error} onRetry={() => void campaigns.refetch()} />}
      {campaigns.isSuccess && rows.length === 0 && (
        <EmptyState title="No campaigns yet" testId="campaigns-empty">
          <p>Campaigns come from imports: a file whose rows name a campaign and an outcome (replied, won, lost…) adds them here.</p>
        </EmptyState>
      )}
      {rows.length > 0 && <DataTable table={table} label="Campaigns" testId="campaigns-table" rowTestId={(row) => `campaign-row-${row.original.id}`} />}
    </section>
  );
}
