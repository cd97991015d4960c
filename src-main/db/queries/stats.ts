import type Database from 'better-sqlite3';
import type { WorkspaceStats } from '../../contract/dto';
import { prepared } from '../statements';

const STATS_SQL = `SELECT
  (SELECT count(*) FROM leads) AS leads,
  (SELECT count(*) FROM companies) AS companies,
  (SELECT count(*) FROM lists) AS lists,
  (SELECT count(*) FROM segments) AS segments,
  (SELECT count(*) FROM campaigns) AS campaigns,
  (SELECT count(*) FROM import_batches) AS importBatches,
  (SELECT count(*) FROM rejected_rows) AS rejectedRows`;

/**
 * What changed the file since a connection last looked: `data_version` moves
 * when another connection commits, `total_changes()` when this one writes.
 */
const CHANGES_SQL = 'SELECT (SELECT data_version FROM pragma_data_version) AS other, total_changes() AS own';

/** The counts last read per connection, with the changes they were read at. */
const lastRead = new WeakMap<Database.Database, { at: string; stats: WorkspaceStats }>();

/**
 * The workspace's counts. Counting 300k leads walks an index, and the window
 * and the web host ask after every change and while jobs run: the counts are
 * read again only when the file has changed since.
 */
export function workspaceStats(db: Database.Database): WorkspaceStats {
  const changes = prepared<[], { other: number; own: number }>(db, CHANGES_SQL).get()!;
  const at = `${changes.other}:${changes.own}`;
  const last = lastRead.get(db);
  if (last?.at === at) return { ...last.stats };
  const stats = prepared<[], WorkspaceStats>(db, STATS_SQL).get()!;
  lastRead.set(db, { at, stats });
  return { ...stats };
}
