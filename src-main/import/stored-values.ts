/**
 * What a mapped record stores in each field column (db/queries/records.ts
 * lists the columns, from the field table): the value the mapper parsed
 * where it parses one (an email lower-cased, a domain bare, a head count as
 * a number beside its band), else the cell's text.
 *
 * Why generated code: the writer builds these values for every row of files
 * up to 1M rows. A loop over one reader closure per column measured ~800 ns
 * a row here (every `values[field]` read shares one megamorphic keyed load);
 * one generated array literal with a named read per column, ~50 ns, as the
 * hand-written list it replaces. The source holds only canonical field names
 * (checked identifiers) and indexes; where code generation is not allowed (a
 * CSP without 'unsafe-eval'), the loop is used instead.
 */
import type { MappedRecord } from '../crm/index';
import type { CanonicalField } from '../../src-model/fields/field-table';
import type { StoredColumn } from '../../src-model/fields/field-columns';
import type { SqlValue } from '../db/queries/records';

export type ReadStored = (rec: MappedRecord) => SqlValue;

/** Where a column's value comes from: a field's cell text, a reader of the mapped record, or nothing (null). */
export type ColumnSource = CanonicalField | ReadStored | null;

export type StoredValues = (rec: MappedRecord) => SqlValue[];

const flag = (b: boolean | null): number | null => (b === null ? null : b ? 1 : 0);

/** Fields whose stored value is the mapper's parse, not the cell's text. */
const PARSED: Partial<Record<CanonicalField, ReadStored>> = {
  full_name: (rec) => rec.fullName,
  email: (rec) => rec.email,
  domain: (rec) => rec.domain,
  employees: (rec) => rec.employees?.value ?? null,
  revenue: (rec) => rec.revenue,
  score: (rec) => rec.score,
  replied: (rec) => flag(rec.replied),
  won: (rec) => flag(rec.won),
};

/** Fields with a text column beside their number (FieldStorage.textColumn): the normalised band, else the cell as written. */
const AS_WRITTEN: Partial<Record<CanonicalField, ReadStored>> = {
  employees: (rec) => rec.employees?.label ?? rec.values.employees ?? null,
};

/** Where a stored column's value comes from; throws (at load) for a text column no reader knows. */
export function columnSource(column: StoredColumn): ColumnSource {
  const { field } = column;
  if (column.holds === 'text') {
    const read = AS_WRITTEN[field];
    if (!read) throw new Error(`No reader for ${column.column}, the text column of ${field}.`);
    return read;
  }
  return PARSED[field] ?? field;
}

const IDENTIFIER = /^[a-z_]+$/;

/** A function returning the values of `sources`' columns, in their order. */
export function compileStoredValues(sources: readonly ColumnSource[]): StoredValues {
  const readers: ReadStored[] = [];
  const reads = sources.map((source) => {
    if (source === null) return 'null';
    if (typeof source === 'function') return `r${readers.push(source) - 1}(rec)`;
    if (!IDENTIFIER.test(source)) throw new Error(`Not a canonical field: ${source}`);
    return `v.${source} ?? null`;
  });
  try {
    const names = readers.map((_, i) => `r${i}`);
    const body = `'use strict'; return function storedValues(rec) { const v = rec.values; return [${reads.join(', ')}]; };`;
    return new Function(...names, body)(...readers) as StoredValues;
  } catch {
    return (rec) =>
      sources.map((source) => (source === null ? null : typeof source === 'function' ? source(rec) : (rec.values[source] ?? null)));
  }
}
