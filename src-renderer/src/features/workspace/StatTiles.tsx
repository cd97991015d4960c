/** The workspace counts as a row of tiles; `data-value` carries the raw number for tests. */
import type { WorkspaceStats } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';
import './workspace.css';

type TileKey = keyof Pick<WorkspaceStats, 'leads' | 'companies' | 'lists' | 'segments' | 'campaigns'>;

const TILES: ReadonlyArray<{ key: TileKey; label: string; hint: string }> = [
  { key: 'leads', label: 'Leads', hint: 'People imported from your CRM exports' },
  { key: 'companies', label: 'Companies', hint: 'Accounts and organisations' },
  { key: 'lists', label: 'Lists', hint: 'Saved lead lists' },
  { key: 'segments', label: 'Segments', hint: 'Saved filters over leads' },
  { key: 'campaigns', label: 'Campaigns', hint: 'Campaigns with recorded outcomes' },
];

export function StatTiles({ stats }: { stats: WorkspaceStats | null }) {
  return (
    <dl className="stat-tiles" aria-label="Workspace contents" aria-busy={stats === null}>
      {TILES.map(({ key, label, hint }) => (
        <div key={key} className="stat-tile" data-testid={`stat-${key}`} data-value={stats ? stats[key] : undefined} title={hint}>
          <dt className="stat-tile__label">{label}</dt>
          <dd className="stat-tile__value">{stats ? formatCount(stats[key]) : '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
