/** Plain JSON transport shapes shared by main, preload, web host and renderer. Never rows or class instances. */

export type Entity = 'leads' | 'companies';
export type Outcome = 'open' | 'sent' | 'opened' | 'replied' | 'won' | 'lost';

export interface WorkspaceStats {
  leads: number;
  companies: number;
  lists: number;
  segments: number;
  campaigns: number;
  importBatches: number;
  rejectedRows: number;
}

export interface WorkspaceInfo {
  path: string;
  schemaVersion: number;
  stats: WorkspaceStats;
}

export type ImportStatus = 'running' | 'completed' | 'failed';

export interface ImportBatchDto {
  id: number;
  fileName: string;
  filePath: string;
  entity: Entity;
  preset: string | null;
  encoding: string;
  delimiter: string;
  status: ImportStatus;
  rowsTotal: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface RejectedRowDto {
  rowNumber: number;
  column: string | null;
  reason: string;
  raw: string;
}

export interface RejectedRowPage {
  batchId: number;
  total: number;
  rows: RejectedRowDto[];
}

export interface ImportProgress {
  batchId: number | null;
  file: string;
  rows: number;
  bytesRead: number;
  bytesTotal: number;
}
