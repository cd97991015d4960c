/**
 * The condition syntax of segments and job filters, as analysts type them:
 * `FIELD OP VALUE`, with OP one of = != < > <= >= contains, or `in (a, b)`. Fields and values may be quoted
 * ("Job Title" = "VP of Sales").
 *
 * The operator is the leftmost one outside quotes, so a value may itself hold
 * an operator or the words "in"/"contains" (`title = Head of Sales in EMEA`,
 * `notes = a<=b`); a field that holds one must be quoted. The word operators
 * need spaces around them (and `in` a parenthesised list), so a header such
 * as "Interested in" still reads as a field.
 *
 * It lives in the contract because payloads carry conditions as typed and
 * the window's segment builder reads and writes the same text (its rows and
 * the typed lines stay in sync through parseCondition/formatCondition).
 *
 * This module only parses; the SQL is built in db/queries/record-filter.ts,
 * where every field is checked against a whitelist and values are bound as
 * parameters, never spliced into SQL.
 */
import { AppError } from './errors';

export type ConditionOp = '=' | '!=' | '<' | '>' | '<=' | '>=' | 'contains' | 'in';

export interface Condition {
  field: string;
  op: ConditionOp;
  /** One value, or several for `in`. */
  values: string[];
}

/** Longest first, so "<=" is not read as "<" followed by "=". */
const SYMBOL_OPS: ConditionOp[] = ['!=', '<=', '>=', '=', '<', '>'];
/** A word operator starts after whitespace; `in` must be followed by its list. */
const WORD_OP = /\s(contains)\s|\s(in)\s*\(/iy;

interface Found {
  op: ConditionOp;
  start: number;
  /** Where the value (or the list's opening parenthesis) begins. */
  valueStart: number;
}

export function parseCondition(text: string): Condition {
  const src = text.trim();
  const found = findOperator(src);
  if (!found) throw invalid(text, 'expected FIELD OP VALUE with OP one of =, !=, <, >, <=, >=, contains, in (a, b)');
  const field = unquote(src.slice(0, found.start).trim());
  if (!field) throw invalid(text, 'the field is missing');
  const rest = src.slice(found.valueStart).trim();
  if (found.op === 'in') {
    const m = /^\((.*)\)$/s.exec(rest);
    if (!m) throw invalid(text, 'use "FIELD in (a, b)"');
    const values = splitList(m[1]!);
    if (!values.length) throw invalid(text, 'the list after "in" is empty');
    return { field, op: 'in', values };
  }
  // An empty value is almost always a forgotten argument; `FIELD = ""` says it on purpose.
  if (rest === '') throw invalid(text, 'the value is missing (write "" for an empty value)');
  return { field, op: found.op, values: [unquote(rest)] };
}

/** The condition as it would be typed, quoting what the parser would otherwise split. */
export function formatCondition(c: Condition): string {
  const field = needsQuotes(c.field) ? quote(c.field) : c.field;
  if (c.op === 'in') return `${field} in (${c.values.map((v) => (/[,()"'\s]/.test(v) || v === '' ? quote(v) : v)).join(', ')})`;
  const value = c.values[0] ?? '';
  return `${field} ${c.op} ${value === '' || /^\s|\s$|^["']/.test(value) ? quote(value) : value}`;
}

function needsQuotes(field: string): boolean {
  return field === '' || /^["']/.test(field) || findOperator(`${field} = x`)?.start !== field.length + 1;
}

function quote(s: string): string {
  return s.includes('"') ? `'${s}'` : `"${s}"`;
}

function findOperator(s: string): Found | null {
  // Only a quoted field can hide an operator; quotes later on belong to the value (O'Brien).
  let i = 0;
  if (s.startsWith('"') || s.startsWith("'")) {
    const close = s.indexOf(s[0]!, 1);
    if (close < 0) return null;
    i = close + 1;
  }
  for (; i < s.length; i++) {
    const symbol = SYMBOL_OPS.find((op) => s.startsWith(op, i));
    if (symbol) return { op: symbol, start: i, valueStart: i + symbol.length };
    WORD_OP.lastIndex = i;
    const word = WORD_OP.exec(s);
    if (word) {
      const op = (word[1] ?? word[2])!.toLowerCase() as ConditionOp;
      // For `in`, the value starts at the parenthesis the pattern consumed.
      return { op, start: i + 1, valueStart: op === 'in' ? i + word[0].length - 1 : i + word[0].length };
    }
  }
  return null;
}

function invalid(text: string, why: string): AppError {
  return new AppError('invalid_input', `Cannot read the condition "${text}": ${why}.`);
}

function unquote(s: string): string {
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) {
    return s.slice(1, -1);
  }
  return s;
}

function splitList(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let quoteChar: string | null = null;
  const push = () => {
    const v = quoted ? cur : cur.trim();
    if (v !== '' || quoted) out.push(v);
    cur = '';
    quoted = false;
  };
  for (const ch of s) {
    if (quoteChar) {
      if (ch === quoteChar) quoteChar = null;
      else cur += ch;
    } else if ((ch === '"' || ch === "'") && !quoted && cur.trim() === '') {
      // A quote opens only at the start of an item, so O'Brien stays one value.
      cur = '';
      quoted = true;
      quoteChar = ch;
    } else if (ch === ',') push();
    else if (!quoted) cur += ch; // text after an item's closing quote is dropped
  }
  push();
  return out;
}
