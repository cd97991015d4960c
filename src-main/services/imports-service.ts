/**
 * The import history, rejected rows, row warnings, and imports started from the app.
 *
 * Which files an import may read (issue 9, defect 5): only what the user
 * chose, never a path the front end made up.
 * - The desktop window: the path its Open dialog answered (`imports.pickFile`
 *   grants it, as the Save dialog decides where exports go).
 * - A browser: the file it uploaded to the web host, named by its upload id.
 * - Folders the user named when starting the host (`--import-folder`): a typed
 *   path inside one, after following symlinks.
 * Anything else is refused before the file is touched, so the answer says
 * nothing about whether it exists. The command line reads the paths its user
 * typed at their own shell through local-services.ts instead.
 */
import { readPoolOf } from '../compute/read-pool';
import type { ImportsApi } from '../contract/api';
import type { ServedApi } from '../contract/json-text';
import { mkdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { ExportCancelledDto, ImportFileRef, RejectsCsvDto, RowWarningDto } from '../contract/dto';
import { AppError } from '../contract/errors';
import { csvLines, openCsvFile, type CsvCell } from '../csv/export-csv';
import { resolveInsideFolders } from '../csv/file-access';
import { countRejectedRows, getBatch, iterateRejectedRows, listBatches, rejectedRows } from '../db/queries/import-batches';
import { countRowWarnings, iterateRowWarnings, rowWarnings } from '../db/queries/row-warnings';
import type { Workspace } from '../db/workspace';
import { importPreview, type ImportRunner } from './import-runner';
import type { ImportUploads } from './uploads';
import { exportsFolderChoice, type ChooseExportFile } from './app-export';

/** Asks the user for a CSV file (the desktop's Open dialog); null when cancelled. */
export type ChooseImportFile = () => Promise<string | null>;

/** Where the files an import may read come from; with none of them, every import request is refused. */
export interface ImportFileAccess {
  /** The desktop's Open dialog: the paths it answers are granted. */
  chooseImportFile?: ChooseImportFile;
  /** Files uploaded through the web host. */
  uploads?: ImportUploads;
  /** Folders the user named, inside which a typed path may be read. */
  importFolders?: readonly string[];
  /** Where a download of rejected rows goes: as exports go (the Save dialog, or the exports folder). */
  chooseExportFile?: ChooseExportFile;
}

export function importsService(ws: Workspace, runner: ImportRunner, access: ImportFileAccess = {}): Pick<ServedApi, keyof ImportsApi> {
  const { chooseImportFile, uploads, importFolders = [], chooseExportFile = exportsFolderChoice } = access;
  const picked = new Set<string>();

  /** The path to read for a request, or a refusal that names what the user can do instead. */
  const pathFor = async (ref: ImportFileRef): Promise<string> => {
    if ('uploadId' in ref) {
      if (!uploads) throw new AppError('forbidden', 'This app takes no uploads; choose the file with Import CSV….');
      return uploads.pathOf(ref.uploadId);
    }
    if (picked.has(ref.path)) return ref.path;
    const inside = importFolders.length > 0 ? await resolveInsideFolders(ref.path, importFolders) : null;
    if (inside !== null) return inside;
    throw new AppError('forbidden', refusal(ref.path), { path: ref.path });
  };

  const refusal = (path: string) => {
    if (chooseImportFile) return `${path} was not read: choose the file with Import CSV… (the file dialog) first.`;
    const folders = importFolders.length > 0 ? `, or a file inside ${importFolders.join(', ')}` : '';
    return `${path} was not read: Lookalike Studio imports only a file you choose in the browser (Import CSV…)${folders}.`;
  };

  return {
    async 'imports.list'() {
      return listBatches(ws.db);
    },
    async 'imports.rejects'({ batchId, offset = 0, limit = 200 }) {
      if (!getBatch(ws.db, batchId)) throw new AppError('not_found', `No import batch ${batchId}.`);
      return { batchId, total: countRejectedRows(ws.db, batchId), rows: rejectedRows(ws.db, batchId, offset, limit) };
    },
    async 'imports.warnings'({ batchId, offset = 0, limit = 200 }) {
      if (!getBatch(ws.db, batchId)) throw new AppError('not_found', `No import batch ${batchId}.`);
      return { batchId, total: countRowWarnings(ws.db, batchId), rows: rowWarnings(ws.db, batchId, offset, limit) };
    },
    async 'imports.pickFile'() {
      if (!chooseImportFile) return { available: false, path: null };
      const path = await chooseImportFile();
      if (path !== null) picked.add(path);
      return { available: true, path };
    },
    async 'imports.preview'(request) {
      const { entity, overrides, outcomes, template } = request;
      const path = await pathFor(request);
      // On the workspace's read worker when it has one: a wide file's preview takes seconds (issue 11, item 6).
      const reads = readPoolOf(ws.db);
      if (reads) return reads.preview({ path, options: { entity, overrides, outcomes, template }, source: sourceOf(request) });
      return importPreview(path, { entity, overrides, outcomes, template }, sourceOf(request), ws);
    },
    async 'imports.start'(request) {
      const { entity, overrides, outcomes } = request;
      const path = await pathFor(request);
      if (!('uploadId' in request)) return runner.start(path, { entity, overrides, outcomes });
      const { uploadId } = request;
      // The upload has served its purpose once its import ends; meanwhile it is held, not trimmed.
      const started = runner.start(path, { entity, overrides, outcomes, onEnded: () => uploads?.discard(uploadId) });
      uploads?.pathOf(uploadId, { hold: true });
      return started;
    },
    async 'imports.cancel'() {
      return runner.cancel();
    },
    async 'imports.current'() {
      return runner.progress;
    },
    async 'imports.rejectsCsv'({ batchId }) {
      return downloadRejectedRows(ws, batchId, chooseExportFile);
    },
    async 'imports.warningsCsv'({ batchId }) {
      return downloadRowWarnings(ws, batchId, chooseExportFile);
    },
  };
}

/**
 * A batch's rejected rows written where exports go (app-export.ts): the
 * desktop's Save dialog, or the exports folder beside the workspace under a
 * name never written over. Through the one formula-safe writer: the raw text
 * is whatever the file held, and a spreadsheet must not run it.
 */
export function downloadRejectedRows(ws: Workspace, batchId: number, choose: ChooseExportFile, now = new Date()): Promise<RejectsCsvDto | ExportCancelledDto> {
  return downloadBatchRows(ws, batchId, choose, now, {
    name: 'rejected-rows',
    header: REJECT_HEADER,
    page: (offset, limit) => rejectedRows(ws.db, batchId, offset, limit).map((r) => [r.rowNumber, r.column ?? '', r.reason, r.raw]),
  });
}

/** A batch's row warnings written where exports go, as its rejected rows are. */
export function downloadRowWarnings(ws: Workspace, batchId: number, choose: ChooseExportFile, now = new Date()): Promise<RejectsCsvDto | ExportCancelledDto> {
  return downloadBatchRows(ws, batchId, choose, now, {
    name: 'row-warnings',
    header: WARNING_HEADER,
    page: (offset, limit) => rowWarnings(ws.db, batchId, offset, limit).map(warningCells),
  });
}

interface BatchRowsDownload {
  /** The file name's prefix. */
  name: string;
  header: readonly string[];
  /** The CSV cells of a page of the batch's rows. */
  page: (offset: number, limit: number) => CsvCell[][];
}

async function downloadBatchRows(
  ws: Workspace,
  batchId: number,
  choose: ChooseExportFile,
  now: Date,
  rowsOf: BatchRowsDownload,
): Promise<RejectsCsvDto | ExportCancelledDto> {
  const batch = getBatch(ws.db, batchId);
  if (!batch) throw new AppError('not_found', `No import batch ${batchId}.`, { batchId });
  const folder = join(dirname(ws.path), 'exports');
  mkdirSync(folder, { recursive: true });
  const stem = batch.fileName.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '-').slice(0, 80) || 'import';
  const chosen = await choose({ folder, fileName: `${rowsOf.name}-${batchId}-${stem}-${now.toISOString().slice(0, 10)}.csv` });
  if (chosen === null) return { cancelled: true };
  const target = typeof chosen === 'string' ? chosen : chosen.proposed;
  const replace = typeof chosen === 'string' && extname(target) !== '';
  const writer = await openCsvFile(extname(target) ? target : `${target}.csv`, rowsOf.header, replace ? 'replace' : 'number', 'spreadsheet');
  let rows = 0;
  try {
    // Paged, not iterated: an open iterator would hold the connection through the awaits, refusing other calls.
    for (let page = rowsOf.page(0, DOWNLOAD_PAGE); page.length > 0; page = rowsOf.page(rows, DOWNLOAD_PAGE)) {
      await writer.write(page);
      rows += page.length;
    }
    return { file: await writer.finish(), rows };
  } catch (e) {
    await writer.abort();
    throw e;
  }
}

const REJECT_HEADER = ['row', 'column', 'reason', 'raw'] as const;
const WARNING_HEADER = ['row', 'column', 'reason', 'replaced bytes'] as const;
const DOWNLOAD_PAGE = 2000;

const warningCells = (w: RowWarningDto): CsvCell[] => [w.rowNumber, w.column ?? '', w.reason, w.replacedBytes];

/**
 * A batch's rejected rows as CSV records, the header first, written as the
 * exports write cells: the raw text is whatever the file held, formulas
 * included, and a spreadsheet must not run it when an analyst opens the CSV.
 * Streamed, since a file can reject many rows; each record comes without its
 * line end (the command line prints one a line).
 */
export function rejectedRowsCsv(ws: Workspace, batchId: number): Iterable<string> {
  if (!getBatch(ws.db, batchId)) throw new AppError('not_found', `No import batch ${batchId} in ${ws.path}.`, { batchId });
  return (function* () {
    yield csvRecord(REJECT_HEADER);
    for (const r of iterateRejectedRows(ws.db, batchId)) yield csvRecord([r.row_number, r.column_name ?? '', r.reason, r.raw]);
  })();
}

/** A batch's row warnings as CSV records, the header first, as rejectedRowsCsv gives its rejected rows. */
export function rowWarningsCsv(ws: Workspace, batchId: number): Iterable<string> {
  if (!getBatch(ws.db, batchId)) throw new AppError('not_found', `No import batch ${batchId} in ${ws.path}.`, { batchId });
  return (function* () {
    yield csvRecord(WARNING_HEADER);
    for (const w of iterateRowWarnings(ws.db, batchId)) yield csvRecord(warningCells(w));
  })();
}

/** csvLines ends every record with CRLF, as a CSV file does. */
const csvRecord = (cells: readonly CsvCell[]): string => csvLines([cells]).slice(0, -'\r\n'.length);

/** The request's file reference alone (the preview hands it back for the next call). */
function sourceOf(ref: ImportFileRef): ImportFileRef {
  return 'uploadId' in ref ? { uploadId: ref.uploadId } : { path: ref.path };
}
