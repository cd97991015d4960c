import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/db/migrate';
import { MIGRATIONS } from '../../../src-main/db/migrations/index';
import { listBatches } from '../../../src-main/db/queries/import-batches';
import { insertRowWarning, rowWarnings } from '../../../src-main/db/queries/row-warnings';
import { tempDir } from '../../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('migration 0008 (row warnings)', () => {
  it('reads batches imported before it as having no warnings, and deletes a batch’s warnings with it', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const db = new Database(join(t.dir, 'ws.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, 'ws.db', MIGRATIONS.filter((m) => m.id <= 7));
    db.prepare(
      `INSERT INTO import_batches (id, file_name, file_path, file_size, entity, encoding, delimiter, mapping, status, started_at)
       VALUES (4, 'old.csv', '/old.csv', 10, 'leads', 'utf-8', ',', '{}', 'completed', '2026-01-01')`,
    ).run();

    migrate(db, 'ws.db', MIGRATIONS);

    expect(listBatches(db)).toEqual([expect.objectContaining({ id: 4, warnings: 0, replacedBytes: 0 })]);
    insertRowWarning(db, 4, { rowNumber: 2, column: 'Notes', reason: '1 byte not valid UTF-8, replaced with �', replacedBytes: 1 });
    expect(rowWarnings(db, 4, 0, 10)).toEqual([{ rowNumber: 2, column: 'Notes', reason: '1 byte not valid UTF-8, replaced with �', replacedBytes: 1 }]);
    expect(() => insertRowWarning(db, 4, { rowNumber: 3, column: null, reason: 'x', replacedBytes: -1 })).toThrow(/CHECK/);
    db.prepare('DELETE FROM import_batches WHERE id = 4').run();
    expect(db.prepare('SELECT count(*) AS n FROM row_warnings').get()).toEqual({ n: 0 });
    db.close();
  });
});
