import type { ImportsApi } from '../contract/api';
import { AppError } from '../contract/errors';
import { countRejectedRows, getBatch, listBatches, rejectedRows } from '../db/queries/import-batches';
import type { Workspace } from '../db/workspace';

export function importsService(ws: Workspace): ImportsApi {
  return {
    async 'imports.list'() {
      return listBatches(ws.db);
    },
    async 'imports.rejects'({ batchId, offset = 0, limit = 200 }) {
      if (!getBatch(ws.db, batchId)) throw new AppError('not_found', `No import batch ${batchId}.`);
      return { batchId, total: countRejectedRows(ws.db, batchId), rows: rejectedRows(ws.db, batchId, offset, limit) };
    },
  };
}
