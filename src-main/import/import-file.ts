/**
 * Imports one CSV file into a workspace as one batch.
 *
 * Invariants:
 *  - the batch is atomic: everything the file adds or changes commits
 *    together, or nothing does (a failure or cancel rolls back and leaves a
 *    `failed` batch row carrying the message, so the history shows it);
 *  - rejected rows never stop the import: they are stored with their row
 *    number, column and raw text, and the good rows import; a row the mapper
 *    fails on is rejected the same way, so one bad value never costs the file;
 *  - what changed in a kept row is a warning with its row number: a value
 *    that does not parse, bytes the encoding cannot read (each one counted);
 *    every warning is stored with the batch (row-warnings.ts), so the
 *    history shows them after the run;
 *  - memory stays flat: the file is read chunk by chunk;
 *  - the mapping is the preview's: both check header guesses against the
 *    same first rows (mapping-sample.ts), which this pass reads once and
 *    then imports.
 *
 * Hazard: the transaction spans awaits (the file is read asynchronously), so
 * nothing else may write on this connection while an import runs; the app
 * gives imports their own connection, the CLI runs one command at a time.
 */
import { basename } from 'node:path';
import type { Entity, ImportProgress, KeyCounts, Outcome } from '../contract/dto';
import { AppError } from '../contract/errors';
import { openCsv, CsvFileError, type CsvChunk, type Delimiter, type CsvSource } from '../csv/index';
import { buildMapping, compileMapping, MappingError, type ImportMapping, type MappedRecord } from '../crm/index';
import type { Workspace } from '../db/workspace';
import { finishBatch, insertBatch, insertRejectedRow, setBatchWarnings, type BatchCounts, type NewBatch } from '../db/queries/import-batches';
import { insertRowWarning } from '../db/queries/row-warnings';
import { setDataVersion } from '../db/queries/embedding-cache';
import { IMPORT_PAGE_CACHE_KIB, limitPageCache } from '../db/page-cache';
import { beginLongTransaction } from '../db/long-transaction';
import { noteWriter } from '../db/workspace-writers';
import { sampleChunks, type SampledChunks } from './mapping-sample';
import { headerLayout, type HeaderLayout } from './header-layout';
import { mappingConflicts, withoutFieldChoices } from './mapping-conflicts';
import { ContentIdentity } from './row-identity';
import { RecordWriter } from './record-writer';

export interface ImportOptions {
  entity?: Entity | 'auto';
  /** Header → canonical field, or '-' to ignore the column. */
  overrides?: Record<string, string>;
  /** Header of the column that identifies a record. */
  keyHeader?: string;
  /** Status value (case-insensitive) → outcome. */
  outcomeOverrides?: Record<string, Outcome>;
  /** Status values (case-insensitive) whose rows get no outcome from their status. */
  ignoredStatuses?: readonly string[];
  /**
   * Refuse the file, before a row is written, when a column the user mapped onto a field took it from
   * the column the importer would have given it (mapping-conflicts.ts): the window's imports are
   * started only once the user has settled each such clash.
   */
  refuseConflicts?: boolean;
  encoding?: string;
  delimiter?: Delimiter;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportRowWarning {
  rowNumber: number;
  column: string | null;
  reason: string;
}

/** Warnings kept with their rows in the result; `warnings` counts them all, and the batch stores them all. */
export const MAX_ROW_WARNINGS = 1000;

export interface ImportResult extends BatchCounts {
  batchId: number;
  file: string;
  entity: Entity;
  preset: string | null;
  encoding: string;
  delimiter: string;
  identity: ImportMapping['identity'];
  /** Values that did not parse, and cells with bytes the encoding cannot read. */
  warnings: number;
  /** The first MAX_ROW_WARNINGS warnings, in file order per chunk. */
  rowWarnings: ImportRowWarning[];
  /** Bytes of the file that could not be read and were replaced with U+FFFD. */
  replacedBytes: number;
  /** `updated` by the key that found each record (record id, email, …), so no change goes unreported. */
  updatedBy: KeyCounts;
  /** The file's CRM preset and header digest: what a mapping template is remembered by. */
  layout: HeaderLayout;
  durationMs: number;
}

/** Converts the reader's and mapper's errors into app errors that name the file. */
export function toImportError(e: unknown, file: string): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof CsvFileError) return new AppError('file_error', `${file}: ${e.message}`, { file, reason: e.code });
  if (e instanceof MappingError) return new AppError('invalid_input', `${file}: ${e.message}`, { file });
  return new AppError('import_failed', `${file}: ${(e as Error)?.message ?? String(e)}`, { file });
}

export interface ImportSource {
  source: CsvSource;
  mapping: ImportMapping;
  /** The file's chunks, the sampled ones first; close() when they are not read to the end. */
  rows: Pick<SampledChunks, 'chunks' | 'close'>;
}

/**
 * Rows per chunk the import asks the reader for (its default is 1000). The
 * import spends 20–40 µs on each row, so a chunk's rows wait long enough for
 * the young generation to be collected under them: they were promoted and
 * collected as old objects, and the old generation grew to ~130 MB before a
 * full collection on a 1M-row re-import (peak RSS 242 MB; 210 MB with 250).
 */
const IMPORT_CHUNK_ROWS = 250;

/** Opens the file, samples its first rows and builds the mapping from the header and those rows. */
export async function openImportSource(path: string, options: ImportOptions): Promise<ImportSource> {
  const file = basename(path);
  let sampled: SampledChunks | null = null;
  try {
    const source = await openCsv(path, { encoding: options.encoding, delimiter: options.delimiter, signal: options.signal, chunkRows: IMPORT_CHUNK_ROWS });
    sampled = await sampleChunks(source.chunks());
    const mapping = buildImportMapping(source.header.names, sampled.sample, options);
    if (options.refuseConflicts) refuseConflicts(mapping, buildImportMapping(source.header.names, sampled.sample, { ...options, overrides: withoutFieldChoices(options.overrides) }));
    // Only the chunks go on: the sample's rows are freed once replayed, not held for the whole import.
    return { source, mapping, rows: { chunks: sampled.chunks, close: sampled.close } };
  } catch (e) {
    await sampled?.close();
    throw options.signal?.aborted ? cancelledError(file) : toImportError(e, file);
  }
}

/** The one place the preview and the import turn their options and sample into a mapping. */
export function buildImportMapping(headers: readonly string[], sample: readonly (readonly string[])[], options: ImportOptions): ImportMapping {
  return buildMapping(headers, { overrides: options.overrides, entity: options.entity ?? 'auto', keyHeader: options.keyHeader, sample });
}

function refuseConflicts(mapping: ImportMapping, automatic: ImportMapping): void {
  const conflicts = mappingConflicts(mapping, automatic);
  if (conflicts.length === 0) return;
  const clashes = conflicts.map((c) => `"${c.chosen}" and "${c.displaced}" both claim ${c.field}`).join('; ');
  throw new MappingError(`${clashes}. Choose what the other column becomes before importing.`, { conflicts });
}

/** Stopped from outside: the reader may notice first, with its own wording; say it plainly. */
function cancelledError(file: string): AppError {
  return new AppError('cancelled', `Import of ${file} was cancelled; nothing was written.`);
}

/**
 * The campaign a file's rows join when it carries outcomes (won, replied or
 * status columns) but no campaign column: one named after the file, so its
 * outcomes can be a job's source. Null when rows name their own campaign.
 */
export function implicitCampaignFor(mapping: ImportMapping, file: string): string | null {
  const mapped = (field: string) => mapping.columns.some((c) => !c.ignored && c.field === field);
  const hasOutcomes = mapped('won') || mapped('replied') || mapped('status');
  return mapping.entity === 'leads' && !mapped('campaign') && hasOutcomes ? file : null;
}

export async function importFile(ws: Workspace, path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const file = basename(path);
  const { source, mapping, rows } = await openImportSource(path, options);
  try {
    return await importRows(ws, file, source, mapping, rows.chunks, options, started);
  } finally {
    await rows.close();
  }
}

async function importRows(
  ws: Workspace,
  file: string,
  source: CsvSource,
  mapping: ImportMapping,
  chunks: AsyncIterable<CsvChunk>,
  options: ImportOptions,
  started: number,
): Promise<ImportResult> {
  const toRecord = compileMapping(mapping, { outcomeOverrides: options.outcomeOverrides, ignoredStatuses: options.ignoredStatuses });
  const db = ws.db;
  const counts: BatchCounts = { rowsTotal: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0 };
  const batchInfo: Omit<NewBatch, 'status'> = {
    fileName: file,
    filePath: source.file,
    fileSize: source.bytesTotal,
    entity: mapping.entity,
    preset: mapping.preset?.name ?? null,
    encoding: source.format.encoding,
    delimiter: source.format.delimiter,
    mapping: {
      identity: mapping.identity,
      companyIdColumn: mapping.companyIdColumn,
      columns: mapping.columns,
      outcomeOverrides: options.outcomeOverrides ?? {},
      ignoredStatuses: options.ignoredStatuses ?? [],
    },
    startedAt: new Date().toISOString(),
  };
  const implicitCampaign = implicitCampaignFor(mapping, file);

  let batchId = 0;
  let currentRow = 0;
  let warnings = 0;
  let replacedBytes = 0;
  let updatedBy: KeyCounts = {};
  const rowWarnings: ImportRowWarning[] = [];
  const warn = (rowNumber: number, column: string | null, reason: string, replaced = 0): void => {
    warnings++;
    replacedBytes += replaced;
    insertRowWarning(db, batchId, { rowNumber, column, reason, replacedBytes: replaced });
    if (rowWarnings.length < MAX_ROW_WARNINGS) rowWarnings.push({ rowNumber, column, reason });
  };
  const transaction = beginLongTransaction(db);
  // Memory stays flat however long the file: a bounded page cache, no per-row state in JS (defect 10).
  const restorePageCache = limitPageCache(db, IMPORT_PAGE_CACHE_KIB);
  // The batch row is invisible to others until the commit: a note tells a command waiting for the workspace why.
  const unnote = noteWriter(ws.path, `import of ${file}`);
  try {
    batchId = insertBatch(db, { ...batchInfo, status: 'running' });
    const writer = new RecordWriter({ db, batchId, entity: mapping.entity, implicitCampaign, keyColumnOnly: mapping.identity.kind === 'column' });
    updatedBy = writer.updatedBy;
    /** The row's record, or null when the mapper fails on it: that row is rejected, never the file (issue 9). */
    const mapRow = (fields: string[], rowNumber: number): MappedRecord | null => {
      try {
        return toRecord(fields);
      } catch (e) {
        const reason = `the row could not be read (${(e as Error)?.message ?? String(e)})`;
        insertRejectedRow(db, batchId, { rowNumber, column: null, reason, raw: fields.join(source.format.delimiter) });
        return null;
      }
    };
    // Rows without a key of their own (no id, no email, ...) are keyed by content.
    const contentIdentity = new ContentIdentity(db);

    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw cancelledError(file);
      for (const r of chunk.rejected) {
        insertRejectedRow(db, batchId, { rowNumber: r.rowNumber, column: r.column, reason: r.reason, raw: r.raw });
      }
      counts.rejected += chunk.rejected.length;
      for (const w of chunk.warnings) warn(w.rowNumber, w.column, w.reason, w.replacedBytes);
      for (const row of chunk.rows) {
        currentRow = row.rowNumber;
        const rec = mapRow(row.fields, row.rowNumber);
        if (rec === null) {
          counts.rejected++;
          continue;
        }
        if (rec.warnings) for (const w of rec.warnings) warn(row.rowNumber, w.column, w.reason);
        const identity = rec.identity ?? contentIdentity.next(row.fields);
        const change = writer.write(rec, identity);
        if (change === 'inserted') counts.imported++;
        else if (change === 'updated') counts.updated++;
        else counts.unchanged++;
      }
      counts.rowsTotal += chunk.rows.length + chunk.rejected.length;
      options.onProgress?.({ batchId, file, rows: counts.rowsTotal, bytesRead: chunk.bytesRead, bytesTotal: chunk.bytesTotal });
    }
    contentIdentity.close();
    finishBatch(db, batchId, 'completed', counts, null);
    setBatchWarnings(db, batchId, warnings, replacedBytes);
    // Cached embeddings built before this batch are stale where it changed records.
    if (counts.imported + counts.updated > 0) setDataVersion(db, batchId);
    transaction.commit();
    unnote();
  } catch (e) {
    transaction.rollback();
    unnote();
    const err = options.signal?.aborted ? cancelledError(file) : toImportError(e, file);
    const located =
      err.code === 'import_failed' && currentRow > 0
        ? new AppError('import_failed', `${file}, row ${currentRow}: ${(e as Error).message}. Nothing from this file was imported.`, {
            file,
            row: currentRow,
          })
        : err;
    recordFailedBatch(ws, batchInfo, located.message, err.code === 'cancelled');
    throw located;
  } finally {
    restorePageCache();
  }
  return {
    batchId,
    file,
    entity: mapping.entity,
    preset: mapping.preset?.name ?? null,
    encoding: source.format.encoding,
    delimiter: source.format.delimiter,
    identity: mapping.identity,
    warnings,
    rowWarnings,
    replacedBytes,
    updatedBy,
    layout: headerLayout(mapping),
    durationMs: Math.round(performance.now() - started),
    ...counts,
  };
}

/** Keeps a trace of a rolled-back import in the history; never masks the original error. */
function recordFailedBatch(ws: Workspace, info: Omit<NewBatch, 'status'>, message: string, stopped: boolean): void {
  const status = stopped ? 'stopped' : 'failed';
  try {
    const id = insertBatch(ws.db, { ...info, status });
    finishBatch(ws.db, id, status, { rowsTotal: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0 }, message);
  } catch {
    /* the workspace itself is failing; the caller reports the original error */
  }
}
