import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/db/migrate';
import { MIGRATIONS } from '../../../src-main/db/migrations/index';
import { getBatch, listBatches } from '../../../src-main/db/queries/import-batches';
import { tempDir } from '../../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('migration 0006 (import wizard)', () => {
  it('keeps every batch and its rejected rows, and reads a batch stopped after it as stopped', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const db = new Database(join(t.dir, 'ws.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, 'ws.db', MIGRATIONS.filter((m) => m.id <= 5));
    const insert = db.prepare(
      `INSERT INTO import_batches (id, file_name, file_path, file_size, entity, encoding, delimiter, mapping, status, started_at)
       VALUES (?, 'a.csv', '/a.csv', 10, 'leads', 'utf-8', ',', '{}', ?, '2026-01-01')`,
    );
    insert.run(7, 'completed');
    insert.run(8, 'failed');
    db.prepare("INSERT INTO rejected_rows (batch_id, row_number, reason, raw) VALUES (7, 3, 'bad', 'x,y')").run();

    // To the latest migration, not just 0006: the batch queries read columns later migrations add (0008's warnings).
    migrate(db, 'ws.db', MIGRATIONS);

    expect(listBatches(db).map((b) => [b.id, b.status])).toEqual([
      [8, 'failed'],
      [7, 'completed'],
    ]);
    expect(db.prepare('SELECT batch_id, row_number FROM rejected_rows').all()).toEqual([{ batch_id: 7, row_number: 3 }]);
    db.prepare("UPDATE import_batches SET stopped_at = '2026-01-02' WHERE id = 8").run();
    expect(getBatch(db, 8)?.status).toBe('stopped');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
