/**
 * CRM-ready CSV of a job's candidates or a list's members: the canonical
 * fields in the field table's order (src-model/fields/field-table.ts) under
 * their export headers, which the importer maps back (so an export
 * re-imports cleanly), then the lookalike rank, score, the top reasons in
 * words and the job id.
 *
 * Rows are read a page at a time and written with back-pressure, so memory
 * stays flat however long the list.
 */
import type { Entity } from '../contract/dto';
import { AppError } from '../contract/errors';
import { type CsvCell, type IfTaken, openCsvFile } from '../csv/export-csv';
import { getJob } from '../db/queries/jobs';
import { getList } from '../db/queries/lists';
import {
  type CompanyRecordRow,
  jobCandidateRecords,
  type LeadRecordRow,
  listMemberRecords,
  type LookalikeColumns,
  type ScoredRecordRow,
} from '../db/queries/record-rows';
import type { Workspace } from '../db/workspace';
import { type CanonicalFieldDefinition, FIELD_TABLE } from '../../src-model/fields/field-table';
import { formatReasons, storedReasons } from './candidate-reasons';

/**
 * A job's candidates (those scoring at least `minScore`), or a list's
 * members; with `ids`, only those records (a selection), in the same order.
 */
export type ExportSource = { jobId: number; minScore?: number; ids?: readonly number[] } | { listId: number; ids?: readonly number[] };

export interface ExportResult {
  file: string;
  entity: Entity;
  rows: number;
}

type Column<R> = readonly [header: string, cell: (r: R) => CsvCell];

const cellOf = (r: LeadRecordRow | CompanyRecordRow, column: string): CsvCell => (r as unknown as Record<string, CsvCell>)[column] ?? null;

/**
 * A field's column in an entity's export (none when the entity does not
 * store it), under its export header. A field with a text column beside its
 * number exports the text (the band `51-200` as imported), else the number.
 */
function fieldColumn(field: CanonicalFieldDefinition, entity: Entity): Column<LeadRecordRow | CompanyRecordRow>[] {
  const { storage, exportHeader, companyExportHeader } = field;
  const column = entity === 'leads' ? storage.leads : storage.companies;
  if (column === undefined) return [];
  const header = entity === 'companies' ? (companyExportHeader ?? exportHeader) : exportHeader;
  const text = storage.textColumn;
  return [[header, text === undefined ? (r) => cellOf(r, column) : (r) => cellOf(r, text) ?? cellOf(r, column)]];
}

/** Not a field but what the import made of status, replied and won: shown right after won. */
const OUTCOME_COLUMN: Column<LeadRecordRow> = ['Outcome', (r) => r.outcome];

const LEAD_COLUMNS: readonly Column<LeadRecordRow>[] = FIELD_TABLE.flatMap((f) => {
  const columns: Column<LeadRecordRow>[] = fieldColumn(f, 'leads');
  return f.name === 'won' ? [...columns, OUTCOME_COLUMN] : columns;
});

const COMPANY_COLUMNS: readonly Column<CompanyRecordRow>[] = FIELD_TABLE.flatMap((f) => fieldColumn(f, 'companies'));

const LOOKALIKE_COLUMNS: readonly Column<LookalikeColumns>[] = [
  ['Lookalike Rank', (r) => r.lookalike_rank],
  ['Lookalike Score', (r) => (r.lookalike_score === null ? null : Math.round(r.lookalike_score * 10_000) / 10_000)],
  ['Lookalike Reasons', (r) => {
    const stored = storedReasons(r.lookalike_reasons);
    return formatReasons(stored.reasons, 3, stored.missing, stored.details);
  }],
  ['Lookalike Job ID', (r) => r.lookalike_job_id],
];

export const EXPORT_HEADERS: Record<Entity, readonly string[]> = {
  leads: [...LEAD_COLUMNS, ...LOOKALIKE_COLUMNS].map(([h]) => h),
  companies: [...COMPANY_COLUMNS, ...LOOKALIKE_COLUMNS].map(([h]) => h),
};

function toCells(r: ScoredRecordRow): CsvCell[] {
  const own = r.entity === 'leads' ? LEAD_COLUMNS.map(([, cell]) => cell(r)) : COMPANY_COLUMNS.map(([, cell]) => cell(r));
  return [...own, ...LOOKALIKE_COLUMNS.map(([, cell]) => cell(r))];
}

const PAGE = 2000;

/**
 * Writes the export to `outPath`; a file already there is replaced, or with
 * `ifTaken: 'number'` kept, the export taking the next free "name-2.csv".
 * The result names the file written.
 */
export async function exportCsv(ws: Workspace, source: ExportSource, outPath: string, ifTaken: IfTaken = 'replace'): Promise<ExportResult> {
  const { entity, page } = pager(ws, source);
  let writer;
  try {
    writer = await openCsvFile(outPath, EXPORT_HEADERS[entity], ifTaken);
  } catch (e) {
    throw new AppError('file_error', `Cannot write ${outPath}: ${(e as Error).message}`, { file: outPath });
  }
  let rows = 0;
  let file: string;
  try {
    for (let after = 0; ; ) {
      const records = page(after);
      if (!records.length) break;
      await writer.write(records.map(toCells));
      rows += records.length;
      const last = records[records.length - 1]!;
      // Paged until empty, not until a short page: a candidate whose record is gone shortens a page.
      after = 'jobId' in source ? last.lookalike_rank! : last.id;
    }
    file = await writer.finish();
  } catch (e) {
    await writer.abort();
    if (e instanceof AppError) throw e;
    throw new AppError('file_error', `Cannot write ${outPath}: ${(e as Error).message}`, { file: outPath });
  }
  return { file, entity, rows };
}

/** The records an export holds, a page at a time; throws (not_found, conflict) for a source that cannot be exported. */
export function pager(ws: Workspace, source: ExportSource): { entity: Entity; page: (after: number) => ScoredRecordRow[] } {
  // The selection travels to SQLite as one JSON array per page, read there with json_each.
  const selection = source.ids ? JSON.stringify(source.ids) : undefined;
  if ('jobId' in source) {
    const job = getJob(ws.db, source.jobId);
    if (!job) throw new AppError('not_found', `No lookalike job ${source.jobId}.`);
    if (job.status !== 'completed') throw new AppError('conflict', `Job ${job.id} is ${job.status}; only a completed job can be exported.`);
    const minScore = selection === undefined ? (source.minScore ?? 0) : 0;
    return { entity: job.entity, page: (after) => jobCandidateRecords(ws.db, job.id, job.entity, after, PAGE, minScore, selection) };
  }
  const list = getList(ws.db, source.listId);
  if (!list) throw new AppError('not_found', `No list ${source.listId}.`);
  return { entity: list.entity, page: (after) => listMemberRecords(ws.db, list.id, list.entity, after, PAGE, selection) };
}
