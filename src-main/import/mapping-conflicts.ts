/**
 * Fields two columns claim (issue 11, item 4). The mapper gives each field
 * to one column, the user's overrides first; a column the importer would
 * have mapped onto a field the user then gave another column quietly became
 * an extra. Comparing the mapping with the one the importer makes without
 * the user's field choices finds those columns, so the window can say which
 * columns clash and ask which one keeps the field. A displaced column the
 * user has since chosen something for (an extra, ignored, another field) is
 * settled: that choice is explicit.
 */
import type { ImportMapping } from '../crm/index';

export interface MappingConflict {
  field: string;
  /** The column the user mapped onto the field. */
  chosen: string;
  /** The column the importer would have given the field, now an extra. */
  displaced: string;
}

export function mappingConflicts(mapping: ImportMapping, automatic: ImportMapping): MappingConflict[] {
  const conflicts: MappingConflict[] = [];
  for (const column of mapping.columns) {
    if (column.source !== 'override' || column.field === null) continue;
    const before = automatic.columns.find((c) => c.field === column.field && !c.ignored);
    if (!before || before.index === column.index) continue;
    const now = mapping.columns[before.index];
    if (!now || now.source === 'override' || now.field === column.field) continue;
    conflicts.push({ field: column.field, chosen: column.header, displaced: now.header });
  }
  return conflicts;
}

/** The user's overrides without their field choices: what the importer would do on its own (ignores and extras kept). */
export function withoutFieldChoices(overrides: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(overrides ?? {}).filter(([, target]) => target.trim() === '-' || target.trim() === 'extra'));
}
