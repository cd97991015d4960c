/**
 * Row warnings stored with their import batch (migration 0008): what an
 * import changed in a row it kept. Read like rejected rows: paged for the
 * window, streamed for a download.
 */
import type Database from 'better-sqlite3';
import type { RowWarningDto } from '../../contract/dto';
import { prepared } from '../statements';

export function insertRowWarning(db: Database.Database, batchId: number, w: RowWarningDto): void {
  prepared(db, 'INSERT INTO row_warnings (batch_id, row_number, column_name, reason, replaced_bytes) VALUES (?, ?, ?, ?, ?)').run(
    batchId,
    w.rowNumber,
    w.column,
    w.reason,
    w.replacedBytes,
  );
}

interface WarningRow {
  row_number: number;
  column_name: string | null;
  reason: string;
  replaced_bytes: number;
}

const toDto = (r: WarningRow): RowWarningDto => ({ rowNumber: r.row_number, column: r.column_name, reason: r.reason, replacedBytes: r.replaced_bytes });

export function rowWarnings(db: Database.Database, batchId: number, offset: number, limit: number): RowWarningDto[] {
  return prepared<[number, number, number], WarningRow>(
    db,
    'SELECT row_number, column_name, reason, replaced_bytes FROM row_warnings WHERE batch_id = ? ORDER BY row_number, id LIMIT ? OFFSET ?',
  )
    .all(batchId, limit, offset)
    .map(toDto);
}

/** Every warning of a batch, streamed (a file can warn on many rows). */
export function* iterateRowWarnings(db: Database.Database, batchId: number): Generator<RowWarningDto> {
  const rows = prepared<[number], WarningRow>(
    db,
    'SELECT row_number, column_name, reason, replaced_bytes FROM row_warnings WHERE batch_id = ? ORDER BY row_number, id',
  ).iterate(batchId);
  for (const r of rows) yield toDto(r);
}

export function countRowWarnings(db: Database.Database, batchId: number): number {
  return prepared<[number], { n: number }>(db, 'SELECT count(*) AS n FROM row_warnings WHERE batch_id = ?').get(batchId)!.n;
}
