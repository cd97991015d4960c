/**
 * The import history, rejected rows, and imports started from the app.
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
import type { ImportsApi } from '../contract/api';
import type { ImportFileRef } from '../contract/dto';
import { AppError } from '../contract/errors';
import { csvLines, type CsvCell } from '../csv/export-csv';
import { resolveInsideFolders } from '../csv/file-access';
import { countRejectedRows, getBatch, iterateRejectedRows, listBatches, rejectedRows } from '../db/queries/import-batches';
import type { Workspace } from '../db/workspace';
import { importPreview, type ImportRunner } from './import-runner';
import type { ImportUploads } from './uploads';

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
}

export function importsService(ws: Workspace, runner: ImportRunner, access: ImportFileAccess = {}): ImportsApi {
  const { chooseImportFile, uploads, importFolders = [] } = access;
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
    async 'imports.pickFile'() {
      if (!chooseImportFile) return { available: false, path: null };
      const path = await chooseImportFile();
      if (path !== null) picked.add(path);
      return { available: true, path };
    },
    async 'imports.preview'(request) {
      const { entity, overrides } = request;
      return importPreview(await pathFor(request), { entity, overrides }, sourceOf(request), ws);
    },
    async 'imports.start'(request) {
      const { entity, overrides } = request;
      const path = await pathFor(request);
      if (!('uploadId' in request)) return runner.start(path, { entity, overrides });
      const { uploadId } = request;
      // The upload has served its purpose once its import ends; meanwhile it is held, not trimmed.
      const started = runner.start(path, { entity, overrides, onEnded: () => uploads?.discard(uploadId) });
      uploads?.pathOf(uploadId, { hold: true });
      return started;
    },
    async 'imports.cancel'() {
      return runner.cancel();
    },
  };
}

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
    yield csvRecord(['row', 'column', 'reason', 'raw']);
    for (const r of iterateRejectedRows(ws.db, batchId)) yield csvRecord([r.row_number, r.column_name ?? '', r.reason, r.raw]);
  })();
}

/** csvLines ends every record with CRLF, as a CSV file does. */
const csvRecord = (cells: readonly CsvCell[]): string => csvLines([cells]).slice(0, -'\r\n'.length);

/** The request's file reference alone (the preview hands it back for the next call). */
function sourceOf(ref: ImportFileRef): ImportFileRef {
  return 'uploadId' in ref ? { uploadId: ref.uploadId } : { path: ref.path };
}
