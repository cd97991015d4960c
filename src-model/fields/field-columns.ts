/**
 * The field table read per use, as plain lists built once at load: the
 * columns each record table stores, and the feature columns the engine fills
 * from each. The SQL that uses them is assembled in src-main/db/queries.
 */
import { type CanonicalField, type FeatureColumn, FIELD_TABLE, type FieldType, type RecordTable } from './field-table';

export interface StoredColumn {
  field: CanonicalField;
  column: string;
  /** `text`: the value as written beside the number in `value` (FieldStorage.textColumn). */
  holds: 'value' | 'text';
  /** The column holds a number (a count, an amount, a score, a 1/0 flag), else text. */
  numeric: boolean;
}

export interface EngineColumn {
  feature: FeatureColumn;
  field: CanonicalField;
  /** The stored column the feature is read from. */
  column: string;
  /** Read only for a lead with no linked company (FieldReading). */
  unlinkedOnly: boolean;
}

const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set<FieldType>(['employee-count', 'amount', 'score', 'flag']);

function stored(table: RecordTable): StoredColumn[] {
  return FIELD_TABLE.flatMap((f): StoredColumn[] => {
    const column = table === 'leads' ? f.storage.leads : f.storage.companies;
    if (column === undefined) return [];
    const value: StoredColumn = { field: f.name, column, holds: 'value', numeric: NUMERIC_TYPES.has(f.type) };
    const text = f.storage.textColumn;
    return text === undefined ? [value] : [value, { field: f.name, column: text, holds: 'text', numeric: false }];
  });
}

function read(table: RecordTable): EngineColumn[] {
  const columns = FIELD_TABLE.flatMap((f): EngineColumn[] => {
    const reading = f.engine;
    if (reading === undefined) return [];
    if (table === 'companies') {
      const column = f.storage.companies;
      return reading.company !== undefined && column !== undefined ? [{ feature: reading.company, field: f.name, column, unlinkedOnly: false }] : [];
    }
    if (reading.lead !== undefined) return [{ feature: reading.lead, field: f.name, column: f.storage.leads, unlinkedOnly: false }];
    return reading.company !== undefined ? [{ feature: reading.company, field: f.name, column: f.storage.leads, unlinkedOnly: true }] : [];
  });
  const seen = new Set<FeatureColumn>();
  for (const c of columns) {
    if (seen.has(c.feature)) throw new Error(`Two fields fill the engine's ${c.feature} for ${table}.`);
    seen.add(c.feature);
  }
  return columns;
}

const STORED: Readonly<Record<RecordTable, readonly StoredColumn[]>> = { leads: stored('leads'), companies: stored('companies') };
const READ: Readonly<Record<RecordTable, readonly EngineColumn[]>> = { leads: read('leads'), companies: read('companies') };

/** The columns of `table` that hold fields, in the table's order. */
export function storedColumns(table: RecordTable): readonly StoredColumn[] {
  return STORED[table];
}

/** The feature columns the engine fills from a record of `table`, each from one stored column. */
export function engineColumns(table: RecordTable): readonly EngineColumn[] {
  return READ[table];
}
