/**
 * The builder's view of typed conditions: the text (one condition per line)
 * stays the one source of truth, so the rows the builder shows and the lines
 * a power user types can never disagree. Rows are read from the lines with
 * the contract's parser; the builder writes a row back as a line with its
 * formatter. Pure, for the tests.
 */
import { type Condition, type ConditionOp, formatCondition, parseCondition } from '../../../../src-main/contract/condition-syntax';
import type { ConditionFieldDto, ConditionFieldKind } from '../../../../src-main/contract/dto';
import { toAppError } from '../../lib/app-error';

/** The operators that make sense for a kind of field, likeliest first. */
export const OPERATORS_BY_KIND: Readonly<Record<ConditionFieldKind, readonly ConditionOp[]>> = {
  text: ['=', '!=', 'contains', 'in'],
  country: ['=', '!=', 'in'],
  outcome: ['=', '!=', 'in'],
  'yes-no': ['='],
  number: ['>=', '<=', '=', '!=', '>', '<'],
  date: ['>=', '<=', '=', '>', '<'],
};

/** An operator in words, as the builder's menu and its rows say it. */
export function operatorLabel(op: ConditionOp, kind: ConditionFieldKind): string {
  const date = kind === 'date';
  switch (op) {
    case '=':
      return 'is';
    case '!=':
      return 'is not';
    case 'contains':
      return 'contains';
    case 'in':
      return 'is one of';
    case '>':
      return date ? 'is after' : 'is more than';
    case '>=':
      return date ? 'is on or after' : 'is at least';
    case '<':
      return date ? 'is before' : 'is less than';
    case '<=':
      return date ? 'is on or before' : 'is at most';
  }
}

export type ConditionLine = { text: string; condition: Condition; error?: undefined } | { text: string; condition?: undefined; error: string };

/** The non-empty lines of the text, trimmed: what is sent as `where`. */
export function conditionLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Each line read as a condition, or what is wrong with it. */
export function readLines(text: string): ConditionLine[] {
  return conditionLines(text).map((line) => {
    try {
      return { text: line, condition: parseCondition(line) };
    } catch (e) {
      return { text: line, error: toAppError(e).message };
    }
  });
}

/** The lines with line `index` replaced (or, at the end, added). */
export function withLine(text: string, index: number, line: string): string {
  const lines = conditionLines(text);
  lines.splice(index, 1, line);
  return lines.join('\n');
}

export function withoutLine(text: string, index: number): string {
  const lines = conditionLines(text);
  lines.splice(index, 1);
  return lines.join('\n');
}

/** The condition a builder row writes; an `in` row's value is a comma-separated list. */
export function composeLine(field: string, op: ConditionOp, value: string): string {
  const values = op === 'in' ? splitList(value) : [value.trim()];
  return formatCondition({ field, op, values });
}

/** What the value box shows for a condition being edited. */
export function valueText(condition: Condition): string {
  return condition.values.join(', ');
}

/**
 * The item of a value being typed, after the last comma of an `is one of`
 * list (`head` is what comes before it, kept when a suggestion replaces it).
 */
export function itemBeingTyped(value: string, multiple: boolean): { head: string; item: string } {
  if (!multiple) return { head: '', item: value.trim() };
  const cut = value.lastIndexOf(',');
  return cut < 0 ? { head: '', item: value.trim() } : { head: `${value.slice(0, cut + 1).trimEnd()} `, item: value.slice(cut + 1).trim() };
}

/** The items of a comma-separated value list, trimmed, empties dropped. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The field a condition names, as offered (ignoring case), or undefined for one the builder does not know. */
export function findField(fields: readonly ConditionFieldDto[], name: string): ConditionFieldDto | undefined {
  const key = name.trim().toLowerCase();
  return fields.find((f) => f.name.toLowerCase() === key) ?? fields.find((f) => f.group === 'imported' && `extra.${f.label}`.toLowerCase() === key);
}

/** A condition in words ("Industry is Software"), for the builder's rows. */
export function describeCondition(condition: Condition, field: ConditionFieldDto | undefined): string {
  const kind = field?.kind ?? 'text';
  const values = condition.op === 'in' ? condition.values.join(', ') : (condition.values[0] ?? '');
  return `${field?.label ?? condition.field} ${operatorLabel(condition.op, kind)} ${values === '' ? '(empty)' : values}`;
}

/** The text with every condition naming `field` rewritten to name `replacement` (a "did you mean" taken). */
export function withFieldReplaced(text: string, field: string, replacement: string): string {
  return readLines(text)
    .map((line) => (line.condition && line.condition.field === field ? formatCondition({ ...line.condition, field: replacement }) : line.text))
    .join('\n');
}

/** The text with the line `from` (as sent) replaced by `to`. */
export function withLineReplaced(text: string, from: string, to: string): string {
  return conditionLines(text)
    .map((line) => (line === from ? to : line))
    .join('\n');
}
