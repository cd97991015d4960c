import type Database from 'better-sqlite3';
import type { Entity, WorkspaceStats } from '../../contract/dto';
import { prepared } from '../statements';

/** The counts, kept by triggers on each table (migration 0012): a read of seven rows, however big the tables. */
const STATS_SQL = 'SELECT name, n FROM record_counts';

const COUNTED: Record<string, keyof WorkspaceStats> = {
  leads: 'leads',
  companies: 'companies',
  lists: 'lists',
  segments: 'segments',
  campaigns: 'campaigns',
  import_batches: 'importBatches',
  rejected_rows: 'rejectedRows',
};

/** The workspace's counts, as committed (another connection's commits included). */
export function workspaceStats(db: Database.Database): WorkspaceStats {
  const stats: WorkspaceStats = { leads: 0, companies: 0, lists: 0, segments: 0, campaigns: 0, importBatches: 0, rejectedRows: 0 };
  for (const { name, n } of prepared<[], { name: string; n: number }>(db, STATS_SQL).all()) {
    const key = COUNTED[name];
    if (key) stats[key] = n;
  }
  return stats;
}

/** How many leads or companies the workspace holds (the kept count: no walk of the table). */
export function recordCount(db: Database.Database, entity: Entity): number {
  return prepared<[string], number>(db, 'SELECT n FROM record_counts WHERE name = ?').pluck().get(entity === 'leads' ? 'leads' : 'companies') as number;
}
