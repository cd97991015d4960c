/**
 * Service calls for a caller in this process — the command line, the
 * benchmarks — beside the contract. They take what the contract never
 * carries: paths the caller's own user typed at their shell (the contract
 * reads and writes only files the user chose in the app; imports-service.ts),
 * progress callbacks, and streams of any length. Each is the service function
 * of its domain, on the session's own connection, so a wait for the
 * workspace (writers-service.ts) covers the writes that follow it.
 */
import { existsSync } from 'node:fs';
import { openWorkspace, type Workspace } from '../db/workspace';
import { importFile, type ImportOptions, type ImportResult } from '../import/import-file';
import { previewImport, type ImportPreview, type PreviewOptions } from '../import/preview';
import { exportCsv, type ExportRequest, type ExportResult } from './export-service';
import { rejectedRowsCsv, rowWarningsCsv } from './imports-service';

export interface LocalServices {
  /** Imports a file now, on this connection (unlike `imports.start`, which runs in the background), and resolves with its counts. */
  importFile(path: string, options: ImportOptions): Promise<ImportResult>;
  /** Writes a job's candidates or a list's members to `outPath`, replacing a file there. */
  exportCsv(request: ExportRequest, outPath: string): Promise<ExportResult>;
  /** A batch's rejected rows as CSV records, header first; throws not_found for an unknown batch. */
  rejectedRowsCsv(batchId: number): Iterable<string>;
  /** A batch's row warnings as CSV records, header first; throws not_found for an unknown batch. */
  rowWarningsCsv(batchId: number): Iterable<string>;
}

export function localServices(ws: Workspace): LocalServices {
  return {
    importFile: (path, options) => importFile(ws, path, options),
    exportCsv: (request, outPath) => exportCsv(ws, request, outPath),
    rejectedRowsCsv: (batchId) => rejectedRowsCsv(ws, batchId),
    rowWarningsCsv: (batchId) => rowWarningsCsv(ws, batchId),
  };
}

/**
 * What importing a file would do, writing nothing and creating no workspace:
 * against the workspace at `workspacePath`, when there is one this version
 * can read as it is, it also counts the rows that would update its records.
 */
export async function previewImportFile(path: string, options: Omit<PreviewOptions, 'workspace'>, workspacePath: string): Promise<ImportPreview> {
  const existing = openReadOnly(workspacePath);
  try {
    return await previewImport(path, { ...options, workspace: existing?.db });
  } finally {
    existing?.close();
  }
}

function openReadOnly(path: string): Workspace | null {
  if (!existsSync(path)) return null;
  try {
    return openWorkspace(path, { readonly: true, mustExist: true });
  } catch {
    return null; // e.g. it needs a migration, which a preview does not make
  }
}
