/**
 * Builds the `values` and `extra` objects of a mapped record.
 *
 * Why generated code: filling an object with `values[field] = value` in a
 * loop is a megamorphic keyed store that adds a property, handled in V8's
 * runtime; and even one named store per field turns megamorphic once rows
 * differ in which cells are empty (each combination is another hidden class).
 * Measured here with 20 fields and 7 optional ones: keyed loop ~540 ns,
 * conditional stores ~510 ns, one object literal ~80 ns per row. So each
 * mapping gets a generated function returning a single literal with every
 * mapped key, in a fixed order: one hidden class for all rows. The price is
 * that an empty cell leaves its key present with the value `undefined`
 * (JSON drops it), rather than absent.
 *
 * Generated source holds only canonical field names (a fixed list of
 * identifiers), integer indexes and header text encoded with JSON.stringify,
 * so file content never becomes code. Where code generation is not allowed
 * (a CSP without 'unsafe-eval'), equivalent loops are used instead.
 */
import { CANONICAL_FIELDS, type CanonicalField } from '../../src-model/fields/field-table';
import { isBlank } from './normalize/missing';

export type ValuesBuilder = (slots: readonly (string | null)[]) => Partial<Record<CanonicalField, string>>;
export type ExtrasBuilder = (fields: readonly string[]) => Record<string, string> | null;

export interface ExtraColumn {
  index: number;
  /** Unique key in the extra object (a repeated header is suffixed); never `__proto__`. */
  key: string;
}

const IDENTIFIER = /^[a-z_]+$/;

function generate<T>(parameters: string[], body: string, ...args: unknown[]): T | null {
  try {
    return new Function(...parameters, body)(...args) as T;
  } catch {
    return null;
  }
}

/** `fields` are the mapped canonical fields; `slots` is indexed by CANONICAL_FIELDS position. */
export function createValuesBuilder(fields: readonly CanonicalField[]): ValuesBuilder {
  const slots = fields.map((field) => {
    const slot = CANONICAL_FIELDS.indexOf(field);
    if (slot < 0 || !IDENTIFIER.test(field)) throw new Error(`Not a canonical field: ${field}`);
    return slot;
  });
  const properties = fields.map((field, i) => `${field}: s[${slots[i]}] ?? undefined`);
  const generated = generate<ValuesBuilder>(
    [],
    `'use strict'; return function buildValues(s) { return { ${properties.join(', ')} }; };`,
  );
  return (
    generated ??
    ((row) => {
      const values: Partial<Record<CanonicalField, string>> = {};
      fields.forEach((field, i) => {
        values[field] = row[slots[i] ?? -1] ?? undefined;
      });
      return values;
    })
  );
}

/**
 * Raw cells of the unmapped columns keyed by header, blank cells as
 * `undefined`; null when every one of them is blank.
 */
export function createExtrasBuilder(columns: readonly ExtraColumn[]): ExtrasBuilder {
  if (columns.length === 0) return () => null;
  const reads = columns.map(({ index }, i) => `const x${i} = isBlank(f[${index}]) ? undefined : (n++, f[${index}]);`);
  const properties = columns.map(({ key }, i) => `${JSON.stringify(key)}: x${i}`);
  const generated = generate<ExtrasBuilder>(
    ['isBlank'],
    `'use strict'; return function buildExtras(f) { let n = 0;\n${reads.join('\n')}\nreturn n === 0 ? null : { ${properties.join(', ')} }; };`,
    isBlank,
  );
  return (
    generated ??
    ((row) => {
      const extra: Record<string, string> = {};
      let present = 0;
      for (const { index, key } of columns) {
        const raw = row[index];
        const kept = raw === undefined || isBlank(raw) ? undefined : raw;
        if (kept !== undefined) present++;
        extra[key] = kept as string;
      }
      return present === 0 ? null : extra;
    })
  );
}
