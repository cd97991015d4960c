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
import type { Entity, Outcome } from '../contract/dto';
import { openCsv, type CsvFormat, type CsvRejectedRow, type CsvRow } from '../csv/index';
import { compileMapping, normalizeOutcome, type ColumnMapping, type ImportMapping } from '../crm/index';
import { buildImportMapping, implicitCampaignFor, toImportError, type ImportOptions } from './import-file';
import { sampleChunks, type SampledChunks } from './mapping-sample';

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
}

export async function previewImport(path: string, options: ImportOptions & { rows?: number } = {}): Promise<ImportPreview> {
  const file = basename(path);
  let sampled: SampledChunks | null = null;
  try {
    const source = await openCsv(path, { encoding: options.encoding, delimiter: options.delimiter, signal: options.signal });
    sampled = await sampleChunks(source.chunks());
    const preview = { format: source.format, ...(await firstRows(sampled, Math.max(options.rows ?? 200, 5))) };
    const mapping = buildImportMapping(source.header.names, sampled.sample, options);
    const toRecord = compileMapping(mapping, { outcomeOverrides: options.outcomeOverrides });
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
    };
  } catch (e) {
    throw toImportError(e, file);
  } finally {
    await sampled?.close();
  }
}

/**
 * The rows the preview shows and counts outcomes on (fewer than the mapping
 * sample, usually), and the rejected rows among them.
 */
async function firstRows(sampled: SampledChunks, wanted: number): Promise<{ rows: CsvRow[]; rejected: CsvRejectedRow[] }> {
  const rows: CsvRow[] = [];
  const rejected: CsvRejectedRow[] = [];
  for await (const chunk of sampled.chunks) {
    for (const row of chunk.rows) if (rows.length < wanted) rows.push(row);
    rejected.push(...chunk.rejected);
    if (rows.length >= wanted) break;
  }
  const lastShown = rows.length === wanted ? (rows[rows.length - 1]?.rowNumber ?? Infinity) : Infinity;
  return { rows, rejected: rejected.filter((r) => r.rowNumber <= lastShown) };
}

function firstNonEmpty(values: string[]): string | null {
  const v = values.find((x) => x.trim() !== '');
  return v === undefined ? null : v.length > 60 ? v.slice(0, 57) + '…' : v;
}
