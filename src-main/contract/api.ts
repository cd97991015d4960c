/**
 * The one typed API between the core and any front end. The preload exposes
 * exactly these methods over IPC and the web host serves them over loopback
 * HTTP; both validate the payload with `apiSchemas` before calling a service.
 * Methods take one JSON payload (or none) and resolve to JSON. Their names,
 * which the sandboxed preload bundles, are in the zod-free `methods.ts`; it
 * imports only types from here, so nothing here imports it back.
 */
import { STRATEGIES } from '../../src-model/strategies/types';
import { z } from 'zod';
import { CANDIDATE_SORT_COLUMNS, EXPORT_FLAVOURS, GRID_FILTER_COLUMNS, isExtraFieldColumn, JOB_SORT_COLUMNS, LIST_MEMBER_SORT_COLUMNS, LIST_SORT_COLUMNS, OUTCOMES, REVIEW_MARKS } from './dto';
import type {
  AddToListResult,
  ExtraFieldColumn,
  CandidateSortColumn,
  JobSortColumn,
  ListMemberSortColumn,
  ListSortColumn,
  SortDto,
  GridQueryDto,
  ExportResultDto,
  ExportCancelledDto,
  ExportExtraColumns,
  ExportFlavour,
  Entity,
  CampaignSummary,
  CandidatePage,
  CandidateComparison,
  ConditionCount,
  ConditionFieldDto,
  FieldValuesDto,
  ScoreHistogram,
  ImportBatchDto,
  ImportPreviewDto,
  ImportProgressEvent,
  ImportStartRequest,
  JobCheckRequest,
  JobDetailDto,
  JobProgressEvent,
  JobStartRequest,
  JobSummaryDto,
  ListDetail,
  ListMemberPage,
  ListSummary,
  JobMarksDto,
  ReviewMarkValue,
  WhatMovedDto,
  RejectedRowPage,
  RejectsCsvDto,
  RowWarningPage,
  SeedDiagnosticsDto,
  SegmentSummary,
  WorkspaceInfo,
} from './dto';
import type { DuplicatesPreviewDto, MergeResultDto, UndoMergeResultDto } from './duplicates';

export interface WorkspaceApi {
  'workspace.info'(payload?: undefined): Promise<WorkspaceInfo>;
}

/** An older workspace's duplicate leads and companies: preview, merge, undo (services/duplicates-service.ts). */
export interface DuplicatesApi {
  /** Leads and companies an older workspace holds twice (same email, CRM id, domain or name), what merging them would do, and the last merge. */
  'workspace.duplicates'(payload?: undefined): Promise<DuplicatesPreviewDto>;
  /** Merges them in one transaction, logged; pushes `workspace.merged`. */
  'workspace.mergeDuplicates'(payload?: undefined): Promise<MergeResultDto>;
  /** Puts back what merge `mergeId` (the last one) changed, from its log; refused after a later import. */
  'workspace.undoMerge'(payload: { mergeId: number }): Promise<UndoMergeResultDto>;
}

export interface ImportsApi {
  'imports.list'(payload?: undefined): Promise<ImportBatchDto[]>;
  'imports.rejects'(payload: { batchId: number; offset?: number; limit?: number }): Promise<RejectedRowPage>;
  /** The warnings stored with a batch's kept rows (values dropped, bytes replaced), by row. */
  'imports.warnings'(payload: { batchId: number; offset?: number; limit?: number }): Promise<RowWarningPage>;
  /**
   * Asks for a CSV file with the desktop's Open dialog, granting the path it
   * answers; `available: false` where there is none (a browser, which uploads
   * the file to the web host instead and names it by its upload id).
   */
  'imports.pickFile'(payload?: undefined): Promise<{ available: boolean; path: string | null }>;
  /** What importing the file would do: format, CRM preset, entity, each column's field; nothing is written. */
  'imports.preview'(payload: ImportStartRequest): Promise<ImportPreviewDto>;
  /** Starts importing in the background (one at a time); progress comes as `imports.progress` events. */
  'imports.start'(payload: ImportStartRequest): Promise<{ file: string }>;
  /** Stops the running import; nothing of it is kept. */
  'imports.cancel'(payload?: undefined): Promise<{ cancelled: boolean }>;
  /** The import running now with its latest progress (a reloaded window re-attaches to it), or null. */
  'imports.current'(payload?: undefined): Promise<ImportProgressEvent | null>;
  /** Writes a batch's rejected rows to a CSV (formula-safe), where exports go: the Save dialog, or the exports folder. */
  'imports.rejectsCsv'(payload: { batchId: number }): Promise<RejectsCsvDto | ExportCancelledDto>;
  /** Writes a batch's row warnings to a CSV, as `imports.rejectsCsv` writes its rejected rows. */
  'imports.warningsCsv'(payload: { batchId: number }): Promise<RejectsCsvDto | ExportCancelledDto>;
}

/**
 * Lookalike jobs. `jobs.start` queues the job and answers at once; the app
 * runs one job at a time. Its progress is pushed as `jobs.progress` events
 * (ApiEvents) and is also in what `jobs.get` returns.
 */
export interface JobsApi {
  /** The latest 200 jobs, newest first, or in `sort`'s order. */
  'jobs.list'(payload?: { sort?: SortDto<JobSortColumn> }): Promise<JobSummaryDto[]>;
  'jobs.get'(payload: { jobId: number; limit?: number }): Promise<JobDetailDto>;
  'jobs.start'(payload: JobStartRequest): Promise<{ jobId: number }>;
  /** The source's examples checked before a job: cohesion, outliers, suspected outcome leaks (embeds what is not cached, as a job would). */
  'jobs.check'(payload: JobCheckRequest): Promise<SeedDiagnosticsDto>;
  /** Queues a new job with a finished job's parameters; `ignoreFields` are left out on top of its own; `minScore` replaces its minimum. */
  'jobs.rerun'(payload: { jobId: number; ignoreFields?: string[]; minScore?: number }): Promise<{ jobId: number }>;
  'jobs.cancel'(payload: { jobId: number }): Promise<{ cancelled: boolean }>;
  /** Deletes a finished job with its candidates and the lookalike scores it wrote back (lists made from it stay). */
  'jobs.delete'(payload: { jobId: number }): Promise<{ deleted: boolean }>;
  /**
   * A page of candidates, best first or in `sort`'s order over all of them (blanks last, ties by rank);
   * `minScore` keeps those scoring at least that.
   */
  'jobs.candidates'(payload: { jobId: number; offset?: number; limit?: number; minScore?: number; sort?: SortDto<CandidateSortColumn> } & GridQueryDto): Promise<CandidatePage>;
  'jobs.histogram'(payload: { jobId: number; bins?: number }): Promise<ScoreHistogram>;
  /** Up to 6 records side by side with what the job's examples have in common, and their scores by feature block. */
  'jobs.compare'(payload: { jobId: number; ids: number[] }): Promise<CandidateComparison>;
}

/** What a job can start from: the workspace's campaigns, lists and segments. Read-only here. */
export interface SourcesApi {
  'campaigns.list'(payload?: undefined): Promise<CampaignSummary[]>;
  /** Every list, by id or in `sort`'s order. */
  'lists.list'(payload?: { sort?: SortDto<ListSortColumn> }): Promise<ListSummary[]>;
  'segments.list'(payload?: undefined): Promise<SegmentSummary[]>;
}

/** Saved filters, from the window. Conditions are typed as on the command line: `FIELD OP VALUE`. */
export interface SegmentsApi {
  'segments.create'(payload: { name: string; entity: Entity; where: string[] }): Promise<{ id: number; members: number }>;
  /** How many records the conditions match now (estimated from a sample above 100,000 records); nothing is saved. */
  'segments.count'(payload: { entity: Entity; where: string[] }): Promise<ConditionCount>;
  /** Renames a segment or changes its conditions; jobs already run keep the examples they stored. */
  'segments.update'(payload: { segmentId: number; name: string; where: string[] }): Promise<{ id: number; members: number }>;
  /** Deletes a segment, never its records. */
  'segments.delete'(payload: { segmentId: number }): Promise<{ deleted: boolean }>;
  /** The fields a condition may name for the entity: the canonical ones, the company's, the score and the imported columns. */
  'segments.fields'(payload: { entity: Entity }): Promise<ConditionFieldDto[]>;
  /** A field's most common values (those containing `search`, ignoring case), with counts; sampled in a large workspace. */
  'segments.values'(payload: { entity: Entity; field: string; search?: string; limit?: number }): Promise<FieldValuesDto>;
}

/** Building and keeping lists (listing them is in SourcesApi). */
export interface ListsApi {
  'lists.create'(payload: { name: string; entity: Entity }): Promise<{ id: number }>;
  /** A list with its first `limit` members (default 50) and their latest lookalike scores. */
  'lists.get'(payload: { listId: number; limit?: number }): Promise<ListDetail>;
  /** A page of a list's members with their latest lookalike scores, by record id or in `sort`'s order over all of them. */
  'lists.members'(payload: { listId: number; offset?: number; limit?: number; sort?: SortDto<ListMemberSortColumn> } & GridQueryDto): Promise<ListMemberPage>;
  /** Takes records off a list; the records stay in the workspace. */
  'lists.remove'(payload: { listId: number; ids: number[] }): Promise<{ listId: number; removed: number }>;
  /** Deletes a list, never its records. */
  'lists.delete'(payload: { listId: number }): Promise<{ deleted: boolean }>;
  /**
   * Records by id, or a finished job's best candidates (`top`, `minScore`). Each member keeps the job and
   * score it was added with: the job's own, or with ids picked from a job's grid (`jobId`) that job's.
   */
  'lists.add'(
    payload: { listId: number; ids: number[]; entity?: Entity; jobId?: number } | { listId: number; fromJob: number; top?: number; minScore?: number },
  ): Promise<AddToListResult>;
}

/**
 * The review loop: the analyst marks a finished job's candidates a good fit
 * or not a fit, re-ranks the job with them (good fits as extra examples,
 * the others as counter-examples) and sees what moved.
 */
export interface ReviewApi {
  /** A job's marks. */
  'jobs.marks'(payload: { jobId: number }): Promise<JobMarksDto>;
  /** Marks records of a job (`null` clears their marks); answers with the job's marks after. */
  'jobs.mark'(payload: { jobId: number; ids: number[]; mark: ReviewMarkValue | null }): Promise<JobMarksDto>;
  /** Queues a new job with the job's source, filters, strategy and minimum score, learning from its marks. */
  'jobs.rerank'(payload: { jobId: number }): Promise<{ jobId: number }>;
  /** What a re-ranked job moved against the job it came from: the marked records, the top `top` (default 50) entered and left, the biggest rises and falls. */
  'jobs.moved'(payload: { jobId: number; top?: number }): Promise<WhatMovedDto>;
}

/**
 * CRM-ready CSV of a finished job's candidates or a list's members. The
 * desktop app asks where with a Save dialog (cancelled: nothing written);
 * the web host writes to the `exports` folder beside the workspace under a
 * name that says what it holds (never over an existing file). With `ids`
 * (the grid's selection, up to 100,000 records) only those of the job's
 * candidates or the list's members are written, in the job's rank or the
 * list's order; `minScore` is then not applied (the selection is explicit).
 * `flavour` (default DEFAULT_EXPORT_FLAVOUR, `crm`) says how cells that
 * look like formulas are written, and is named in the file name and the
 * result; `extraColumns` (default `all`) which imported extra fields follow.
 * Without `ids`, `search`, `filters`, `fold` and `sort` narrow and order the
 * rows as the grid does (the same schema and SQL), so "Export all shown"
 * writes exactly the rows the grid shows, in its order.
 */
export type ExportOptions = { flavour?: ExportFlavour; extraColumns?: ExportExtraColumns };
/** The grid query an export applies (GridQueryDto without the extra fields to show, which `extraColumns` replaces). */
export type ExportGridQuery = Omit<GridQueryDto, 'extras'>;
export interface ExportsApi {
  'exports.csv'(
    payload: (
      | { jobId: number; minScore?: number; ids?: number[]; sort?: SortDto<CandidateSortColumn> }
      | { listId: number; ids?: number[]; sort?: SortDto<ListMemberSortColumn> }
    ) &
      ExportOptions &
      ExportGridQuery,
  ): Promise<ExportResultDto | ExportCancelledDto>;
}

export type Api = WorkspaceApi & DuplicatesApi & ImportsApi & JobsApi & SourcesApi & SegmentsApi & ListsApi & ExportsApi & ReviewApi;

/** What the core pushes to the front end: event name → payload. Named after VS Code's onX events. */
export interface ApiEvents {
  'jobs.progress': JobProgressEvent;
  'imports.progress': ImportProgressEvent;
  /** A segment was saved, changed or deleted (from any window, the web host or the API). */
  'segments.changed': { segmentId: number; change: 'created' | 'updated' | 'deleted' };
  /** Duplicate records were merged, or a merge undone: records, lists, campaigns and jobs' examples changed. */
  'workspace.merged': { mergeId: number; change: 'merged' | 'undone' };
}
export type ApiEvent = keyof ApiEvents;
export type ApiMethod = keyof Api;
export type ApiPayload<M extends ApiMethod> = Parameters<Api[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<Api[M]>>;

/** 1000000 → "1,000,000", as the refusals write numbers. */
const inWords = (n: number) => n.toLocaleString('en-US');

/**
 * A number with one refusal in words for every way it can be wrong (missing
 * type, fraction, out of range), naming the field as the screen does: a
 * refused payload says "max results must be a whole number from 1 to
 * 1,000,000", not "Invalid payload" (issue 11). Dispatch shows the message
 * (ipc/schema-refusal.ts), which takes a message starting in lower case as
 * one of these, complete in itself.
 */
function numberField(label: string, min: number, max: number, whole: boolean) {
  const range = max === Infinity ? `of at least ${inWords(min)}` : `from ${inWords(min)} to ${inWords(max)}`;
  const rule = `${label} must be ${whole ? 'a whole number' : 'a number'} ${range}`;
  const n = z.number({ error: rule });
  const bounded = (whole ? n.int({ error: rule }) : n).min(min, { error: rule });
  return max === Infinity ? bounded : bounded.max(max, { error: rule });
}
const wholeNumber = (label: string, min: number, max: number) => numberField(label, min, max, true);
const fraction = (label: string) => numberField(label, 0, 1, false);
/** Rows skipped before a page; any whole number from 0. */
const offset = wholeNumber('offset', 0, Infinity);
const name = (label: string) =>
  z.string({ error: `${label} must be text` }).trim().min(1, { error: `${label} must not be empty` }).max(200, { error: `${label} must be at most 200 characters` });
const conditions = (label: string, min: number) =>
  z
    .array(z.string({ error: `each ${label} must be text` }).max(1000, { error: `each ${label} must be at most 1,000 characters` }), { error: `${label}s must be a list of conditions` })
    .min(min, { error: `give at least one ${label}` })
    .max(50, { error: `at most 50 ${label}s` });

const none = z.undefined();
const id = z.number().int().positive();
/**
 * A grid's sort: a column of `columns` (anything else is refused, naming
 * them) and a direction.
 */
function sortOf<C extends string>(what: string, columns: readonly [C, ...C[]]) {
  return z
    .object({
      column: z.enum(columns, { error: (issue) => `cannot sort ${what} by ${JSON.stringify(issue.input)}: sort by ${columns.join(', ')}` }),
      direction: z.enum(['asc', 'desc'], { error: 'sort direction must be asc or desc' }),
    }, { error: 'sort must be { column, direction }' })
    .strict();
}

/**
 * A column of `columns`, or an imported extra field (`x:<header>`, ExtraFieldColumn): what a grid of records
 * sorts and filters by. `refusal` words the error for anything else.
 */
function recordColumn<C extends string>(columns: readonly C[], refusal: (input: unknown) => string) {
  return z.custom<C | ExtraFieldColumn>((v) => typeof v === 'string' && ((columns as readonly string[]).includes(v) || isExtraFieldColumn(v)), {
    error: (issue) => refusal(issue.input),
  });
}

/** A records grid's sort: a column of `columns` or an imported extra field, and a direction. */
function recordSortOf<C extends string>(what: string, columns: readonly [C, ...C[]]) {
  return z
    .object({
      column: recordColumn(columns, (input) => `cannot sort ${what} by ${JSON.stringify(input)}: sort by ${columns.join(', ')} or x:<an imported extra field>`),
      direction: z.enum(['asc', 'desc'], { error: 'sort direction must be asc or desc' }),
    }, { error: 'sort must be { column, direction }' })
    .strict();
}

/** Records picked in a grid, for an export of the selection. */
const selection = z
  .array(id, { error: 'the selection must be a list of record ids' })
  .min(1, { error: 'the selection is empty: select rows, or export all' })
  .max(100_000, { error: 'a selection holds at most 100,000 records' });
/** An export's flavour and its extra columns: `all`, or headers (at most 1,000; `[]` for none). */
const EXTRA_COLUMNS_RULE = 'extra columns must be "all" or a list of headers';
const exportOptions = {
  flavour: z.enum(EXPORT_FLAVOURS, { error: 'flavour must be crm or spreadsheet' }).optional(),
  extraColumns: z
    .union([
      z.literal('all', { error: EXTRA_COLUMNS_RULE }),
      z
        .array(
          z.string({ error: EXTRA_COLUMNS_RULE })
            .min(1, { error: 'an extra column header must not be empty' })
            .max(500, { error: 'an extra column header must be at most 500 characters' }),
          { error: EXTRA_COLUMNS_RULE },
        )
        .max(1000, { error: 'at most 1,000 extra columns' }),
    ])
    .optional(),
};
/** A results grid's search, column filters and extra fields (GridQueryDto); text is matched as data, never as SQL. */
const gridText = (label: string) =>
  z.string({ error: `${label} must be text` }).max(200, { error: `${label} must be at most 200 characters` });
const gridFilterColumn = recordColumn(GRID_FILTER_COLUMNS, (input) => `cannot filter by ${JSON.stringify(input)}: filter by ${GRID_FILTER_COLUMNS.join(', ')} or x:<an imported extra field>`);
const gridFilter = z.union(
  [
    z.object({ column: gridFilterColumn, contains: gridText('a filter').min(1, { error: 'a filter must not be empty' }) }).strict(),
    z.object({ column: gridFilterColumn, in: z.array(gridText('a filter value')).min(1, { error: 'give at least one value' }).max(50, { error: 'at most 50 values' }) }).strict(),
    z
      .object({ column: gridFilterColumn, min: z.number({ error: 'a range end must be a number' }).optional(), max: z.number({ error: 'a range end must be a number' }).optional() })
      .strict()
      .refine((f) => f.min !== undefined || f.max !== undefined, { error: 'a range needs a minimum or a maximum' }),
  ],
  { error: 'a filter is { column, contains }, { column, in } or { column, min, max }' },
);
const gridQuery = {
  search: gridText('the search').optional(),
  filters: z.array(gridFilter).max(20, { error: 'at most 20 filters' }).optional(),
  extras: z.array(z.string().min(1).max(500)).max(30, { error: 'at most 30 extra columns' }).optional(),
  fold: z.boolean({ error: 'fold must be true or false' }).optional(),
};
/** The grid query an export applies: the grid's own rules, without the extra fields to show. */
const exportGridQuery = { search: gridQuery.search, filters: gridQuery.filters, fold: gridQuery.fold };
const sourceRef = z.object({ kind: z.enum(['segment', 'list', 'campaign']), id }).strict();
const outcome = z.enum(OUTCOMES);

const entity = z.enum(['leads', 'companies']);
const importOptions = {
  entity: entity.optional(),
  overrides: z.record(z.string().min(1).max(500), z.string().min(1).max(100)).optional(),
  outcomes: z
    .record(
      z.string().min(1, { error: 'a status value must not be empty' }).max(500),
      z.enum([...OUTCOMES, 'ignore'], { error: `an outcome must be one of ${OUTCOMES.join(', ')} or ignore` }),
    )
    .refine((map) => Object.keys(map).length <= 1000, { error: 'at most 1,000 remapped status values' })
    .optional(),
  template: z.boolean().optional(),
};
/** Upload ids are made by the web host (services/uploads.ts); the pattern keeps anything path-like out. */
export const UPLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
const importRequest = z.union([
  z.object({ path: z.string().min(1).max(4096), ...importOptions }).strict(),
  z.object({ uploadId: z.string().regex(UPLOAD_ID_PATTERN), ...importOptions }).strict(),
]);

/** Payload schemas: the single place IPC and HTTP input is validated. */
export const apiSchemas = {
  'workspace.info': none,
  'workspace.duplicates': none,
  'workspace.mergeDuplicates': none,
  'workspace.undoMerge': z.object({ mergeId: id }).strict(),
  'imports.list': none,
  'imports.rejects': z.object({
    batchId: z.number().int().positive(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  }),
  'imports.warnings': z
    .object({
      batchId: z.number().int().positive(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
  'imports.pickFile': none,
  'imports.preview': importRequest,
  'imports.start': importRequest,
  'imports.cancel': none,
  'imports.current': none,
  'imports.rejectsCsv': z.object({ batchId: id }).strict(),
  'imports.warningsCsv': z.object({ batchId: id }).strict(),
  'jobs.list': z.object({ sort: sortOf('jobs', JOB_SORT_COLUMNS).optional() }).strict().optional(),
  'jobs.get': z.object({ jobId: id, limit: wholeNumber('limit', 0, 10_000).optional() }).strict(),
  'jobs.start': z
    .object({
      source: sourceRef,
      entity: z.enum(['leads', 'companies']).optional(),
      minScore: fraction('min score').optional(),
      maxResults: wholeNumber('max results', 1, 1_000_000).optional(),
      exclude: z.array(sourceRef).max(100).optional(),
      filters: z
        .array(z.string().min(1, { error: 'a filter must not be empty' }).max(1000, { error: 'a filter must be at most 1,000 characters' }))
        .max(50, { error: 'at most 50 filters' })
        .optional(),
      positiveOutcomes: z.array(outcome).min(1).optional(),
      highScore: z.number({ error: 'high score must be a number' }).nullable().optional(),
      ignoreFields: z.array(z.string().min(1).max(500)).max(500).optional(),
      strategy: z.enum(STRATEGIES).optional(),
    })
    .strict(),
  'jobs.check': z
    .object({
      source: sourceRef,
      entity: z.enum(['leads', 'companies']).optional(),
      positiveOutcomes: z.array(outcome).min(1).optional(),
      highScore: z.number().nullable().optional(),
      ignoreFields: z.array(z.string().min(1).max(500)).max(500).optional(),
    })
    .strict(),
  'jobs.rerun': z.object({ jobId: id, ignoreFields: z.array(z.string().min(1).max(500)).max(500).optional(), minScore: fraction('min score').optional() }).strict(),
  'jobs.cancel': z.object({ jobId: id }).strict(),
  'jobs.delete': z.object({ jobId: id }).strict(),
  'jobs.candidates': z
    .object({
      jobId: id,
      offset: offset.optional(),
      limit: wholeNumber('page size', 1, 500).optional(),
      minScore: fraction('min score').optional(),
      sort: recordSortOf('candidates', CANDIDATE_SORT_COLUMNS).optional(),
      ...gridQuery,
    })
    .strict(),
  'jobs.histogram': z.object({ jobId: id, bins: z.number().int().min(2).max(100).optional() }).strict(),
  'jobs.compare': z.object({ jobId: id, ids: z.array(id).min(1).max(6) }).strict(),
  'campaigns.list': none,
  'lists.list': z.object({ sort: sortOf('lists', LIST_SORT_COLUMNS).optional() }).strict().optional(),
  'segments.list': none,
  'segments.create': z.object({ name: name('segment name'), entity, where: conditions('condition', 1) }).strict(),
  'segments.count': z.object({ entity, where: conditions('condition', 1) }).strict(),
  'segments.update': z.object({ segmentId: id, name: name('segment name'), where: conditions('condition', 1) }).strict(),
  'segments.delete': z.object({ segmentId: id }).strict(),
  'segments.fields': z.object({ entity }).strict(),
  'segments.values': z
    .object({
      entity,
      field: z.string({ error: 'field must be text' }).trim().min(1, { error: 'field must not be empty' }).max(500, { error: 'field must be at most 500 characters' }),
      search: z.string({ error: 'search must be text' }).max(200, { error: 'search must be at most 200 characters' }).optional(),
      limit: wholeNumber('limit', 1, 100).optional(),
    })
    .strict(),
  'lists.create': z.object({ name: name('list name'), entity: z.enum(['leads', 'companies']) }).strict(),
  'lists.get': z.object({ listId: id, limit: wholeNumber('limit', 0, 10_000).optional() }).strict(),
  'lists.members': z
    .object({
      listId: id,
      offset: offset.optional(),
      limit: wholeNumber('page size', 1, 500).optional(),
      sort: recordSortOf('members', LIST_MEMBER_SORT_COLUMNS).optional(),
      ...gridQuery,
    })
    .strict(),
  'lists.remove': z.object({ listId: id, ids: z.array(id).min(1).max(100_000) }).strict(),
  'lists.delete': z.object({ listId: id }).strict(),
  'exports.csv': z.union([
    z.object({ jobId: id, minScore: fraction('min score').optional(), ids: selection.optional(), sort: recordSortOf('candidates', CANDIDATE_SORT_COLUMNS).optional(), ...exportOptions, ...exportGridQuery }).strict(),
    z.object({ listId: id, ids: selection.optional(), sort: recordSortOf('members', LIST_MEMBER_SORT_COLUMNS).optional(), ...exportOptions, ...exportGridQuery }).strict(),
  ]),
  'lists.add': z.union([
    z.object({ listId: id, ids: z.array(id).min(1).max(100_000), entity: z.enum(['leads', 'companies']).optional(), jobId: id.optional() }).strict(),
    z.object({ listId: id, fromJob: id, top: wholeNumber('top', 1, Infinity).optional(), minScore: fraction('min score').optional() }).strict(),
  ]),
  'jobs.marks': z.object({ jobId: id }).strict(),
  'jobs.mark': z
    .object({
      jobId: id,
      ids: z.array(id, { error: 'ids must be a list of record ids' }).min(1, { error: 'mark at least one record' }).max(100_000, { error: 'mark at most 100,000 records at once' }),
      mark: z.enum(REVIEW_MARKS, { error: 'a mark is good, not_a_fit or null' }).nullable(),
    })
    .strict(),
  'jobs.rerank': z.object({ jobId: id }).strict(),
  'jobs.moved': z.object({ jobId: id, top: wholeNumber('top', 1, 10_000).optional() }).strict(),
} satisfies { [M in ApiMethod]: z.ZodType<ApiPayload<M>> };
