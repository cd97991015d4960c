import type Database from 'better-sqlite3';
import type { Entity, ImportBatchDto, ImportStatus, RejectedRowDto } from '../../contract/dto';
import { prepared } from '../statements';

export interface NewBatch {
  fileName: string;
  filePath: string;
  fileSize: number;
  entity: Entity;
  preset: string | null;
  encoding: string;
  delimiter: string;
  mapping: unknown;
  status: ImportStatus;
  startedAt: string;
}

export interface BatchCounts {
  rowsTotal: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/**
 * A stopped batch is stored as `failed` with the time it was stopped
 * (migration 0006 says why): the status column's CHECK knows no `stopped`.
 */
const storedStatus = (status: ImportStatus): Exclude<ImportStatus, 'stopped'> => (status === 'stopped' ? 'failed' : status);

export function insertBatch(db: Database.Database, b: NewBatch): number {
  const info = prepared(
    db,
    `INSERT INTO import_batches (file_name, file_path, file_size, entity, preset, encoding, delimiter, mapping, status, started_at, stopped_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    b.fileName,
    b.filePath,
    b.fileSize,
    b.entity,
    b.preset,
    b.encoding,
    b.delimiter,
    JSON.stringify(b.mapping),
    storedStatus(b.status),
    b.startedAt,
    b.status === 'stopped' ? new Date().toISOString() : null,
  );
  return Number(info.lastInsertRowid);
}

export function finishBatch(db: Database.Database, id: number, status: ImportStatus, counts: BatchCounts, error: string | null): void {
  const now = new Date().toISOString();
  prepared(
    db,
    `UPDATE import_batches SET status = ?, rows_total = ?, imported = ?, updated = ?, unchanged = ?, rejected = ?,
       error = ?, finished_at = ?, stopped_at = ? WHERE id = ?`,
  ).run(
    storedStatus(status),
    counts.rowsTotal,
    counts.imported,
    counts.updated,
    counts.unchanged,
    counts.rejected,
    error,
    now,
    status === 'stopped' ? now : null,
    id,
  );
}

/** The totals of the warnings stored with a batch (row-warnings.ts holds the rows), set as it finishes. */
export function setBatchWarnings(db: Database.Database, id: number, warnings: number, replacedBytes: number): void {
  prepared(db, 'UPDATE import_batches SET warnings = ?, replaced_bytes = ? WHERE id = ?').run(warnings, replacedBytes, id);
}

export function insertRejectedRow(db: Database.Database, batchId: number, r: RejectedRowDto): void {
  prepared(db, 'INSERT INTO rejected_rows (batch_id, row_number, column_name, reason, raw) VALUES (?, ?, ?, ?, ?)').run(
    batchId,
    r.rowNumber,
    r.column,
    r.reason,
    r.raw,
  );
}

interface BatchRow {
  id: number;
  file_name: string;
  file_path: string;
  entity: Entity;
  preset: string | null;
  encoding: string;
  delimiter: string;
  status: Exclude<ImportStatus, 'stopped'>;
  stopped_at: string | null;
  rows_total: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  replaced_bytes: number;
  started_at: string;
  finished_at: string | null;
  error: string | null;
}

const BATCH_COLUMNS = `id, file_name, file_path, entity, preset, encoding, delimiter, status, stopped_at, rows_total, imported, updated,
  unchanged, rejected, warnings, replaced_bytes, started_at, finished_at, error`;

function toDto(r: BatchRow): ImportBatchDto {
  return {
    id: r.id,
    fileName: r.file_name,
    filePath: r.file_path,
    entity: r.entity,
    preset: r.preset,
    encoding: r.encoding,
    delimiter: r.delimiter,
    status: r.status === 'failed' && r.stopped_at !== null ? 'stopped' : r.status,
    rowsTotal: r.rows_total,
    imported: r.imported,
    updated: r.updated,
    unchanged: r.unchanged,
    rejected: r.rejected,
    warnings: r.warnings,
    replacedBytes: r.replaced_bytes,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    error: r.error,
  };
}

export function listBatches(db: Database.Database, limit = 200): ImportBatchDto[] {
  return prepared<[number], BatchRow>(db, `SELECT ${BATCH_COLUMNS} FROM import_batches ORDER BY id DESC LIMIT ?`)
    .all(limit)
    .map(toDto);
}

export function getBatch(db: Database.Database, id: number): ImportBatchDto | null {
  const r = prepared<[number], BatchRow>(db, `SELECT ${BATCH_COLUMNS} FROM import_batches WHERE id = ?`).get(id);
  return r ? toDto(r) : null;
}

interface RejectRow {
  row_number: number;
  column_name: string | null;
  reason: string;
  raw: string;
}

export function rejectedRows(db: Database.Database, batchId: number, offset: number, limit: number): RejectedRowDto[] {
  return prepared<[number, number, number], RejectRow>(
    db,
    'SELECT row_number, column_name, reason, raw FROM rejected_rows WHERE batch_id = ? ORDER BY row_number, id LIMIT ? OFFSET ?',
  )
    .all(batchId, limit, offset)
    .map((r) => ({ rowNumber: r.row_number, column: r.column_name, reason: r.reason, raw: r.raw }));
}

/** Every rejected row of a batch, streamed (a file can reject many rows). */
export function iterateRejectedRows(db: Database.Database, batchId: number): IterableIterator<RejectRow> {
  return prepared<[number], RejectRow>(
    db,
    'SELECT row_number, column_name, reason, raw FROM rejected_rows WHERE batch_id = ? ORDER BY row_number, id',
  ).iterate(batchId);
}

export function countRejectedRows(db: Database.Database, batchId: number): number {
  return prepared<[number], { n: number }>(db, 'SELECT count(*) AS n FROM rejected_rows WHERE batch_id = ?').get(batchId)!.n;
}
