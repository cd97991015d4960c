/**
 * Dry-run view of the outcome vocabulary: the distinct status values in a
 * sample of rows and the outcome each would get, so an analyst can spot a
 * stage that needs an override (`Engaging=replied`) before importing.
 */
import type { ImportMapping } from './mapping';
import { presentValue } from './normalize/missing';
import { createOutcomeClassifier, type Outcome } from './outcome';

export interface StatusOutcome {
  value: string;
  outcome: Outcome;
  /** False when the value is not in the vocabulary and fell back to `open`. */
  recognised: boolean;
  count: number;
}

export interface StatusPreview {
  /** Header of the status column, null when the file has none. */
  column: string | null;
  values: StatusOutcome[];
}

export function describeStatusOutcomes(
  mapping: ImportMapping,
  sampleRows: Iterable<readonly string[]>,
  outcomeOverrides?: Readonly<Record<string, Outcome>>,
): StatusPreview {
  const column = mapping.columns.find((c) => c.field === 'status' && !c.ignored);
  if (!column) return { column: null, values: [] };
  const classify = createOutcomeClassifier(outcomeOverrides);
  const counts = new Map<string, number>();
  for (const row of sampleRows) {
    const value = presentValue(row[column.index]);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const values = [...counts].map(([value, count]) => {
    const outcome = classify(value);
    return { value, outcome: outcome ?? 'open', recognised: outcome !== null, count };
  });
  values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { column: column.header, values };
}
