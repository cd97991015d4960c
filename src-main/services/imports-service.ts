/** The import history, rejected rows, and imports started from the app. */
import type { ImportsApi } from '../contract/api';
import { AppError } from '../contract/errors';
import { countRejectedRows, getBatch, listBatches, rejectedRows } from '../db/queries/import-batches';
import type { Workspace } from '../db/workspace';
import { importPreview, type ImportRunner } from './import-runner';

/** Asks the user for a CSV file (the desktop's Open dialog); null when cancelled. */
export type ChooseImportFile = () => Promise<string | null>;

export function importsService(ws: Workspace, runner: ImportRunner, chooseImportFile: ChooseImportFile | null): ImportsApi {
  // With a file dialog (the desktop app), only files the user picked there may be read: a path the
  // renderer made up is refused. Without one (the web host, behind its token), the path is typed.
  const picked = new Set<string>();
  const allowed = (path: string) => {
    if (chooseImportFile && !picked.has(path)) {
      throw new AppError('forbidden', 'Choose the file with Import CSV… (the file dialog) first.', { path });
    }
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
      allowed(request.path);
      return importPreview(request);
    },
    async 'imports.start'(request) {
      allowed(request.path);
      return runner.start(request);
    },
    async 'imports.cancel'() {
      return runner.cancel();
    },
  };
}
