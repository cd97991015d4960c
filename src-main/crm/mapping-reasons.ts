/**
 * The short sentence each column of a mapping carries: why it fills a field
 * or stays an extra. The dry run, the import preview and the stored batch
 * mapping show it as is, so it is written for the person importing the file
 * ("header looks like Campaign, but its values are numbers (1, 2, 3) — kept
 * as an extra field"), not for a log.
 */
import { type CanonicalField, fieldDefinition } from '../../src-model/fields/field-table';

const KEPT = ' — kept as an extra field';

/** `full_name` → `Full name`: the field as a header would say it. */
export function fieldLabel(field: CanonicalField): string {
  return fieldDefinition(field).label;
}

const withNote = (text: string, note: string | null): string => (note ? `${text}; ${note}` : text);

export const reasons = {
  overrideField: (field: CanonicalField): string => `set to ${fieldLabel(field)} by your mapping`,
  overrideExtra: (): string => 'kept as an extra field by your mapping',
  overrideIgnored: (): string => 'ignored by your mapping',
  preset: (preset: string, note: string | null): string => withNote(`header matches the ${preset} preset`, note),
  presetExtra: (preset: string): string => `the ${preset} preset keeps it as an extra field`,
  auto: (field: CanonicalField, note: string | null): string => withNote(`header looks like ${fieldLabel(field)}`, note),
  /** Misses: the column stays an extra; `kept` adds the ending. */
  presetRefused: (preset: string, field: CanonicalField, note: string | null): string =>
    `the ${preset} preset reads it as ${fieldLabel(field)}, but ${note ?? 'its values do not fit'}`,
  refused: (field: CanonicalField, note: string | null): string => `header looks like ${fieldLabel(field)}, but ${note ?? 'its values do not fit'}`,
  taken: (field: CanonicalField, owner: string): string => `header looks like ${fieldLabel(field)}, but "${owner}" fills that field`,
  unmatched: (): string => 'no field matches this header',
  kept: (miss: string): string => `${miss}${KEPT}`,
};
