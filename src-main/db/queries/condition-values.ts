/**
 * What the segment builder offers from the data: a field's most common
 * values with their counts, and the imported columns the records keep.
 * Both read runs of consecutive ids (features.ts sampleRuns): one run
 * covering every record in a small workspace, a spread sample in a large
 * one, so a keystroke in the value box costs milliseconds at 300k leads.
 * Fields resolve through the condition compiler's whitelist; headers and
 * searched text are bound parameters.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../../contract/dto';
import { fieldExpression, numberOf, useFilterFunctions } from './record-filter';
import { COMPANY_FIELD_COLUMNS, LEAD_FIELD_COLUMNS } from './records';

export type IdRuns = readonly (readonly [number, number])[];

export interface ValueCount {
  value: string;
  count: number;
}

function recordsOf(entity: Entity): { from: string; own: string } {
  return entity === 'leads' ? { from: 'leads l LEFT JOIN companies c ON c.id = l.company_id', own: 'l' } : { from: 'companies c', own: 'c' };
}

/**
 * The field's non-empty values within the runs, most frequent first, values
 * differing only in case counted as one (as conditions compare them), kept
 * in the spelling met first. `search` keeps values containing it, ignoring case.
 */
export function fieldValueCounts(db: Database.Database, entity: Entity, field: string, runs: IdRuns, limit: number, search?: string): ValueCount[] {
  const { expr, params } = fieldExpression(entity, field);
  const { from, own } = recordsOf(entity);
  const searched = search !== undefined && search.trim() !== '';
  // One run is every record: the database ranks and cuts; several runs are merged here first.
  const single = runs.length === 1;
  const stmt = useFilterFunctions(db).prepare<unknown[], { value: string; n: number }>(
    `SELECT v AS value, count(*) AS n FROM (SELECT CAST(${expr} AS TEXT) AS v FROM ${from} WHERE ${own}.id >= ? AND ${own}.id < ?)
     WHERE v IS NOT NULL AND trim(v) != '' ${searched ? 'AND instr(lower(v), lower(?)) > 0' : ''}
     GROUP BY v COLLATE NOCASE ORDER BY n DESC, v COLLATE NOCASE ${single ? 'LIMIT ?' : ''}`,
  );
  const merged = new Map<string, ValueCount>();
  for (const [lo, hi] of runs) {
    const args: unknown[] = [...params, lo, hi, ...(searched ? [search.trim()] : []), ...(single ? [limit] : [])];
    for (const r of stmt.iterate(...args)) {
      const key = r.value.toLowerCase();
      const seen = merged.get(key);
      if (seen) seen.count += r.n;
      else merged.set(key, { value: r.value, count: r.n });
    }
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, limit);
}

export interface ExtraFieldStat {
  header: string;
  /** Records within the runs holding a non-empty value. */
  filled: number;
  /** Of those, the values that read as numbers. */
  numeric: number;
}

/** The imported columns (extra headers) the records within the runs keep, with how many hold a value and how many of those are numbers. */
export function extraFieldStats(db: Database.Database, entity: Entity, runs: IdRuns): ExtraFieldStat[] {
  const table = entity === 'leads' ? 'leads' : 'companies';
  const stmt = db.prepare<[number, number], ExtraFieldStat>(
    `SELECT j.key AS header, count(*) AS filled, sum(${numberOf('j.value')} IS NOT NULL) AS numeric
     FROM ${table} x, json_each(x.extra) j
     WHERE x.id >= ? AND x.id < ? AND x.extra IS NOT NULL AND j.value IS NOT NULL AND trim(j.value) != ''
     GROUP BY j.key`,
  );
  const merged = new Map<string, ExtraFieldStat>();
  for (const [lo, hi] of runs) {
    for (const r of stmt.iterate(lo, hi)) {
      const seen = merged.get(r.header);
      if (seen) {
        seen.filled += r.filled;
        seen.numeric += r.numeric;
      } else merged.set(r.header, { ...r });
    }
  }
  return [...merged.values()];
}

/**
 * Which of the record table's field columns hold a value in any record
 * within the runs. The columns come from the field table (never from a
 * request), so their names are spliced; an unknown name is refused.
 */
export function filledColumns(db: Database.Database, table: 'leads' | 'companies', columns: readonly string[], runs: IdRuns): Set<string> {
  const known = new Set(table === 'leads' ? LEAD_FIELD_COLUMNS.map((c) => c.column) : COMPANY_FIELD_COLUMNS.map((c) => c.column));
  for (const c of columns) if (!known.has(c)) throw new Error(`Not a field column of ${table}: ${c}`);
  if (columns.length === 0) return new Set();
  const stmt = db.prepare<[number, number], Record<string, number>>(
    // Imports store an empty cell as NULL, so count() says whether a value is there.
    `SELECT ${columns.map((c, i) => `count(${c}) AS c${i}`).join(', ')} FROM ${table} WHERE id >= ? AND id < ?`,
  );
  const filled = new Set<string>();
  for (const [lo, hi] of runs) {
    const row = stmt.get(lo, hi)!;
    columns.forEach((c, i) => {
      if (row[`c${i}`]! > 0) filled.add(c);
    });
  }
  return filled;
}

/**
 * The headers the entity's completed imports kept as extra fields (mapped to
 * no field, not ignored), from the mappings the import history stores: all
 * of them, however wide the files, without reading a record.
 */
export function importedExtraHeaders(db: Database.Database, entity: Entity): string[] {
  const mappings = db.prepare<[Entity], string>("SELECT mapping FROM import_batches WHERE entity = ? AND status = 'completed'").pluck().all(entity);
  const headers = new Set<string>();
  for (const text of mappings) {
    const columns = (JSON.parse(text) as { columns?: { header?: unknown; field?: unknown; ignored?: unknown }[] }).columns ?? [];
    for (const c of columns) if (typeof c.header === 'string' && c.header.trim() !== '' && (c.field === null || c.field === undefined) && c.ignored !== true) headers.add(c.header);
  }
  return [...headers];
}
