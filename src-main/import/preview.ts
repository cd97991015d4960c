/**
 * The dry run: what an import of this file would do, without writing.
 * Shows the detected format and preset, the column mapping, how status values
 * map to outcomes, the first rows as they would be stored, and the bytes the
 * import will replace with U+FFFD, with their rows.
 *
 * The mapping is built exactly as the import builds it: from the header and
 * the same sampled first rows (mapping-sample.ts), so what the preview says
 * is what the import does.
 */
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { Entity, Outcome, OutcomeChoice } from '../contract/dto';
import { openCsv, type CsvFormat, type CsvRejectedRow, type CsvRow } from '../csv/index';
import { compileMapping, normalizeOutcome, type ColumnMapping, type ImportMapping, type MappedRecord, type RowMapper } from '../crm/index';
import { buildImportMapping, implicitCampaignFor, toImportError, type ImportOptions } from './import-file';
import { sampleChunks, type SampledChunks } from './mapping-sample';
import { ExistingMatchCounter, type ExistingMatches } from './existing-matches';
import { headerLayout } from './header-layout';
import { mappingConflicts, withoutFieldChoices, type MappingConflict } from './mapping-conflicts';
import { splitOutcomeChoices, statusValues, type StatusValues } from './outcome-choices';
import { getMappingTemplate, type MappingTemplate } from '../db/queries/mapping-templates';
import { holdsInvalidUtf8 } from '../csv/utf8-file-check';
import { ReplacedBytesTally, type ReplacedBytesSummary } from './replaced-bytes-tally';

export interface PreviewColumn extends ColumnMapping {
  sample: string | null;
  /** Up to three distinct values from the first rows shown. */
  examples: string[];
}

/** Rows of the file the preview shows as they are (the window's 20-row table). */
export const PREVIEW_TABLE_ROWS = 20;
const EXAMPLES_PER_COLUMN = 3;

export interface ImportPreview {
  file: string;
  format: CsvFormat;
  preset: string | null;
  entity: Entity;
  identity: ImportMapping['identity'];
  columns: PreviewColumn[];
  /** Distinct values of the outcome columns (status, won, replied) in the previewed rows and the outcome each leads to. */
  outcomes: { column: string; value: string; outcome: Outcome; rows: number }[];
  /** Campaign that rows with an outcome join when the file has no campaign column. */
  implicitCampaign: string | null;
  rows: Record<string, unknown>[];
  rejected: CsvRejectedRow[];
  /** Rows that find a record already in the workspace, by key (existing-matches.ts); null without a workspace. */
  existing: ExistingMatches | null;
  /** Bytes the import will store as U+FFFD, and their rows (replaced-bytes-tally.ts). */
  replaced: ReplacedBytesSummary;
  /** The first PREVIEW_TABLE_ROWS rows, cells in header order. */
  sampleRows: { rowNumber: number; cells: string[] }[];
  /** Fields a user's column choice took from the column the importer would have given them. */
  conflicts: MappingConflict[];
  /** The status column's distinct values in the mapping sample, with the outcome each becomes. */
  statusValues: StatusValues | null;
  /** The choices the preview was made with: the options', or the remembered template's when it applied one. */
  applied: { overrides: Record<string, string>; outcomes: Record<string, OutcomeChoice>; entity: Entity | null };
  /** The remembered template applied, when one was. */
  template: MappingTemplate | null;
}

export interface PreviewOptions extends ImportOptions {
  /** Rows shown as they would be stored (default 5; at least 5 rows feed the outcome summary). */
  rows?: number;
  /** The workspace the file would be imported into: the preview then counts the rows that update its records. */
  workspace?: Database.Database;
  /** Status values remapped by the user (or ignored); they replace outcomeOverrides. */
  outcomeChoices?: Record<string, OutcomeChoice>;
  /**
   * Start from the mapping remembered for the file's layout (db/queries/mapping-templates.ts) when the
   * request makes no choices of its own; needs `workspace`.
   */
  useTemplate?: boolean;
}

export async function previewImport(path: string, requested: PreviewOptions = {}): Promise<ImportPreview> {
  const file = basename(path);
  let sampled: SampledChunks | null = null;
  try {
    const source = await openCsv(path, { encoding: requested.encoding, delimiter: requested.delimiter, signal: requested.signal });
    sampled = await sampleChunks(source.chunks());
    // A UTF-8 file is checked whole, natively; only one with bytes to replace is read on to find their rows.
    const clean = source.format.encoding === 'utf-8' && !(await holdsInvalidUtf8(path, requested.signal));
    const headers = source.header.names;
    const template = rememberedTemplate(headers, sampled.sample, requested);
    const chosen: PreviewOptions = template
      ? { ...requested, overrides: template.overrides, outcomeChoices: template.outcomes, ...(template.entity ? { entity: template.entity } : {}) }
      : requested;
    const choices = chosen.outcomeChoices
      ? splitOutcomeChoices(chosen.outcomeChoices)
      : { outcomeOverrides: chosen.outcomeOverrides, ignoredStatuses: [] };
    const options: PreviewOptions = { ...chosen, outcomeOverrides: choices.outcomeOverrides };
    const mapping = buildImportMapping(headers, sampled.sample, options);
    const automatic = buildImportMapping(headers, sampled.sample, { ...options, overrides: withoutFieldChoices(options.overrides) });
    const toRecord = compileMapping(mapping, choices);
    const existing = options.workspace ? new ExistingMatchCounter(options.workspace, mapping) : null;
    const replaced = new ReplacedBytesTally();
    const readOn = source.format.encoding === 'utf-8' && !clean;
    const preview = {
      format: source.format,
      ...(await firstRows(sampled, Math.max(options.rows ?? 200, 5, PREVIEW_TABLE_ROWS), existing, toRecord, replaced, readOn)),
    };
    const tableRows = preview.rows.slice(0, PREVIEW_TABLE_ROWS);
    const outcomeColumns = mapping.columns.filter((c) => !c.ignored && (c.field === 'status' || c.field === 'won' || c.field === 'replied'));
    const statusColumn = outcomeColumns.find((c) => c.field === 'status');
    // (column, value) → how often each outcome followed; a status value's own
    // outcome is exact, a won/replied value shows the outcome its rows got.
    const seen = new Map<string, { column: string; value: string; outcomes: Map<Outcome, number>; rows: number }>();
    const shown = options.rows ?? 5;
    const rows: Record<string, unknown>[] = [];
    preview.rows.forEach((row, i) => {
      const rec = toRecord(row.fields);
      for (const c of outcomeColumns) {
        const value = (row.fields[c.index] ?? '').trim();
        if (!value) continue;
        const key = `${c.index}\u0000${value.toLowerCase()}`;
        const entry = seen.get(key) ?? { column: c.header, value, outcomes: new Map<Outcome, number>(), rows: 0 };
        const outcome = c === statusColumn ? normalizeOutcome(value, options.outcomeOverrides) : rec.outcome ?? 'open';
        entry.outcomes.set(outcome, (entry.outcomes.get(outcome) ?? 0) + 1);
        entry.rows++;
        seen.set(key, entry);
      }
      if (i < shown) {
        rows.push({
          row: row.rowNumber,
          identity: rec.identity ?? '(content hash)',
          ...rec.values,
          ...(rec.fullName ? { full_name: rec.fullName } : {}),
          ...(rec.email ? { email: rec.email } : {}),
          ...(rec.domain ? { domain: rec.domain } : {}),
          ...(rec.employees ? { employees: rec.employees.value, employees_range: rec.employees.label } : {}),
          ...(rec.revenue !== null ? { revenue: rec.revenue } : {}),
          ...(rec.score !== null ? { score: rec.score } : {}),
          ...(rec.outcome !== null ? { outcome: rec.outcome } : {}),
          ...(rec.extra ? { extra: rec.extra } : {}),
        });
      }
    });
    const outcomes = [...seen.values()]
      .map((e) => ({ column: e.column, value: e.value, rows: e.rows, outcome: [...e.outcomes.entries()].sort((a, b) => b[1] - a[1])[0]![0] }))
      .sort((a, b) => a.column.localeCompare(b.column) || b.rows - a.rows);
    return {
      file,
      format: preview.format,
      preset: mapping.preset?.name ?? null,
      entity: mapping.entity,
      identity: mapping.identity,
      columns: mapping.columns.map((c) => ({
        ...c,
        sample: firstNonEmpty(preview.rows.map((r) => r.fields[c.index] ?? '')),
        examples: distinctExamples(tableRows.map((r) => r.fields[c.index] ?? ''), EXAMPLES_PER_COLUMN),
      })),
      outcomes,
      implicitCampaign: implicitCampaignFor(mapping, file),
      rows,
      rejected: preview.rejected,
      existing: existing?.result(preview.ended) ?? null,
      replaced: replaced.result(preview.ended, clean),
      sampleRows: tableRows.map((r) => ({ rowNumber: r.rowNumber, cells: headers.map((_, i) => r.fields[i] ?? '') })),
      conflicts: mappingConflicts(mapping, automatic),
      statusValues: statusValues(mapping, sampled.sample, options.outcomeChoices),
      applied: { overrides: { ...(options.overrides ?? {}) }, outcomes: { ...(options.outcomeChoices ?? {}) }, entity: options.entity && options.entity !== 'auto' ? options.entity : null },
      template,
    };
  } catch (e) {
    throw toImportError(e, file);
  } finally {
    await sampled?.close();
  }
}

/**
 * The rows the preview shows and counts outcomes on (fewer than the mapping
 * sample, usually), and the rejected rows among them. With a match counter,
 * reading goes on through the file (up to the counter's limit) so that every
 * row's keys are looked up, and with `readOn` so that every replaced byte is
 * found (up to the tally's limit); only the first rows are kept.
 */
async function firstRows(
  sampled: SampledChunks,
  wanted: number,
  existing: ExistingMatchCounter | null,
  toRecord: RowMapper,
  replaced: ReplacedBytesTally,
  readOn: boolean,
): Promise<{ rows: CsvRow[]; rejected: CsvRejectedRow[]; ended: boolean }> {
  const rows: CsvRow[] = [];
  const rejected: CsvRejectedRow[] = [];
  let ended = true;
  for await (const chunk of sampled.chunks) {
    replaced.add(chunk);
    if (rows.length < wanted) rejected.push(...chunk.rejected);
    for (const row of chunk.rows) {
      if (rows.length < wanted) rows.push(row);
      if (existing?.wantsMore) countExisting(existing, toRecord, row);
    }
    if (rows.length >= wanted && !existing?.wantsMore && !(readOn && replaced.wantsMore)) {
      ended = false;
      break;
    }
  }
  const lastShown = rows.length === wanted ? (rows[rows.length - 1]?.rowNumber ?? Infinity) : Infinity;
  return { rows, rejected: rejected.filter((r) => r.rowNumber <= lastShown), ended };
}

/** A row the mapper fails on is the import's to reject; it finds no record. */
function countExisting(existing: ExistingMatchCounter, toRecord: RowMapper, row: CsvRow): void {
  let rec: MappedRecord;
  try {
    rec = toRecord(row.fields);
  } catch {
    return;
  }
  existing.add(rec, row.fields);
}

/**
 * The mapping remembered for this layout, when the request asks for one and
 * makes no choices of its own (a request with choices is the user editing
 * the preview, template or not).
 */
function rememberedTemplate(headers: readonly string[], sample: readonly (readonly string[])[], options: PreviewOptions): MappingTemplate | null {
  if (!options.useTemplate || !options.workspace) return null;
  const chose = Object.keys(options.overrides ?? {}).length > 0 || Object.keys(options.outcomeChoices ?? {}).length > 0;
  if (chose) return null;
  const layout = headerLayout(buildImportMapping(headers, sample, { ...options, overrides: {} }));
  return getMappingTemplate(options.workspace, layout);
}

function distinctExamples(values: readonly string[], count: number): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const text = v.trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text.length > 60 ? text.slice(0, 57) + '…' : text);
    if (seen.size === count) break;
  }
  return [...seen];
}

function firstNonEmpty(values: string[]): string | null {
  const v = values.find((x) => x.trim() !== '');
  return v === undefined ? null : v.length > 60 ? v.slice(0, 57) + '…' : v;
}
