/** The import history, rejected rows, and imports started from the app. */
import type { ImportsApi } from '../contract/api';
import { AppError } from '../contract/errors';
import { countRejectedRows, getBatch, listBatches, rejectedRows } from '../db/queries/import-batches';
import type { Workspace } from '../db/workspace';
import { importPreview, type ImportRunner } from './import-runner';

/** Asks the user for a CSV file (the desktop's Open dialog); null when cancelled. */
export type ChooseImportFile = () => Promise<string | null>;

export function importsService(ws: Workspace, runner: ImportRunner, chooseImportFile: ChooseImportFile | null): ImportsApi {
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
      return { available: true, path: await chooseImportFile() };
    },
    async 'imports.preview'(request) {
      return importPreview(request);
    },
    async 'imports.start'(request) {
      return runner.start(request);
    },
    async 'imports.cancel'() {
      return runner.cancel();
    },
  };
}
