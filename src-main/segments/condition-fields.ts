/**
 * The fields the segment builder offers for an entity, in the order users
 * read them (the field table's), each with its label and the kind that
 * decides its operators and value input. These are the names the condition
 * compiler accepts (db/queries/record-filter.ts); test/unit/segments checks
 * that every one compiles. Imported columns are added from the data by the
 * segments service.
 */
import type { ConditionFieldDto, ConditionFieldKind, Entity } from '../contract/dto';
import { storedColumns, type StoredColumn } from '../../src-model/fields/field-columns';
import { fieldDefinition, type FieldType } from '../../src-model/fields/field-table';

const KIND_OF_TYPE: Partial<Record<FieldType, ConditionFieldKind>> = {
  flag: 'yes-no',
  country: 'country',
  date: 'date',
  'employee-count': 'number',
  amount: 'number',
  score: 'number',
};

/** A field as offered, before the data says whether it holds values. */
export type ConditionField = Omit<ConditionFieldDto, 'hasValues'> & {
  /** The record table and column its values are in; none for the lookalike score. */
  storedIn?: { table: Entity; column: string };
};

function columnField(c: StoredColumn, company: boolean): ConditionField {
  const definition = fieldDefinition(c.field);
  // A band as written (employees_range, "51-200") is text beside the number.
  const kind = c.holds === 'text' ? 'text' : (KIND_OF_TYPE[definition.type] ?? 'text');
  const label = c.holds === 'text' ? `${definition.label} (as written)` : definition.label;
  return company
    ? { name: `company.${c.column}`, label: `Company: ${label}`, kind, group: 'company', storedIn: { table: 'companies', column: c.column } }
    : { name: c.column, label, kind, group: 'record' };
}

/** The canonical fields of the entity, then (for leads) the outcome, the lookalike score and the linked company's fields. */
export function canonicalConditionFields(entity: Entity): ConditionField[] {
  const own = storedColumns(entity).map((c) => ({ ...columnField(c, false), storedIn: { table: entity, column: c.column } }));
  const outcome: ConditionField[] = entity === 'leads' ? [{ name: 'outcome', label: 'Outcome', kind: 'outcome', group: 'record' }] : [];
  const score: ConditionField = { name: 'lookalike_score', label: 'Lookalike score (latest job)', kind: 'number', group: 'score' };
  const company = entity === 'leads' ? storedColumns('companies').map((c) => columnField(c, true)) : [];
  return [...own, ...outcome, score, ...company];
}

/**
 * How a condition names an imported column: its header, or `extra.Header`
 * when the bare header would be read as a canonical field (an imported
 * "Industry" kept beside the mapped one) or as a prefix.
 */
export function importedFieldName(entity: Entity, header: string): string {
  const lower = header.trim().toLowerCase();
  const taken = canonicalConditionFields(entity).some((f) => f.name.toLowerCase() === lower);
  const reserved = taken || ['id', 'company_id', 'name_key'].includes(lower) || /^(extra|company)\.|^lookalike_score/.test(lower);
  return reserved ? `extra.${header}` : header;
}
