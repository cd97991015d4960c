/**
 * Segment conditions as analysts type them: `FIELD OP VALUE`, with OP one of
 * = != < > <= >= contains, or `in (a, b)`. Values may be quoted ("VP of Sales").
 * This module only parses; the SQL is built in db/queries/segment-filter.ts,
 * where every field is checked against a whitelist and values are bound as
 * parameters, never spliced into SQL.
 */
import { AppError } from '../contract/errors';

export type ConditionOp = '=' | '!=' | '<' | '>' | '<=' | '>=' | 'contains' | 'in';

export interface Condition {
  field: string;
  op: ConditionOp;
  /** One value, or several for `in`. */
  values: string[];
}

const OPS: ConditionOp[] = ['!=', '<=', '>=', '=', '<', '>'];

export function parseCondition(text: string): Condition {
  const src = text.trim();
  const word = /^(.+?)\s+(contains|in)\s+(.+)$/i.exec(src);
  if (word) {
    const field = unquote(word[1]!.trim());
    const op = word[2]!.toLowerCase() as ConditionOp;
    const rest = word[3]!.trim();
    if (op === 'in') {
      const m = /^\((.*)\)$/s.exec(rest);
      if (!m) throw invalid(text, 'use "FIELD in (a, b)"');
      const values = splitList(m[1]!);
      if (!values.length) throw invalid(text, 'the list after "in" is empty');
      return { field, op, values };
    }
    return { field, op, values: [unquote(rest)] };
  }
  for (const op of OPS) {
    const i = indexOutsideQuotes(src, op);
    if (i > 0) {
      const field = unquote(src.slice(0, i).trim());
      const value = unquote(src.slice(i + op.length).trim());
      if (!field) throw invalid(text, 'the field is missing');
      return { field, op, values: [value] };
    }
  }
  throw invalid(text, 'expected FIELD OP VALUE with OP one of =, !=, <, >, <=, >=, contains, in (a, b)');
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

function indexOutsideQuotes(s: string, needle: string): number {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (s.startsWith(needle, i)) {
      // "<" must not match the start of "<=" (and so on): longer operators are tried first.
      return i;
    }
  }
  return -1;
}

function splitList(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter((v) => v !== '');
}
