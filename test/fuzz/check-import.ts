/**
 * The fuzzer's oracle for one file: import it into a fresh workspace through
 * the real path (importFile, as the CLI and the app do), then hold the result
 * to the reference parser (reference.ts):
 *
 *  - no crash: the import ends, or refuses the file with a clear error (the
 *    reader's and the mapper's refusals: `file_error`, `invalid_input`);
 *  - no silent row loss: every data row of the reference is stored or
 *    rejected with its number (accepted + rejected = reference rows, and each
 *    rejected number is a reference row);
 *  - no byte mismatch: for accepted rows with a unique record id, the stored
 *    record id, text fields and extra fields are the reference's cells
 *    (trimmed, missing markers dropped, as the mapping documents);
 *  - PRAGMA integrity_check and foreign_key_check are clean.
 *
 * The reference decodes with the encoding the file was written in when the
 * text has enough accented characters to tell (a BOM wins, as for any
 * reader), so reading a file in the wrong code page is a mismatch; with only
 * a stray byte or two, the importer's own choice is taken.
 */
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../src-main/contract/errors';
import { presentValue } from '../../src-main/crm/normalize/missing';
import { openWorkspace, type Workspace } from '../../src-main/db/workspace';
import { importFile, type ImportResult } from '../../src-main/import/import-file';
import { referenceParse, referenceText, type Reference, type ReferenceRow } from './reference';

export interface FuzzFile {
  /** `<case number> <base> [<mutations>]`, to find the file again. */
  name: string;
  bytes: Buffer;
  /** The encoding the base was written in, and how many non-ASCII characters it has. */
  encoding: string;
  nonAsciiChars: number;
}

export interface FileVerdict {
  name: string;
  outcome: 'imported' | 'refused' | 'crashed';
  /** The error's message, when the import threw. */
  error: string | null;
  referenceRefused: boolean;
  referenceRows: number | null;
  rowsTotal: number | null;
  /** Reference rows neither stored nor rejected with their number. */
  silentRowLoss: number;
  /** Rows stored or rejected beyond the reference's (a record split in two, a row numbered wrongly). */
  extraRows: number;
  cellsCompared: number;
  byteMismatches: number;
  /** The first mismatch, for the report. */
  example: string | null;
  integrityOk: boolean;
  ms: number;
}

/** Enough accented characters that the file's encoding is knowable from its bytes. */
const KNOWABLE_ENCODING_CHARS = 10;
/** Lead columns stored as the trimmed cell (crm/normalize/missing.ts presentValue), nothing more. */
const PLAIN_LEAD_FIELDS = ['record_id', 'first_name', 'last_name', 'title', 'company', 'city'] as const;
const SIMPLE_ADDRESS = /^[^\s,;@\x00-\x20]+@[^\s,;@\x00-\x20]+$/;
const CLEAR_REFUSALS = new Set(['file_error', 'invalid_input']);

interface StoredColumn {
  index: number;
  header: string;
  field: string | null;
  ignored: boolean;
}

/** A workspace for one file: a copy of a migrated template, far cheaper than migrating each time. */
export function workspaceFor(template: string, dir: string, name: string): Workspace & { remove(): void } {
  const path = join(dir, `${name}.db`);
  copyFileSync(template, path);
  const ws = openWorkspace(path, { mustExist: true });
  return Object.assign(ws, {
    remove() {
      ws.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    },
  });
}

export function createTemplateWorkspace(dir: string): string {
  const path = join(dir, 'template.db');
  openWorkspace(path).close();
  return path;
}

function expectedEncoding(file: FuzzFile, detected: string): string {
  const b = file.bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return file.nonAsciiChars >= KNOWABLE_ENCODING_CHARS ? file.encoding : detected;
}

export async function checkImport(file: FuzzFile, template: string, dir: string, caseId: string): Promise<FileVerdict> {
  const started = performance.now();
  const verdict: FileVerdict = {
    name: file.name,
    outcome: 'imported',
    error: null,
    referenceRefused: false,
    referenceRows: null,
    rowsTotal: null,
    silentRowLoss: 0,
    extraRows: 0,
    cellsCompared: 0,
    byteMismatches: 0,
    example: null,
    integrityOk: true,
    ms: 0,
  };
  const csvPath = join(dir, `${caseId}.csv`);
  writeFileSync(csvPath, file.bytes);
  const ws = workspaceFor(template, dir, caseId);
  try {
    let result: ImportResult | null = null;
    try {
      result = await importFile(ws, csvPath);
    } catch (e) {
      verdict.error = e instanceof Error ? e.message : String(e);
      verdict.outcome = e instanceof AppError && CLEAR_REFUSALS.has(e.code) ? 'refused' : 'crashed';
    }
    verdict.integrityOk = integrityOk(ws);
    if (result !== null) {
      verdict.rowsTotal = result.rowsTotal;
      const reference = referenceParse(referenceText(file.bytes, expectedEncoding(file, result.encoding)), result.delimiter);
      if (reference.kind === 'refused') verdict.referenceRefused = true;
      else compareWithReference(ws, result, reference, verdict);
    }
  } finally {
    ws.remove();
    rmSync(csvPath, { force: true });
  }
  verdict.ms = Math.round(performance.now() - started);
  return verdict;
}

function integrityOk(ws: Workspace): boolean {
  const integrity = ws.db.pragma('integrity_check', { simple: true });
  const foreignKeys = ws.db.pragma('foreign_key_check') as unknown[];
  return integrity === 'ok' && foreignKeys.length === 0;
}

function compareWithReference(ws: Workspace, result: ImportResult, reference: Extract<Reference, { kind: 'rows' }>, verdict: FileVerdict): void {
  verdict.referenceRows = reference.rows.length;
  const referenceNumbers = new Set(reference.rows.map((r) => r.rowNumber));
  const rejected = (ws.db.prepare('SELECT row_number AS n FROM rejected_rows WHERE batch_id = ?').all(result.batchId) as { n: number }[]).map((r) => r.n);
  const rejectedSet = new Set(rejected);
  const stray = rejected.filter((n) => !referenceNumbers.has(n)).length;
  const accepted = result.imported + result.updated + result.unchanged;
  const accounted = accepted + rejected.length - stray;
  verdict.silentRowLoss = Math.max(0, reference.rows.length - accounted);
  verdict.extraRows = Math.max(0, accounted - reference.rows.length) + stray;
  if (verdict.silentRowLoss > 0 || verdict.extraRows > 0) {
    verdict.example = `reference ${reference.rows.length} rows; stored ${accepted}, rejected ${rejected.length} (${stray} not reference rows)`;
    return; // Values are compared only when the rows line up.
  }
  const acceptedRows = reference.rows.filter((r) => !rejectedSet.has(r.rowNumber));
  compareValues(ws, result, acceptedRows, verdict);
}

/** Compares stored values with the reference's cells, for rows that one record id (and nothing else) identifies. */
function compareValues(ws: Workspace, result: ImportResult, rows: ReferenceRow[], verdict: FileVerdict): void {
  const batch = ws.db.prepare('SELECT mapping FROM import_batches WHERE id = ?').get(result.batchId) as { mapping: string };
  const columns = (JSON.parse(batch.mapping) as { columns: StoredColumn[] }).columns.filter((c) => !c.ignored);
  const idColumn = columns.find((c) => c.field === 'record_id');
  if (!idColumn) return;
  const emailColumn = columns.find((c) => c.field === 'email');
  const table = result.entity === 'companies' ? 'companies' : 'leads';
  const fields = table === 'leads' ? columns.filter((c) => (PLAIN_LEAD_FIELDS as readonly string[]).includes(c.field ?? '')) : [idColumn];
  const extras = columns.filter((c) => c.field === null && c.header !== '__proto__');
  const cell = (row: ReferenceRow, index: number): string => row.fields[index] ?? '';

  // Rows another row could merge with (same id, email or name) would compare against merged values: leave them out.
  const keysOf = (row: ReferenceRow): string[] => {
    const keys = [`id:${presentValue(cell(row, idColumn.index))}`];
    const email = emailColumn ? presentValue(cell(row, emailColumn.index))?.toLowerCase() : undefined;
    if (email) keys.push(`email:${email}`);
    return keys;
  };
  const seen = new Map<string, number>();
  for (const row of rows) for (const key of keysOf(row)) seen.set(key, (seen.get(key) ?? 0) + 1);
  const lookup = ws.db.prepare(`SELECT * FROM ${table} WHERE record_id = ?`);

  const mismatch = (what: string): void => {
    verdict.byteMismatches++;
    verdict.example ??= what;
  };
  for (const row of rows) {
    const id = presentValue(cell(row, idColumn.index));
    if (id === null || keysOf(row).some((key) => seen.get(key) !== 1)) continue;
    const stored = lookup.all(id) as Record<string, unknown>[];
    if (stored.length !== 1) {
      mismatch(`row ${row.rowNumber}: ${stored.length} records with id ${JSON.stringify(id)}`);
      continue;
    }
    const record = stored[0] as Record<string, unknown>;
    for (const column of fields) {
      verdict.cellsCompared++;
      const expected = presentValue(cell(row, column.index));
      if ((record[column.field as string] ?? null) !== expected) {
        mismatch(`row ${row.rowNumber}, ${column.header}: stored ${JSON.stringify(record[column.field as string])}, reference ${JSON.stringify(expected)}`);
      }
    }
    if (emailColumn) {
      const value = presentValue(cell(row, emailColumn.index));
      if (value !== null && SIMPLE_ADDRESS.test(value)) {
        verdict.cellsCompared++;
        if (record.email !== value.toLowerCase()) mismatch(`row ${row.rowNumber}, email: stored ${JSON.stringify(record.email)}, reference ${JSON.stringify(value)}`);
      }
    }
    const extra = record.extra === null ? {} : (JSON.parse(record.extra as string) as Record<string, string>);
    for (const column of extras) {
      verdict.cellsCompared++;
      const raw = cell(row, column.index);
      const expected = raw.trim() === '' ? undefined : raw;
      if (extra[column.header] !== expected) {
        mismatch(`row ${row.rowNumber}, extra ${column.header}: stored ${JSON.stringify(extra[column.header])?.slice(0, 80)}, reference ${JSON.stringify(expected)?.slice(0, 80)}`);
      }
    }
  }
}
