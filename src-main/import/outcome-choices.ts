/**
 * Status values remapped by the user (issue 11, item 4): each distinct value
 * of the status column goes to one of the contract's OUTCOMES, or is ignored
 * (its rows get no outcome from their status). The request carries one map;
 * the row mapper takes the remaps and the ignored values apart.
 */
import type { Outcome, OutcomeChoice } from '../contract/dto';
import { createOutcomeClassifier, type ImportMapping } from '../crm/index';

export interface SplitOutcomeChoices {
  outcomeOverrides: Record<string, Outcome>;
  ignoredStatuses: string[];
}

export function splitOutcomeChoices(choices: Readonly<Record<string, OutcomeChoice>> | undefined): SplitOutcomeChoices {
  const outcomeOverrides: Record<string, Outcome> = {};
  const ignoredStatuses: string[] = [];
  for (const [value, choice] of Object.entries(choices ?? {})) {
    if (choice === 'ignore') ignoredStatuses.push(value);
    else outcomeOverrides[value] = choice;
  }
  return { outcomeOverrides, ignoredStatuses };
}

export interface StatusValues {
  column: string;
  rowsSampled: number;
  values: { value: string; rows: number; outcome: Outcome | null; remapped: boolean }[];
}

/** The status column's distinct values in the sampled rows, most frequent first, each with the outcome it becomes. */
export function statusValues(
  mapping: ImportMapping,
  sample: readonly (readonly string[])[],
  choices: Readonly<Record<string, OutcomeChoice>> | undefined,
  limit = 200,
): StatusValues | null {
  const column = mapping.columns.find((c) => !c.ignored && c.field === 'status');
  if (!column) return null;
  const chosen = new Map(Object.entries(choices ?? {}).map(([value, choice]) => [value.trim().toLowerCase(), choice]));
  const classify = createOutcomeClassifier();
  const counts = new Map<string, { value: string; rows: number }>();
  for (const row of sample) {
    const value = (row[column.index] ?? '').trim();
    if (!value) continue;
    const key = value.toLowerCase();
    const entry = counts.get(key) ?? { value, rows: 0 };
    entry.rows++;
    counts.set(key, entry);
  }
  const values = [...counts.entries()]
    .sort((a, b) => b[1].rows - a[1].rows || a[1].value.localeCompare(b[1].value))
    .slice(0, limit)
    .map(([key, { value, rows }]) => {
      const choice = chosen.get(key);
      const outcome = choice === undefined ? (classify(value) ?? 'open') : choice === 'ignore' ? null : choice;
      return { value, rows, outcome, remapped: choice !== undefined };
    });
  return { column: column.header, rowsSampled: sample.length, values };
}
