/**
 * The dry run: what an import of this file would do, without writing.
 * Shows the detected format and preset, the column mapping, how status values
 * map to outcomes, and the first rows as they would be stored.
 *
 * The mapping is built exactly as the import builds it: from the header and
 * the same sampled first rows (mapping-sample.ts), so what the preview says
 * is what the import does.
 */
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { Entity, Outcome } from '../contract/dto';
import { openCsv, type CsvFormat, type CsvRejectedRow, type CsvRow } from '../csv/index';
import { compileMapping, normalizeOutcome, type ColumnMapping, type ImportMapping, type MappedRecord, type RowMapper } from '../crm/index';
import { buildImportMapping, implicitCampaignFor, toImportError, type ImportOptions } from './import-file';
import { sampleChunks, type SampledChunks } from './mapping-sample';
import { ExistingMatchCounter, type ExistingMatches } from './existing-matches';

export interface PreviewColumn extends ColumnMapping {
  sample: string | null;
}

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
}

export interface PreviewOptions extends ImportOptions {
  /** Rows shown as they would be stored (default 5; at least 5 rows feed the outcome summary). */
  rows?: number;
  /** The workspace the file would be imported into: the preview then counts the rows that update its records. */
  workspace?: Database.Database;
}

export async function previewImport(path: string, options: PreviewOptions = {}): Promise<ImportPreview> {
  const file = basename(path);
  let sampled: SampledChunks | null = null;
  try {
    const source = await openCsv(path, { encoding: options.encoding, delimiter: options.delimiter, signal: options.signal });
    sampled = await sampleChunks(source.chunks());
    const mapping = buildImportMapping(source.header.names, sampled.sample, options);
    const toRecord = compileMapping(mapping, { outcomeOverrides: options.outcomeOverrides });
    const existing = options.workspace ? new ExistingMatchCounter(options.workspace, mapping) : null;
    const preview = { format: source.format, ...(await firstRows(sampled, Math.max(options.rows ?? 200, 5), existing, toRecord)) };
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
      columns: mapping.columns.map((c) => ({ ...c, sample: firstNonEmpty(preview.rows.map((r) => r.fields[c.index] ?? '')) })),
      outcomes,
      implicitCampaign: implicitCampaignFor(mapping, file),
      rows,
      rejected: preview.rejected,
      existing: existing?.result(preview.ended) ?? null,
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
 * row's keys are looked up; only the first rows are kept.
 */
async function firstRows(
  sampled: SampledChunks,
  wanted: number,
  existing: ExistingMatchCounter | null,
  toRecord: RowMapper,
): Promise<{ rows: CsvRow[]; rejected: CsvRejectedRow[]; ended: boolean }> {
  const rows: CsvRow[] = [];
  const rejected: CsvRejectedRow[] = [];
  let ended = true;
  for await (const chunk of sampled.chunks) {
    if (rows.length < wanted) rejected.push(...chunk.rejected);
    for (const row of chunk.rows) {
      if (rows.length < wanted) rows.push(row);
      if (existing?.wantsMore) countExisting(existing, toRecord, row);
    }
    if (rows.length >= wanted && !existing?.wantsMore) {
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

function firstNonEmpty(values: string[]): string | null {
  const v = values.find((x) => x.trim() !== '');
  return v === undefined ? null : v.length > 60 ? v.slice(0, 57) + '…' : v;
}
