import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import { openWorkspace } from '../../../src-main/db/workspace';
import { MIGRATIONS } from '../../../src-main/db/migrations/index';
import { tempDir } from '../../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function freshPath(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return join(t.dir, 'ws.db');
}

function schemaText(db: Database.Database): string {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.trim()};\n`).join('\n');
}

function expectRefused(fn: () => unknown, pattern: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('workspace_refused');
    expect((e as AppError).message).toMatch(pattern);
    return;
  }
  throw new Error('expected the workspace to be refused');
}

describe('workspace migrations', () => {
  it('migrates an empty database to the committed schema snapshot', async () => {
    const ws = openWorkspace(freshPath());
    try {
      await expect(schemaText(ws.db)).toMatchFileSnapshot('./schema.snapshot.sql');
      expect(ws.schemaVersion).toBe(MIGRATIONS.length);
    } finally {
      ws.close();
    }
  });

  it('opens with WAL, foreign keys and a busy timeout', () => {
    const ws = openWorkspace(freshPath());
    try {
      expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(ws.db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    } finally {
      ws.close();
    }
  });

  it('records each migration once in the ledger with its checksum and reopens without changes', () => {
    const path = freshPath();
    openWorkspace(path).close();
    const ws = openWorkspace(path);
    try {
      const ledger = ws.db.prepare('SELECT id, name, sha256 FROM schema_migrations').all() as { sha256: string }[];
      expect(ledger).toHaveLength(MIGRATIONS.length);
      expect(ledger[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      ws.close();
    }
  });

  it('refuses a database migrated by a newer version and leaves it untouched', () => {
    const path = freshPath();
    openWorkspace(path).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_migrations (id, name, sha256, applied_at) VALUES (999, 'from_the_future', 'x', 'now')").run();
    const before = schemaText(raw);
    raw.close();
    expectRefused(() => openWorkspace(path), /newer version/);
    const after = new Database(path);
    expect(schemaText(after)).toBe(before);
    after.close();
  });

  it('refuses a database whose applied migration was edited', () => {
    const path = freshPath();
    openWorkspace(path).close();
    const raw = new Database(path);
    raw.prepare("UPDATE schema_migrations SET sha256 = 'deadbeef' WHERE id = 1").run();
    raw.close();
    expectRefused(() => openWorkspace(path), /checksum mismatch/);
  });

  it('refuses a SQLite database that is not a workspace', () => {
    const path = freshPath();
    const raw = new Database(path);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    raw.close();
    expectRefused(() => openWorkspace(path), /not a Lookalike Studio workspace/);
  });

  it('refuses a file that is not a database at all', async () => {
    const path = freshPath();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'this is a text file, not sqlite '.repeat(100));
    expectRefused(() => openWorkspace(path), /Cannot open workspace/);
  });
});
