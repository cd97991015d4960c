/**
 * A page of records as the data layer hands it over: one JSON text, an array
 * of rows whose cells are in FEATURE_COLUMNS order, built by SQLite itself
 * (db/queries/features.ts, which takes each column's stored source from the
 * field table). The main thread then only steps one statement and posts one
 * string per page; turning rows into the columnar RecordBatch is this
 * module's job, in the worker. (Reading the same rows as JavaScript arrays
 * cost the main thread ~5 µs a row, four times the JSON text.)
 *
 * Extra fields arrive already parsed: SQLite embeds each record's extra JSON
 * as an object when it is valid and null when it is damaged, so a bad blob
 * costs that record its extras, never the job.
 */
import type { RecordBatch } from './types';

type BatchColumn = Exclude<keyof RecordBatch, 'count'>;

/** How a cell is read into its batch column; missing text is null, a missing number NaN, a missing company id 0. */
type CellKind = 'id' | 'text' | 'number' | 'object';

/** Every column of a RecordBatch, in the order a feature row carries them. */
const CELL_KINDS: { readonly [C in BatchColumn]: CellKind } = {
  ids: 'id',
  companyId: 'id',
  industry: 'text',
  employees: 'number',
  revenue: 'number',
  companyCountry: 'text',
  technologies: 'text',
  intent: 'text',
  companyExtra: 'object',
  title: 'text',
  seniority: 'text',
  department: 'text',
  score: 'number',
  leadCountry: 'text',
  leadState: 'text',
  leadCity: 'text',
  campaign: 'text',
  leadExtra: 'object',
  companyState: 'text',
  companyCity: 'text',
};

/** The batch column of each cell of a feature row. */
export const FEATURE_COLUMNS = Object.keys(CELL_KINDS) as readonly BatchColumn[];

const text = (v: unknown): string | null => (typeof v === 'string' ? (v === '' ? null : v) : v == null ? null : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : v == null || v === '' ? NaN : Number(v));
const object = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

function decodeColumn(rows: readonly unknown[][], cell: number, kind: CellKind): RecordBatch[BatchColumn] {
  const n = rows.length;
  switch (kind) {
    case 'id': {
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = (rows[i]![cell] as number) ?? 0;
      return out;
    }
    case 'number': {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = num(rows[i]![cell]);
      return out;
    }
    case 'text': {
      const out = new Array<string | null>(n);
      for (let i = 0; i < n; i++) out[i] = text(rows[i]![cell]);
      return out;
    }
    case 'object': {
      const out = new Array<Record<string, unknown> | null>(n);
      for (let i = 0; i < n; i++) out[i] = object(rows[i]![cell]);
      return out;
    }
  }
}

/** Rows of a page, in id order. Throws on text that is not a JSON array of rows (a bug in the query, not bad data). */
export function decodeFeaturePage(json: string): RecordBatch {
  const rows = JSON.parse(json) as unknown[][];
  if (!Array.isArray(rows)) throw new TypeError('a feature page must be a JSON array of rows');
  const batch: Record<string, unknown> = { count: rows.length };
  FEATURE_COLUMNS.forEach((column, cell) => {
    batch[column] = decodeColumn(rows, cell, CELL_KINDS[column]);
  });
  return batch as unknown as RecordBatch;
}
