/**
 * The workspace's counts (db/queries/stats.ts), kept by triggers (migration
 * 0012): they follow this connection's writes and another's commits, start
 * from the rows a workspace held before the migration, and always equal a
 * count of each table, through imports, upserts and deletes.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/db/migrate';
import { MIGRATIONS } from '../../../src-main/db/migrations/index';
import { workspaceStats } from '../../../src-main/db/queries/stats';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { importLeads } from '../../helpers/engine-workspace';
import { tempDir, tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let other: Workspace;

beforeEach(() => {
  ws = tempWorkspace();
  other = openWorkspace(ws.path);
});
afterEach(() => {
  other.close();
  ws.cleanup();
});

const addList = (w: Workspace, name: string) => w.db.prepare("INSERT INTO lists (name, entity, created_at) VALUES (?, 'leads', '2026-01-01')").run(name);

/** Every count as SELECT count(*) reads it. */
function counted(db: Database.Database) {
  const n = (table: string) => (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
  return {
    leads: n('leads'),
    companies: n('companies'),
    lists: n('lists'),
    segments: n('segments'),
    campaigns: n('campaigns'),
    importBatches: n('import_batches'),
    rejectedRows: n('rejected_rows'),
  };
}

describe('workspace counts', () => {
  it("follow this connection's writes and another connection's commits, and a copy handed out cannot change them", () => {
    const first = workspaceStats(ws.db);
    expect(first.lists).toBe(0);
    first.lists = 99;
    expect(workspaceStats(ws.db).lists).toBe(0);
    addList(ws, 'mine');
    expect(workspaceStats(ws.db).lists).toBe(1);
    addList(other, 'theirs');
    expect(workspaceStats(ws.db).lists).toBe(2);
    other.db.prepare('DELETE FROM lists').run();
    expect(workspaceStats(ws.db).lists).toBe(0);
  });

  it('equal a count of each table through an import, a re-import that updates, rejected rows and deletes', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ 'Record ID': `r${i}`, Email: `p${i}@example.org`, 'Company Name': `Co ${i % 7}` }));
    await importLeads(ws, rows);
    expect(workspaceStats(ws.db)).toEqual(counted(ws.db));
    expect(workspaceStats(ws.db).leads).toBe(30);
    // The same people again, some changed: updates, not new rows.
    await importLeads(ws, rows.map((r, i) => ({ ...r, 'Company Name': `Co ${i % 5}` })));
    expect(workspaceStats(ws.db)).toEqual(counted(ws.db));
    expect(workspaceStats(ws.db).leads).toBe(30);
    // Deleted as a merge deletes the duplicates it folds (its other tables' links moved first).
    other.db.pragma('foreign_keys = OFF');
    other.db.prepare('DELETE FROM leads WHERE id % 3 = 0').run();
    other.db.pragma('foreign_keys = ON');
    const batch = other.db
      .prepare(
        `INSERT INTO import_batches (file_name, file_path, file_size, entity, encoding, delimiter, mapping, status, started_at)
         VALUES ('bad.csv', '/bad.csv', 10, 'leads', 'utf-8', ',', '{}', 'failed', '2026-01-01')`,
      )
      .run().lastInsertRowid;
    other.db.prepare("INSERT INTO rejected_rows (batch_id, row_number, raw, reason) VALUES (?, 2, 'x', 'bad'), (?, 3, 'y', 'bad')").run(batch, batch);
    expect(workspaceStats(ws.db)).toEqual(counted(ws.db));
    expect(workspaceStats(ws.db).leads).toBe(20);
    expect(workspaceStats(ws.db).rejectedRows).toBe(2);
    // A batch deleted takes its rejected rows with it (a foreign key's cascade fires the triggers too).
    other.db.prepare('DELETE FROM import_batches WHERE id = ?').run(batch);
    expect(workspaceStats(ws.db)).toEqual(counted(ws.db));
    expect(workspaceStats(ws.db).rejectedRows).toBe(0);
  });
});

describe('migration 0012 (record counts)', () => {
  it('starts the counts from the rows the workspace already held', () => {
    const t = tempDir();
    const db = new Database(join(t.dir, 'ws.db'));
    try {
      migrate(db, 'ws.db', MIGRATIONS.filter((m) => m.id <= 11));
      seedSyntheticWorkspace(db, 500);
      migrate(db, 'ws.db', MIGRATIONS);
      expect(workspaceStats(db)).toEqual(counted(db));
      expect(workspaceStats(db).leads).toBe(500);
      db.prepare("INSERT INTO lists (name, entity, created_at) VALUES ('after', 'leads', '2026-01-01')").run();
      db.prepare('DELETE FROM leads WHERE id <= 10').run();
      expect(workspaceStats(db)).toEqual(counted(db));
      expect(workspaceStats(db).leads).toBe(490);
    } finally {
      db.close();
      t.cleanup();
    }
  });
});
