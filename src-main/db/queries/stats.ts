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

export function workspaceStats(db: Database.Database): WorkspaceStats {
  return prepared<[], WorkspaceStats>(db, STATS_SQL).get()!;
}
