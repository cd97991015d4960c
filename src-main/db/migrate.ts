/**
 * Forward-only migrations with a ledger (id, name, sha256). Each migration
 * runs in its own transaction together with its ledger row.
 *
 * Refusals (never a silent change):
 *  - the ledger holds an id this build does not know → made by a newer version;
 *  - an applied migration's checksum differs → its text was edited after release;
 *  - the file has tables but no ledger and is not ours → not a workspace.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../contract/errors';
import { MIGRATIONS, type Migration } from './migrations/index';

/** Marks a SQLite file as a Lookalike Studio workspace ('LKAL'). */
export const APPLICATION_ID = 0x4c4b414c;

export function migrationChecksum(m: Pick<Migration, 'sql'>): string {
  return createHash('sha256').update(m.sql).digest('hex');
}

interface LedgerRow {
  id: number;
  name: string;
  sha256: string;
}

export function migrate(db: Database.Database, file: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
  const hasLedger = !!db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();

  if (appId !== APPLICATION_ID && (tableCount > 0 || appId !== 0)) {
    throw new AppError('workspace_refused', `${file} is not a Lookalike Studio workspace (it is some other SQLite database); nothing was changed.`, { file });
  }
  if (!hasLedger) {
    db.exec(`CREATE TABLE schema_migrations (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }

  const applied = db.prepare('SELECT id, name, sha256 FROM schema_migrations ORDER BY id').all() as LedgerRow[];
  const known = new Map(migrations.map((m) => [m.id, m]));
  for (const row of applied) {
    const m = known.get(row.id);
    if (!m) {
      throw new AppError(
        'workspace_refused',
        `${file} was created by a newer version of Lookalike Studio (schema migration ${row.id} "${row.name}" is unknown to this version). Update the app to open it; nothing was changed.`,
        { file, migration: row.id },
      );
    }
    if (migrationChecksum(m) !== row.sha256) {
      throw new AppError(
        'workspace_refused',
        `${file} has an applied schema migration ${row.id} "${row.name}" whose text differs from this version's (checksum mismatch). The database was migrated by a modified build; nothing was changed.`,
        { file, migration: row.id },
      );
    }
  }

  const appliedIds = new Set(applied.map((r) => r.id));
  const record = db.prepare('INSERT INTO schema_migrations (id, name, sha256, applied_at) VALUES (?, ?, ?, ?)');
  for (const m of migrations) {
    if (appliedIds.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.id, m.name, migrationChecksum(m), new Date().toISOString());
    })();
  }
  return migrations.length === 0 ? 0 : Math.max(...migrations.map((m) => m.id));
}
