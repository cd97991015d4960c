/**
 * CRM-ready CSV of a job's candidates or a list's members: the canonical
 * fields in the field table's order (src-model/fields/field-table.ts) under
 * their export headers, which the importer maps back (so an export
 * re-imports cleanly), then the lookalike rank, score, the top reasons in
 * words and the job id, then the record's imported extra fields under their
 * original headers (re-imported, they are extra fields again).
 *
 * The extra columns come last so the fixed columns keep their places
 * whatever the records hold (a CRM's saved import mapping, a spreadsheet
 * template). Which ones there are is read before the header is written: a
 * first pass over the records' extra fields alone, stopping at the cap.
 *
 * Rows are read a page at a time and written with back-pressure, so memory
 * stays flat however long the list.
 */
import type { ExportGridQuery, ExportOptions } from '../contract/api';
import {
  type CandidateSortColumn,
  DEFAULT_EXPORT_FLAVOUR,
  type Entity,
  EXPORT_EXTRA_COLUMNS_CAP,
  type ExportExtraColumns,
  type ExportFlavour,
  type ExportResultDto,
  type ListMemberSortColumn,
  type SortDto,
} from '../contract/dto';
import { AppError } from '../contract/errors';
import { type CsvCell, type IfTaken, openCsvFile } from '../csv/export-csv';
import { getJob } from '../db/queries/jobs';
import { getList } from '../db/queries/lists';
import { narrows } from '../db/queries/record-grid';
import {
  type CompanyRecordRow,
  type ExportRecordRow,
  type ExtraFieldsRow,
  gridJobCandidateIds,
  gridListMemberIds,
  jobCandidateRecords,
  jobCandidateExtras,
  type LeadRecordRow,
  listMemberRecords,
  listMemberExtras,
  type LookalikeColumns,
} from '../db/queries/record-rows';
import type { Workspace } from '../db/workspace';
import { parseJsonObject } from '../lib/json-object';
import { type CanonicalFieldDefinition, FIELD_TABLE } from '../../src-model/fields/field-table';
import { formatReasons, storedReasons } from './candidate-reasons';

/**
 * A job's candidates (those scoring at least `minScore`), or a list's
 * members; with `ids`, only those records (a selection), in the same order.
 * Without `ids`, the grid's search, filters, folding and sort narrow and
 * order the rows exactly as the grid does (db/queries/record-rows.ts).
 */
export type ExportSource = (
  | { jobId: number; minScore?: number; ids?: readonly number[]; sort?: SortDto<CandidateSortColumn> }
  | { listId: number; ids?: readonly number[]; sort?: SortDto<ListMemberSortColumn> }
) &
  ExportGridQuery;

/** What to export and how: the source, its flavour and extra columns (the `exports.csv` payload). */
export type ExportRequest = ExportSource & ExportOptions;

export type ExportResult = ExportResultDto;

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

/** The record's value of each extra column: the text as imported, empty where it has none. */
function extraCells(extra: string | null, columns: readonly string[]): CsvCell[] {
  if (!columns.length) return [];
  const values = parseJsonObject(extra);
  return columns.map((header) => {
    const v = values?.[header];
    return v === null || v === undefined ? null : typeof v === 'string' || typeof v === 'number' ? v : String(v);
  });
}

function toCells(r: ExportRecordRow, extraColumns: readonly string[]): CsvCell[] {
  const own = r.entity === 'leads' ? LEAD_COLUMNS.map(([, cell]) => cell(r)) : COMPANY_COLUMNS.map(([, cell]) => cell(r));
  return [...own, ...LOOKALIKE_COLUMNS.map(([, cell]) => cell(r)), ...extraCells(r.extra, extraColumns)];
}

const PAGE = 2000;

/** A header the export writes itself, compared as the importer would read a header: trimmed, any case. */
const headerKey = (header: string) => header.trim().toLowerCase();
const OWN_HEADERS: Record<Entity, ReadonlySet<string>> = {
  leads: new Set(EXPORT_HEADERS.leads.map(headerKey)),
  companies: new Set(EXPORT_HEADERS.companies.map(headerKey)),
};

/**
 * The extra columns to write. Named headers are written as named (empty
 * where a record has none: a selection may lack a column its workspace
 * has). `all` reads the records' extra fields in export order, collecting
 * headers as first seen, and stops once past the cap. An extra field whose
 * header is one the export writes itself (an unmapped second "Email"
 * column) is left out: two columns under one header would not re-import.
 */
export function resolveExtraColumns(
  entity: Entity,
  wanted: ExportExtraColumns,
  extras: (after: number) => ExtraFieldsRow[],
): { columns: string[]; capped: boolean } {
  const own = OWN_HEADERS[entity];
  if (wanted !== 'all') {
    const clash = wanted.find((h) => own.has(headerKey(h)));
    if (clash !== undefined) throw new AppError('invalid_input', `"${clash}" is a column the export writes itself, not an extra column.`);
    return { columns: [...new Set(wanted)], capped: false };
  }
  const seen = new Set<string>();
  for (let after = 0; ; ) {
    const page = extras(after);
    if (!page.length) return { columns: [...seen], capped: false };
    for (const { extra } of page) {
      for (const header of Object.keys(parseJsonObject(extra) ?? {})) {
        if (seen.has(header) || own.has(headerKey(header))) continue;
        if (seen.size === EXPORT_EXTRA_COLUMNS_CAP) return { columns: [...seen], capped: true };
        seen.add(header);
      }
    }
    after = page[page.length - 1]!.pos;
  }
}

/**
 * Writes the export to `outPath`; a file already there is replaced, or with
 * `ifTaken: 'number'` kept, the export taking the next free "name-2.csv".
 * The result names the file written, its flavour and its extra columns.
 */
export async function exportCsv(ws: Workspace, request: ExportRequest, outPath: string, ifTaken: IfTaken = 'replace'): Promise<ExportResult> {
  const { entity, page, extras } = pager(ws, request);
  const flavour: ExportFlavour = request.flavour ?? DEFAULT_EXPORT_FLAVOUR;
  const extra = resolveExtraColumns(entity, request.extraColumns ?? 'all', extras);
  let writer;
  try {
    writer = await openCsvFile(outPath, [...EXPORT_HEADERS[entity], ...extra.columns], ifTaken, flavour);
  } catch (e) {
    throw new AppError('file_error', `Cannot write ${outPath}: ${(e as Error).message}`, { file: outPath });
  }
  let rows = 0;
  let file: string;
  try {
    // Paged until empty, not until a short page: a candidate whose record is gone shortens a page.
    for (let after = 0; ; ) {
      const { records, next } = page(after);
      if (!records.length) break;
      await writer.write(records.map((r) => toCells(r, extra.columns)));
      rows += records.length;
      after = next;
    }
    file = await writer.finish();
  } catch (e) {
    await writer.abort();
    if (e instanceof AppError) throw e;
    throw new AppError('file_error', `Cannot write ${outPath}: ${(e as Error).message}`, { file: outPath });
  }
  return { file, entity, rows, flavour, extraColumns: extra.columns, extraColumnsCapped: extra.capped };
}

interface Pager {
  entity: Entity;
  /** How many rows the grid's search, filters or folding leave (null: the export is not narrowed by them). */
  shown: number | null;
  /** The records after a cursor (0: from the start), and the cursor after them; no records: the end. */
  page: (after: number) => { records: ExportRecordRow[]; next: number };
  /** The extra fields alone of the same records (those that have any), paged the same way (after the last `pos`). */
  extras: (after: number) => ExtraFieldsRow[];
}

/** Whether the export follows the grid's query (its own order, or a search, filter or folding) rather than the source's order. */
function followsGrid(source: ExportSource): boolean {
  if (source.ids) return false;
  const defaultOrder = 'jobId' in source ? 'rank' : 'id';
  const sorted = source.sort !== undefined && !(source.sort.column === defaultOrder && source.sort.direction === 'asc');
  return sorted || narrows(source);
}

/**
 * Pages over records given in order by id (the grid's rows): `read` reads a
 * chunk's records (as a selection, in any order) and they are put back in
 * the grid's order. The cursor is a position in `ids`; a chunk whose records
 * are all gone is skipped, not taken for the end.
 */
function orderedPager(
  entity: Entity,
  ids: readonly number[],
  read: (selection: string, limit: number) => ExportRecordRow[],
  readExtras: (selection: string, limit: number) => ExtraFieldsRow[],
): Pager {
  return {
    entity,
    shown: ids.length,
    page: (after) => {
      for (let from = after; from < ids.length; from += PAGE) {
        const chunk = ids.slice(from, from + PAGE);
        const byId = new Map(read(JSON.stringify(chunk), chunk.length).map((r) => [r.id, r]));
        const records = chunk.flatMap((id) => byId.get(id) ?? []);
        if (records.length) return { records, next: from + chunk.length };
      }
      return { records: [], next: ids.length };
    },
    extras: (after) => {
      for (let from = after; from < ids.length; from += PAGE) {
        const chunk = ids.slice(from, from + PAGE);
        const found = readExtras(JSON.stringify(chunk), chunk.length);
        if (found.length) return found.map((r) => ({ ...r, pos: from + chunk.length }));
      }
      return [];
    },
  };
}

/** The records an export holds, a page at a time; throws (not_found, conflict, invalid_input) for a source that cannot be exported. */
export function pager(ws: Workspace, source: ExportSource): Pager {
  // The selection travels to SQLite as one JSON array per page, read there with json_each.
  const selection = source.ids ? JSON.stringify(source.ids) : undefined;
  const grid = followsGrid(source);
  if ('jobId' in source) {
    const job = getJob(ws.db, source.jobId);
    if (!job) throw new AppError('not_found', `No lookalike job ${source.jobId}.`);
    if (job.status !== 'completed') throw new AppError('conflict', `Job ${job.id} is ${job.status}; only a completed job can be exported.`);
    const minScore = selection === undefined ? (source.minScore ?? 0) : 0;
    if (grid) {
      // The grid's rows already passed the minimum score: the chunks are read as selections, without it.
      return orderedPager(
        job.entity,
        gridJobCandidateIds(ws.db, job.id, job.entity, minScore, source.sort, source),
        (chunk, limit) => jobCandidateRecords(ws.db, job.id, job.entity, 0, limit, 0, chunk, true),
        (chunk, limit) => jobCandidateExtras(ws.db, job.id, job.entity, 0, limit, 0, chunk),
      );
    }
    return {
      entity: job.entity,
      shown: null,
      page: (after) => {
        const records = jobCandidateRecords(ws.db, job.id, job.entity, after, PAGE, minScore, selection, true);
        return { records, next: records.length ? records[records.length - 1]!.lookalike_rank! : after };
      },
      extras: (after) => jobCandidateExtras(ws.db, job.id, job.entity, after, PAGE, minScore, selection),
    };
  }
  const list = getList(ws.db, source.listId);
  if (!list) throw new AppError('not_found', `No list ${source.listId}.`);
  if (grid) {
    return orderedPager(
      list.entity,
      gridListMemberIds(ws.db, list.id, list.entity, source.sort, source),
      (chunk, limit) => listMemberRecords(ws.db, list.id, list.entity, 0, limit, chunk, true),
      (chunk, limit) => listMemberExtras(ws.db, list.id, list.entity, 0, limit, chunk),
    );
  }
  return {
    entity: list.entity,
    shown: null,
    page: (after) => {
      const records = listMemberRecords(ws.db, list.id, list.entity, after, PAGE, selection, true);
      return { records, next: records.length ? records[records.length - 1]!.id : after };
    },
    extras: (after) => listMemberExtras(ws.db, list.id, list.entity, after, PAGE, selection),
  };
}
