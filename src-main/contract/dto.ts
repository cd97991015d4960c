/** Plain JSON transport shapes shared by main, preload, web host and renderer. Never rows or class instances. */
import type { StrategyName } from '../../src-model/strategies/types';

/** The ranking strategies' names, as the window offers them. */
export type { StrategyName };
import type { SeedAdviceKind, SuspectedLeak } from '../../src-model/diagnostics/types';

export type Entity = 'leads' | 'companies';
/** A record's outcome in a campaign, in funnel order (the migrations' CHECK lists the same words). */
export const OUTCOMES = ['open', 'sent', 'opened', 'replied', 'won', 'lost'] as const;
export type Outcome = (typeof OUTCOMES)[number];

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

/** `stopped`: the user stopped it (nothing was kept); `failed`: it could not finish. */
export type ImportStatus = 'running' | 'completed' | 'failed' | 'stopped';

/**
 * The key a row found an existing record by: a lead's CRM record id, email or
 * name and company; a company's CRM id, domain or normalised name; the key
 * column the user named; or, for rows with no key, their content.
 */
export type RecordKey = 'record_id' | 'email' | 'name_company' | 'domain' | 'company_name' | 'column' | 'content_hash';
/** Rows per key; a key no row used is absent. */
export type KeyCounts = Partial<Record<RecordKey, number>>;

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
  /** Kept rows with a warning (a value dropped, bytes replaced with U+FFFD); each is stored with its row. */
  warnings: number;
  /** Bytes of the file that could not be read and were stored as U+FFFD. */
  replacedBytes: number;
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

/** What an import changed in a row it kept: a value it dropped, or bytes it could not read (`replacedBytes` > 0). */
export interface RowWarningDto {
  rowNumber: number;
  column: string | null;
  reason: string;
  replacedBytes: number;
}

export interface RowWarningPage {
  batchId: number;
  total: number;
  rows: RowWarningDto[];
}

export interface ImportProgress {
  batchId: number | null;
  file: string;
  rows: number;
  bytesRead: number;
  bytesTotal: number;
}

/** Pushed while the app imports a file (one at a time), and once when it ends. */
export interface ImportProgressEvent {
  file: string;
  path: string;
  status: 'running' | 'completed' | 'failed' | 'cancelled';
  /** The batch, once the import has one (a failed import keeps a failed batch row with its message). */
  batchId: number | null;
  rows: number;
  bytesRead: number;
  bytesTotal: number;
  /**
   * Counts once completed; `updatedBy` splits `updated` by the key that found each record; `warnings` counts
   * kept rows with a value that did not parse or bytes the file's encoding cannot read (replaced with U+FFFD).
   */
  counts: { imported: number; updated: number; unchanged: number; rejected: number; updatedBy?: KeyCounts; warnings?: number } | null;
  /** Why it failed or was cancelled. */
  message: string | null;
}

/** What an import of a file would do, before it runs: the detected format and CRM, and each column's field. */
export interface ImportPreviewDto {
  file: string;
  /** The file as the request named it (a granted path or an upload id): what to pass back to preview again or start. */
  source: ImportFileRef;
  bytes: number;
  encoding: string;
  delimiter: string;
  /** The CRM export recognised by its headers (e.g. "HubSpot contacts"), or null. */
  preset: string | null;
  entity: Entity;
  /** How a row is recognised on a later import: by a record id column, the email, name and company, or its content. */
  identity: string;
  /**
   * `reason` says why the column fills its field or stays an extra ("header looks like Email; values look like emails");
   * `examples`: up to three distinct values from the first rows; `overridden`: the user's (or their template's) choice.
   */
  columns: {
    index: number;
    header: string;
    field: string | null;
    ignored: boolean;
    sample: string | null;
    examples: string[];
    overridden: boolean;
    reason: string;
  }[];
  /** The canonical fields a column can be mapped onto. */
  fields: string[];
  /** Each canonical field's readable name (`record_id` → "Record ID"), from the field table. */
  fieldLabels: Record<string, string>;
  /** The first rows (at most 20) as the file holds them, cells in column order. */
  sampleRows: { rowNumber: number; cells: string[] }[];
  /**
   * Fields two columns claim: a column the user mapped onto a field took it from the column the importer
   * would have given it (`displaced`, now an extra). The window blocks the import until each is settled
   * by an explicit choice for the displaced column.
   */
  conflicts: { field: string; chosen: string; displaced: string }[];
  /**
   * The distinct values of the status column over the sampled first rows (`rowsSampled`), how many rows
   * hold each, and the outcome each becomes (null: ignored, the row gets no outcome from it); `remapped`
   * when the request (or a template) chose it.
   */
  statusValues: { column: string; rowsSampled: number; values: { value: string; rows: number; outcome: Outcome | null; remapped: boolean }[] } | null;
  /** The choices this preview was made with (the request's, or a remembered template's), to send with imports.start. */
  applied: { overrides: Record<string, string>; outcomes: Record<string, OutcomeChoice>; entity: Entity | null };
  /** A remembered mapping for this CRM and header layout that this preview applied, and when it was saved. */
  template: { savedAt: string } | null;
  /** Status values seen in the first rows and the outcome each becomes. */
  outcomes: { column: string; value: string; outcome: Outcome; rows: number }[];
  /** Rows the first rows already reject (the full import lists all of them). */
  rejected: { rowNumber: number; reason: string }[];
  /**
   * Rows that find a record already in the workspace, by key: they update it (or leave it as it is)
   * instead of adding a new one. Counted over the whole file, or over its first `rowsChecked` rows
   * when `wholeFile` is false (a very large file); none are checked (0, false) when the workspace
   * holds no such records yet.
   */
  existing: { rowsChecked: number; wholeFile: boolean; matched: number; byKey: KeyCounts };
  /**
   * Bytes the file's encoding cannot read, which the import will store as U+FFFD with a warning on
   * their rows: how many, in how many rows, and the first of those rows (at most 20) with their
   * columns. Over the whole file, or its first `rowsChecked` rows when `wholeFile` is false.
   */
  replacedBytes: {
    bytes: number;
    rows: number;
    firstRows: { rowNumber: number; columns: string[]; bytes: number }[];
    rowsChecked: number;
    wholeFile: boolean;
  };
}

/**
 * The file an import reads: a path the desktop's Open dialog granted (or one
 * inside a folder the user named when starting the host), or the id of a file
 * the browser uploaded to the web host. Any other path is refused unread.
 */
export type ImportFileRef = { path: string } | { uploadId: string };

/** A status value's outcome as the user remaps it: one of OUTCOMES, or `ignore` (the row gets no outcome from it). */
export type OutcomeChoice = Outcome | 'ignore';

/**
 * What starting an import takes: the file, and optionally the entity, column overrides (header → field, or
 * '-' to ignore) and status values remapped to outcomes. `template: false` previews without the mapping
 * remembered for the file's layout (Reset); an import with overrides or remaps remembers them.
 */
export type ImportStartRequest = ImportFileRef & {
  entity?: Entity;
  overrides?: Record<string, string>;
  outcomes?: Record<string, OutcomeChoice>;
  template?: boolean;
};

/** Where a download of an import's rejected rows (or row warnings) went (the Save dialog's choice, or the exports folder). */
export interface RejectsCsvDto {
  file: string;
  rows: number;
}

/** A file the browser streamed to the web host (`POST /api/uploads`), kept privately until it is imported. */
export interface UploadDto {
  /** Opaque: what imports.preview and imports.start take instead of a path. */
  uploadId: string;
  /** The name the browser gave the file (stored under it, so the import history shows it). */
  file: string;
  bytes: number;
}

export type JobStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled' | 'interrupted';
export type SourceKind = 'segment' | 'list' | 'campaign';

export interface SourceRefDto {
  kind: SourceKind;
  id: number;
}

export interface JobSummaryDto {
  id: number;
  entity: Entity;
  status: JobStatus;
  source: SourceRefDto & { name: string };
  positives: number;
  candidates: number;
  /** Records embedded or scored so far (updated a few times a second while the job runs). */
  progress: { processed: number; total: number };
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface JobCandidateDto {
  rank: number;
  id: number;
  score: number;
  /** Feature block → its contribution to the score; they add up to the score. */
  reasons: Record<string, number>;
  /** The largest contributions, labelled for people ("Industry", "Seniority"), largest first. */
  topReasons: { block: string; label: string; contribution: number }[];
  /** Profile parts this candidate has no data for (they add nothing to its score). */
  missing: string[];
  /**
   * What earned the score, by field value, in log-odds against an average record (negative: counts
   * against), best first; with `base` they add up to the logit of `score`. Empty for the plain centroid.
   */
  details: { field: string; value: string; contribution: number }[];
  base: number | null;
  name: string | null;
  /** The record's id in the CRM it was exported from (as imported), to find it there. */
  recordId: string | null;
  /** Leads: their company and title; companies: their domain and industry. */
  company: string | null;
  title: string | null;
  domain: string | null;
  industry: string | null;
  /** The record's fields a grid may show as columns (the column chooser), and the imported extra fields asked for. */
  fields: RecordFieldsDto;
  extra: Record<string, string>;
  /** Another record of the same person (same email, or same name at the same company), when this one is the later. */
  duplicateOf: DuplicateDto | null;
}

/** A record's canonical fields as a grid shows them, named as its columns (RECORD_SORT_COLUMNS); null where the record has none. */
export interface RecordFieldsDto {
  email: string | null;
  title: string | null;
  company: string | null;
  domain: string | null;
  industry: string | null;
  seniority: string | null;
  department: string | null;
  employees: number | null;
  revenue: number | null;
  country: string | null;
  state: string | null;
  city: string | null;
  status: string | null;
  owner: string | null;
  createdAt: string | null;
  outcome: Outcome | null;
  leadScore: number | null;
}

/** The earliest other record of the same person: by the same email (case-insensitive), else the same name at the same company. */
export interface DuplicateDto {
  id: number;
  name: string | null;
  /** What the two records share: a lead's email or name at its company, a company's domain or normalised name. */
  by: 'email' | 'name and company' | 'domain' | 'name';
  /** Its rank in the job shown (candidates only), null when the job did not rank it. */
  rank: number | null;
}

/** A field the job's examples have and the other records mostly lack (shares 0–1). */
export interface CoverageGapDto {
  /** The canonical field's name, or the extra field's header. */
  field: string;
  label: string;
  /** 'field': a canonical field (always read); 'extra': an extra column, which `ignoreFields` can leave out. */
  kind: 'field' | 'extra';
  examples: number;
  others: number;
}

export interface JobDetailDto extends JobSummaryDto {
  params: unknown;
  profile: unknown;
  timings: unknown;
  /** Fields the examples have and the others lack: they keep every other record's score low (see the job's note). */
  coverageGaps: CoverageGapDto[];
  /** The strategy asked for, the one that ranked the candidates, and why. */
  strategy: { requested: string; used: string; why: string } | null;
  /** The job's own backtest (after its candidates were saved), or null while it runs or when too few examples. */
  backtest: JobBacktestDto | null;
  /** The examples' diagnostics as the job measured them (null for jobs run before they were measured). */
  diagnostics: SeedDiagnosticsDto | null;
  /** How the scores of every record the job ranked spread, whatever its minimum kept (null for jobs run before it was kept). */
  scoreSpread: JobScoreSpreadDto | null;
  top: JobCandidateDto[];
}

/** A job's scores over every record it ranked (not only the candidates its minimum kept); shown 0–1 scores. */
export interface JobScoreSpreadDto {
  /** Records ranked: all of the entity but the examples, the excluded and those the filters leave out. */
  ranked: number;
  /** The best score a ranked record reached (null when none was ranked). */
  best: number | null;
  /** Scores half, nine tenths and 99 in 100 of the ranked records are at or under (from a sample, to about a hundredth). */
  quantiles: { p50: number; p90: number; p99: number } | null;
}

/**
 * What an analyst should know about a job's examples before trusting its ranking
 * (src-model/diagnostics/seed-diagnostics.ts): how alike they are, which look unlike
 * the rest, and which fields seem to record the outcome itself.
 */
export interface SeedDiagnosticsDto {
  examples: number;
  /** 0.5: no more alike than records picked at random; 1: each resembles the others more than any other record does. Null with under 3 examples. */
  cohesion: number | null;
  advice: { kind: SeedAdviceKind; text: string }[];
  /** Examples less like the others than 80% of the workspace is, least alike first (the first 20 of `outlierCount`). */
  outliers: { id: number; name: string; likeness: number }[];
  outlierCount: number;
  /** Fields whose value alone almost perfectly separates the examples from the rest (or from the lost records). */
  leaks: SuspectedLeakDto[];
  /** Columns left out because the source is defined by them. */
  sourceFields: string[];
}

/** A field whose value alone tells the examples apart (see src-model/diagnostics/seed-diagnostics.ts). */
export type SuspectedLeakDto = SuspectedLeak;

/** What checking a source before a job takes: the source and what decides its examples and features. */
export interface JobCheckRequest {
  source: SourceRefDto;
  entity?: Entity;
  positiveOutcomes?: Outcome[];
  highScore?: number | null;
  ignoreFields?: string[];
}

/** How well the job's strategy finds examples it was not shown (3 folds of its examples). */
export interface JobBacktestDto {
  recallTop10: number;
  recallTop20: number;
  liftTop10: number;
  auc: number;
  folds: number;
  examples: number;
  /** In words: "Recovers 71% of held-out examples in the top fifth of the ranking (3.6× random) …" */
  summary: string;
  /** For `auto`: every strategy it compared, best first. */
  comparison: { strategy: string; recallTop20: number; auc: number }[];
}

/** What starting a lookalike job takes; everything but the source has the engine's defaults. */
export interface JobStartRequest {
  source: SourceRefDto;
  entity?: Entity;
  minScore?: number;
  maxResults?: number;
  exclude?: SourceRefDto[];
  /** Conditions in the segment syntax, e.g. "country = Germany". */
  filters?: string[];
  positiveOutcomes?: Outcome[];
  highScore?: number | null;
  ignoreFields?: string[];
  /** How candidates are ranked (default `auto`: backtested on the examples). */
  strategy?: StrategyName;
}

/** Pushed while a job is queued, runs and ends (a few times a second at most while it runs). */
export interface JobProgressEvent {
  jobId: number;
  status: JobStatus;
  /**
   * What the running job is doing, in four broad stages (the steps before scoring count as embedding, the
   * checks after the candidates are saved as the backtest); null before it starts and after it ends.
   */
  phase: 'embedding' | 'scoring' | 'saving' | 'backtest' | null;
  /** Counted within `phase` (records embedded, scored, saved); never lower than the last event's for the same phase. */
  processed: number;
  total: number;
  /** The pipeline's step (one of JOB_STEPS) while the job runs. */
  step?: JobStep;
  /** The step in words, with its counts when it has them: "Embedding 412,000 of 1,000,000 records". */
  stepLabel?: string;
  /** Estimated milliseconds left in this step, from its rate so far; absent when it cannot be told. */
  remainingMs?: number;
  /** The whole job done, 0–1, weighted by step; it never goes down within a job. */
  overall?: number;
}

/** The steps of a lookalike job in the order they run (`save` twice: the candidates, then the checks). */
export const JOB_STEPS = [
  'source',
  'vocabulary',
  'embed',
  'training-set',
  'coverage',
  'profile',
  'exclusions',
  'score',
  'reasons',
  'save',
  'diagnostics',
  'backtest',
] as const;
export type JobStep = (typeof JOB_STEPS)[number];

/** A campaign from the imports, with its members per outcome (they add up to `members`). */
export interface CampaignSummary {
  id: number;
  name: string;
  members: number;
  outcomes: Record<Outcome, number>;
  createdAt: string;
}

/** A hand-picked list of leads or companies. */
export interface ListSummary {
  id: number;
  name: string;
  entity: Entity;
  members: number;
  createdAt: string;
}

/** One member of a list, as the list screen shows it. */
export interface ListMemberDto {
  id: number;
  name: string | null;
  /** The record's id in the CRM it was exported from. */
  recordId: string | null;
  email: string | null;
  title: string | null;
  company: string | null;
  /** Leads only; companies carry no outcome. */
  outcome: Outcome | null;
  /**
   * The score the member was added with and its job, kept when later jobs run; for a member added by hand
   * (or whose job was deleted), the record's latest score. Null when never scored.
   */
  score: number | null;
  scoreJobId: number | null;
  fields: RecordFieldsDto;
  extra: Record<string, string>;
  duplicateOf: DuplicateDto | null;
}

/** A page of a list's members, in the order they are stored (record id). */
export interface ListMemberPage {
  listId: number;
  /** Members matching the search and filters (all of them without any). */
  total: number;
  /** Members of the list. */
  unfiltered: number;
  offset: number;
  members: ListMemberDto[];
  /** The imported extra fields records of the list's entity have, for the column chooser. */
  extraFields: string[];
}

/** A list with its first members (as many as asked for), in id order. */
export interface ListDetail extends ListSummary {
  items: ListMemberDto[];
}

/**
 * How the segment builder offers a field: its operators and the value input
 * follow the kind (a yes/no field takes yes or no, a number an ordering).
 */
export type ConditionFieldKind = 'text' | 'number' | 'yes-no' | 'country' | 'outcome' | 'date';

/** A field a condition may name: a record's own, its company's (`company.X`), the lookalike score, or an imported column. */
export interface ConditionFieldDto {
  /** As a condition writes it (`industry`, `company.country`, an imported header). */
  name: string;
  /** In words ("Industry", "Company: Country"). */
  label: string;
  kind: ConditionFieldKind;
  group: 'record' | 'company' | 'score' | 'imported';
  /** Whether any record (of a sample, in a large workspace) holds a value: a field nobody filled matches nothing. */
  hasValues: boolean;
}

/** The most common values of a field, as the data holds them, most frequent first. */
export interface FieldValuesDto {
  values: { value: string; count: number }[];
  /** Counts were read from a sample of the records (a large workspace): they are estimates. */
  sampled: boolean;
}

/** A condition whose value matches no record while a value the data holds is one small typo away. */
export interface ValueSuggestion {
  /** The condition as sent. */
  condition: string;
  value: string;
  /** The value as the data holds it. */
  suggestion: string;
  /** The condition rewritten with it. */
  replacement: string;
}

/** The live count of conditions, with "did you mean" for mistyped values when they match nothing. */
export interface ConditionCount {
  members: number;
  estimated: boolean;
  suggestions: ValueSuggestion[];
}

/** A saved filter; its members are worked out when it is used. */
export interface SegmentSummary {
  id: number;
  name: string;
  entity: Entity;
  /** The conditions as they would be typed, joined by AND. */
  conditions: string[];
  members: number;
  createdAt: string;
}

export interface CandidatePage {
  jobId: number;
  /** Candidates the job kept (scoring at least `minScore`). */
  total: number;
  offset: number;
  minScore: number;
  candidates: JobCandidateDto[];
  /** Candidates scoring at least `minScore` before the search and filters (`total` without any). */
  unfiltered: number;
  /** The imported extra fields records of the job's entity have, for the column chooser. */
  extraFields: string[];
}

/** How a job's candidate scores spread: equal-width bins over [0, 1], the last one closed. */
export interface ScoreHistogram {
  jobId: number;
  bins: { from: number; to: number; count: number }[];
}

/** The outcome of adding records to a list (adding is all-or-nothing: an unknown id adds nothing). */
export interface AddToListResult {
  listId: number;
  /** How many distinct records were asked for. */
  requested: number;
  added: number;
  alreadyThere: number;
}

/**
 * How an export writes cells a spreadsheet could run as formulas
 * (src-main/csv/export-csv.ts). `crm`: values exactly as stored, so a CRM
 * re-imports them unchanged (a phone `+1 451 555 0100`, a signed number
 * `-12.5`), while a cell that could run a function, a reference or a DDE
 * call (`=…`, `@…`, `+cmd|…`, `-2+3`, tab, CR) still gets a leading `'`.
 * `spreadsheet`: every cell starting with = + - @ tab or CR gets the `'`,
 * phone numbers included, for a file opened in Excel or Sheets.
 */
export const EXPORT_FLAVOURS = ['crm', 'spreadsheet'] as const;
export type ExportFlavour = (typeof EXPORT_FLAVOURS)[number];

/**
 * `crm` unless asked: the export is the CRM-ready file, with headers the
 * CRM maps back, and what an analyst does with it is load the lookalikes
 * into HubSpot or Salesforce, where an apostrophe in front of every phone
 * number is kept as data. `crm` still neutralises every cell that could run
 * as a formula, so opening it in a spreadsheet stays safe; `spreadsheet` is
 * for a file meant to be read in one.
 */
export const DEFAULT_EXPORT_FLAVOUR: ExportFlavour = 'crm';

/**
 * The imported extra fields an export adds after its own columns, under
 * their original headers: `all` those the exported records have, in the
 * order first seen (at most EXPORT_EXTRA_COLUMNS_CAP), or these headers, in
 * this order (`[]` for none).
 */
export type ExportExtraColumns = 'all' | string[];

/**
 * With `all`, the most extra columns an export writes: a 5,000-column import
 * would otherwise give a 5,000-column file no CRM's import screen can map.
 * The result says when the cap left some out; naming headers reaches any.
 */
export const EXPORT_EXTRA_COLUMNS_CAP = 250;

/** A CSV written for the CRM: where it is, how many records it holds, which flavour and which extra columns. */
export interface ExportResultDto {
  file: string;
  entity: Entity;
  rows: number;
  flavour: ExportFlavour;
  /** The imported extra columns written after the export's own, by header. */
  extraColumns: string[];
  /** True when `all` found more extra columns than EXPORT_EXTRA_COLUMNS_CAP and left the rest out. */
  extraColumnsCapped: boolean;
}

/** The user closed the Save dialog without choosing a file: nothing was written. */
export interface ExportCancelledDto {
  cancelled: true;
}

/** Fields the comparison lines up, per record and for the job's examples. */
export type ComparedFieldKey =
  | 'title'
  | 'seniority'
  | 'role'
  | 'company'
  | 'industry'
  | 'size'
  | 'country'
  | 'region'
  | 'technologies'
  | 'intent'
  | 'status';

/** One field of one record: as imported, and what the engine reads it as. */
export interface ComparedValue {
  value: string | null;
  /** Features the engine reads from it (a seniority, an industry bucket, each technology); empty when none. */
  features: string[];
  /** Shares a feature with the examples' most common ones for this field. */
  likeExamples: boolean;
}

/** A record beside the job's examples: its fields, and its score with each feature block's part in it. */
export interface ComparedRecord {
  id: number;
  name: string | null;
  /** The record's id in the CRM it was exported from. */
  recordId: string | null;
  /** Rank and score in the job; null for a record the job did not keep as a candidate. */
  rank: number | null;
  score: number | null;
  /** Feature block → contribution; they add up to the score. */
  reasons: Record<string, number>;
  /** Profile parts this record has no data for. */
  missing: string[];
  /** One of the job's own examples (never a candidate). */
  isExample: boolean;
  values: Record<ComparedFieldKey, ComparedValue>;
  /** Imported columns the engine reads (see CandidateComparison.extraFields), by header. */
  extras: Record<string, ComparedValue>;
}

/** What the job's examples have in common, field by field (weighted as in the profile: won 3, replied 2, ...). */
export interface ExampleFieldSummary {
  /**
   * The most common features, with the weighted share of examples that have each and, for imported
   * columns, the share of all records that do (from a sample; null where not measured).
   */
  top: { feature: string; share: number; overall?: number | null }[];
  /** Weighted share of examples with any value for this field. */
  coverage: number;
}

export interface CandidateComparison {
  jobId: number;
  entity: Entity;
  fields: { key: ComparedFieldKey; label: string }[];
  /**
   * Imported columns the engine reads (the workspace's encoded extra fields) that at least a fifth of
   * the examples have, those whose values the examples share most first; at most 12.
   */
  extraFields: { key: string; label: string; part: 'company' | 'lead' }[];
  /** Feature blocks in layout order, labelled. */
  blocks: { block: string; label: string }[];
  examples: {
    count: number;
    /** False for jobs run before examples were stored: they are the source's current positives instead. */
    asRun: boolean;
    fields: Record<ComparedFieldKey, ExampleFieldSummary>;
    extras: Record<string, ExampleFieldSummary>;
  };
  records: ComparedRecord[];
}

/** Which way a grid column sorts. */
export type SortDirection = 'asc' | 'desc';

/**
 * A grid's sort, done by the main process over all rows (not the page shown):
 * blanks last either way, ties in the grid's default order (issue 11).
 */
export interface SortDto<C extends string = string> {
  column: C;
  direction: SortDirection;
}

/** A record's columns a grid may sort by, named as the DTOs and fields name them (`leadScore`: the CRM's own score field). */
export const RECORD_SORT_COLUMNS = [
  'name',
  'recordId',
  'email',
  'title',
  'company',
  'domain',
  'industry',
  'seniority',
  'department',
  'employees',
  'revenue',
  'country',
  'state',
  'city',
  'status',
  'owner',
  'createdAt',
  'outcome',
  'leadScore',
] as const;
/**
 * An imported extra field as a results grid's column, to show, sort and filter by: `x:` and the header as
 * imported (issue 11). The header reaches SQL only as a bound parameter.
 */
export type ExtraFieldColumn = `x:${string}`;
export const EXTRA_COLUMN_PREFIX = 'x:';
/** The longest header an extra field column names (as the grid query's `extras`). */
export const MAX_EXTRA_HEADER = 500;
export function isExtraFieldColumn(column: string): column is ExtraFieldColumn {
  return column.startsWith(EXTRA_COLUMN_PREFIX) && column.length > EXTRA_COLUMN_PREFIX.length && column.length <= EXTRA_COLUMN_PREFIX.length + MAX_EXTRA_HEADER;
}
/** The imported header an extra field column names. */
export const extraFieldHeader = (column: ExtraFieldColumn): string => column.slice(EXTRA_COLUMN_PREFIX.length);
/** A job's candidates: rank (the default, best first), lookalike score, or a record column (or an imported extra field). */
export const CANDIDATE_SORT_COLUMNS = ['rank', 'score', ...RECORD_SORT_COLUMNS] as const;
export type CandidateSortColumn = (typeof CANDIDATE_SORT_COLUMNS)[number] | ExtraFieldColumn;
/** A list's members: id (the default, the order they are stored), latest lookalike score, or a record column (or an imported extra field). */
export const LIST_MEMBER_SORT_COLUMNS = ['id', 'score', ...RECORD_SORT_COLUMNS] as const;
export type ListMemberSortColumn = (typeof LIST_MEMBER_SORT_COLUMNS)[number] | ExtraFieldColumn;
/** The jobs list (default: newest first, id descending). */
export const JOB_SORT_COLUMNS = ['id', 'status', 'entity', 'source', 'positives', 'candidates', 'createdAt', 'startedAt', 'finishedAt'] as const;
export type JobSortColumn = (typeof JOB_SORT_COLUMNS)[number];
/** The lists list (default: id ascending). */
export const LIST_SORT_COLUMNS = ['id', 'name', 'entity', 'members', 'createdAt'] as const;
export type ListSortColumn = (typeof LIST_SORT_COLUMNS)[number];

export type RecordSortColumn = (typeof RECORD_SORT_COLUMNS)[number];
/** The columns a grid filters by: a record column, the lookalike score, or an imported extra field. */
export const GRID_FILTER_COLUMNS = ['score', ...RECORD_SORT_COLUMNS] as const;
export type GridFilterColumn = (typeof GRID_FILTER_COLUMNS)[number] | ExtraFieldColumn;
/**
 * One column filter of a results grid (issue 11): text containing (ignoring case), one of some values
 * (ignoring case), or a number range (either end open).
 */
export type GridFilterDto =
  | { column: GridFilterColumn; contains: string }
  | { column: GridFilterColumn; in: string[] }
  | { column: GridFilterColumn; min?: number; max?: number };
/** What narrows a results grid beyond its score: a quick search (name, email, company, title), column filters, and the extra fields to read. */
export interface GridQueryDto {
  search?: string;
  filters?: GridFilterDto[];
  extras?: string[];
  /** Hide rows marked as duplicates of a row already in the result (the earliest record of each person or company stays). */
  fold?: boolean;
}

/** The analyst's verdict on a candidate (issue 11, the review loop). */
export const REVIEW_MARKS = ['good', 'not_a_fit'] as const;
export type ReviewMarkValue = (typeof REVIEW_MARKS)[number];

/** A job's marks: each marked record, and what a re-ranking from this job would learn from. */
export interface JobMarksDto {
  jobId: number;
  marks: { id: number; mark: ReviewMarkValue }[];
  good: number;
  notAFit: number;
  /** The marks this job was itself re-ranked with (its parameters), or null for a job run from its source alone. */
  rerankedFrom: { jobId: number; good: number; notAFit: number } | null;
}

/** One record in "What moved": where it stood in the job it came from and where it stands now (null: not kept). */
export interface MovedRecordDto {
  id: number;
  name: string | null;
  oldRank: number | null;
  oldScore: number | null;
  newRank: number | null;
  newScore: number | null;
  mark: ReviewMarkValue | null;
  /** A good fit the re-ranking learned from: an example now, so not ranked. */
  nowExample: boolean;
  /** Marked not a fit: left out of the re-ranking's candidates (and learned from as a counter-example). */
  leftOut: boolean;
}

/** What a re-ranking with the analyst's marks changed against the job it came from. */
export interface WhatMovedDto {
  jobId: number;
  fromJobId: number;
  entity: Entity;
  /** The top N compared for entering and leaving. */
  top: number;
  marked: MovedRecordDto[];
  entered: MovedRecordDto[];
  left: MovedRecordDto[];
  rises: MovedRecordDto[];
  falls: MovedRecordDto[];
}
