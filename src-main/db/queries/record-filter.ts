/**
 * Compiles segment conditions and job filters into a SQL WHERE clause over
 * `leads` (alias l, with its company as c) or `companies` (alias c).
 * Fields are resolved against a whitelist (canonical columns, `company.X`,
 * `lookalike_score`, `lookalike_score:SOURCE`, `extra.Header` or any imported
 * header kept as an extra field); values, extra headers and score sources are
 * always bound parameters, never spliced into the SQL text.
 *
 * Semantics worth knowing:
 *  - text compares ignore case (NOCASE, ASCII); `contains` is a substring test;
 *  - a yes/no field (`won`, `replied`) takes true/false, yes/no, 1/0, on/off in
 *    any case, and refuses anything else;
 *  - `outcome` takes only the outcomes (OUTCOMES), and refuses others by name;
 *  - `country` (= != in) matches values as the data holds them: a value that
 *    names a country (`US`, `usa`, `United States`, `Deutschland`) matches
 *    every record whose country reads as that country, through the model's
 *    country reading (src-model/features/geo.ts) registered on the connection
 *    as lookalike_country(); other text compares as text;
 *  - `!=` also matches records where the field is empty;
 *  - an ordering against a number (`Employees Total > 50` on an extra field)
 *    compares numbers, and only values that read as numbers ("1,200", "-3.5")
 *    take part — a text such as "n/a" is neither above nor below 50.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../../contract/dto';
import { OUTCOMES } from '../../contract/dto';
import { AppError } from '../../contract/errors';
import type { Condition } from '../../segments/condition';
import { closestName } from '../../segments/closest-name';
import { FIELD_TABLE, type FieldType } from '../../../src-model/fields/field-table';
import { countryInfo } from '../../../src-model/features/geo';
import { COMPANY_FIELD_COLUMNS, LEAD_FIELD_COLUMNS } from './records';

const NUMERIC = new Set(['id', 'company_id', ...[...LEAD_FIELD_COLUMNS, ...COMPANY_FIELD_COLUMNS].flatMap((c) => (c.numeric ? [c.column] : []))]);
/** The columns a condition may name: the records' field columns, their ids, and a lead's outcome and company link. */
const LEAD_FIELDS = new Set<string>(['id', 'outcome', 'company_id', ...LEAD_FIELD_COLUMNS.map((c) => c.column)]);
const COMPANY_FIELDS = new Set<string>(['id', 'name_key', ...COMPANY_FIELD_COLUMNS.map((c) => c.column)]);

/** The type of the field each value column holds (text columns beside a number are plain text). */
const COLUMN_TYPES = new Map<string, FieldType>(
  [...LEAD_FIELD_COLUMNS, ...COMPANY_FIELD_COLUMNS].flatMap((c) => {
    const type = FIELD_TABLE.find((f) => f.name === c.field)?.type;
    return c.holds === 'value' && type !== undefined ? [[c.column, type] as const] : [];
  }),
);

export interface CompiledFilter {
  sql: string;
  params: (string | number)[];
  /**
   * A lead's own outcome is one value or a few (`outcome = won`, `outcome in (won, replied)`): the
   * outcome index (migration 0011) finds those leads without reading the others.
   */
  narrowsOutcome: boolean;
  /**
   * A condition reads the lead's company (`company.X`): the query must join it. Without one the join is
   * left out, so a read by the outcome index needs no lead's row (a join, though SQLite drops it, still
   * reads the lead's company_id).
   */
  readsCompany: boolean;
}

/** What a field name resolved to; `extra` fields are imported headers kept as extras. */
export type FieldKind = { kind: 'column'; column: string } | { kind: 'score' } | { kind: 'extra'; header: string };

interface Operand {
  /** SQL text of the value; it holds `params.length` placeholders, bound each time it is used. */
  expr: string;
  numeric: boolean;
  params: (string | number)[];
  /** A lead's company's field (alias c, joined to the lead). */
  ofCompany?: boolean;
  kind: FieldKind;
}

function resolveField(entity: Entity, field: string): Operand {
  const f = field.trim();
  const lower = f.toLowerCase();
  const own = entity === 'leads' ? 'l' : 'c';
  const fields = entity === 'leads' ? LEAD_FIELDS : COMPANY_FIELDS;
  const column = (alias: string, col: string): Operand => ({ expr: `${alias}.${col}`, numeric: NUMERIC.has(col), params: [], kind: { kind: 'column', column: col } });
  if (fields.has(lower)) return column(own, lower);
  // `company.X` names the lead's linked company, or the company itself in a companies segment.
  if (lower.startsWith('company.') && COMPANY_FIELDS.has(lower.slice(8))) return { ...column('c', lower.slice(8)), ofCompany: entity === 'leads' };
  if (lower === 'lookalike_score' || lower.startsWith('lookalike_score:')) {
    const source = lower === 'lookalike_score' ? null : f.slice('lookalike_score:'.length).trim();
    return {
      expr: `(SELECT s.score FROM lookalike_scores s WHERE s.entity = ? AND s.record_id = ${own}.id${source === null ? '' : ' AND s.source = ?'} ORDER BY s.scored_at DESC LIMIT 1)`,
      numeric: true,
      params: source === null ? [entity] : [entity, source],
      kind: { kind: 'score' },
    };
  }
  const header = lower.startsWith('extra.') ? f.slice(6) : f;
  if (!header) throw new AppError('invalid_input', `Unknown field "${field}".`);
  return { expr: `json_extract(${own}.extra, ${EXTRA_PATH})`, numeric: false, params: [header], kind: { kind: 'extra', header } };
}

/**
 * A JSON path to one key of the extra object, built from the bound header.
 * SQLite reads `\` escapes inside a quoted path label (not doubled quotes),
 * so backslashes are escaped first, then quotes: headers with dots, quotes,
 * brackets or `$` all address their own key.
 */
export const EXTRA_PATH = `'$."' || replace(replace(?, '\\', '\\\\'), '"', '\\"') || '"'`;

/** Text that reads as a number, for numeric comparisons on text and extra fields; NULL otherwise. */
export function numberOf(expr: string): string {
  const t = `trim(replace(${expr}, ',', ''))`;
  return `(CASE WHEN ${t} GLOB '*[0-9]*' AND ${t} NOT GLOB '*[^0-9.eE+-]*' THEN CAST(${t} AS REAL) END)`;
}

function toNumber(field: string, v: string): number {
  const n = v.trim() === '' ? NaN : Number(v.replace(/,/g, ''));
  if (!Number.isFinite(n)) throw new AppError('invalid_input', `"${field}" is a number; "${v}" is not.`);
  return n;
}

const ORDERINGS: ReadonlySet<string> = new Set(['<', '>', '<=', '>=']);

/** Stands for the operand in a condition template; a NUL never occurs in SQL text. */
const OPERAND = '\u0000operand\u0000';

const looksNumeric = (v: string) => v.trim() !== '' && Number.isFinite(Number(v.replace(/,/g, '')));

/** The named fields of an entity (besides `company.X`, scores and imported extra headers). */
export function fieldNames(entity: Entity): string[] {
  return [...(entity === 'leads' ? LEAD_FIELDS : COMPANY_FIELDS)];
}

/** How each field of the conditions resolves, so callers can check extra headers against the data. */
export function describeFields(entity: Entity, conditions: readonly Condition[]): { field: string; resolved: FieldKind }[] {
  return conditions.map((c) => ({ field: c.field, resolved: resolveField(entity, c.field).kind }));
}

/**
 * A field's value as SQL over the records of the entity (alias l with its
 * company c, or c), with the parameters its text holds, bound in order.
 */
export function fieldExpression(entity: Entity, field: string): { expr: string; params: (string | number)[]; numeric: boolean; kind: FieldKind } {
  const { expr, params, numeric, kind } = resolveField(entity, field);
  return { expr, params, numeric, kind };
}

/**
 * Whether a condition on the field compares its value as text as the data
 * holds it (so a mistyped value may be one edit from a real one): not a
 * number, yes/no, outcome or score.
 */
export function comparesAsText(entity: Entity, field: string): boolean {
  const op = resolveField(entity, field);
  const reading = readingOf(op.kind);
  return !op.numeric && reading !== 'flag' && reading !== 'outcome';
}

/** How a column's values are read beyond its storage type. */
type ValueReading = 'flag' | 'country' | 'outcome' | null;

function readingOf(kind: FieldKind): ValueReading {
  if (kind.kind !== 'column') return null;
  if (kind.column === 'outcome') return 'outcome';
  const type = COLUMN_TYPES.get(kind.column);
  return type === 'flag' ? 'flag' : type === 'country' ? 'country' : null;
}

const TRUE_WORDS: ReadonlySet<string> = new Set(['true', 'yes', 'y', 't', 'on', '1']);
const FALSE_WORDS: ReadonlySet<string> = new Set(['false', 'no', 'n', 'f', 'off', '0']);

/** A yes/no field's value, written any common way (`true`, `Yes`, `1`), as stored (1 or 0). */
function flagValue(field: string, v: string): number {
  const word = v.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return 1;
  if (FALSE_WORDS.has(word)) return 0;
  throw new AppError('invalid_input', `"${field}" is yes or no: write true, yes or 1, or false, no or 0 ("${v}" is neither).`, { field, value: v });
}

function outcomeValue(field: string, v: string): string {
  const word = v.trim().toLowerCase();
  if ((OUTCOMES as readonly string[]).includes(word)) return word;
  const near = closestName(word, OUTCOMES);
  throw new AppError('invalid_input', `"${v}" is not an outcome${near ? ` (did you mean ${near}?)` : ''}: ${field} is one of ${OUTCOMES.join(', ')}.`, {
    field,
    value: v,
    valid: [...OUTCOMES],
  });
}

export function compileConditions(entity: Entity, conditions: readonly Condition[]): CompiledFilter {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  let narrowsOutcome = false;
  let readsCompany = false;
  for (const cond of conditions) {
    const op = resolveField(entity, cond.field);
    if (op.ofCompany) readsCompany = true;
    const reading = readingOf(op.kind);
    // Each textual use of the operand carries its own copy of its parameters. Every
    // template below places the operand before its value placeholders, or the operand has none (a column).
    let sql = '';
    const use = (template: (x: string) => string) => {
      const pieces = template(OPERAND).split(OPERAND);
      sql = pieces.join(op.expr);
      for (let i = 1; i < pieces.length; i++) params.push(...op.params);
    };
    const value = (v: string): string | number =>
      reading === 'flag' ? flagValue(cond.field, v) : reading === 'outcome' ? outcomeValue(cond.field, v) : op.numeric ? toNumber(cond.field, v) : v;
    // An outcome's value is already one of OUTCOMES, as stored: compared as it is, the outcome index can serve it.
    const text = (x: string) => (op.numeric || reading === 'outcome' ? x : `${x} COLLATE NOCASE`);
    if (reading === 'outcome' && entity === 'leads' && op.expr === 'l.outcome' && (cond.op === '=' || cond.op === 'in')) narrowsOutcome = true;
    const first = cond.values[0];
    if (first === undefined) throw new AppError('invalid_input', `The condition on "${cond.field}" has no value.`);
    if (reading === 'country' && (cond.op === '=' || cond.op === '!=' || cond.op === 'in')) {
      // A value naming a country matches the records whose country reads as it; other text matches as text.
      const codes: string[] = [];
      const texts: string[] = [];
      for (const v of cond.values) {
        const code = countryInfo(v.trim())?.iso2;
        if (code) codes.push(code);
        else texts.push(v);
      }
      const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
      const tests = (x: string) =>
        [...(codes.length ? [`lookalike_country(${x}) IN (${marks(codes.length)})`] : []), ...(texts.length ? [`${text(x)} IN (${marks(texts.length)})`] : [])].join(' OR ');
      if (cond.op === '!=') use((x) => `(${x} IS NULL OR NOT coalesce(${tests(x)}, 0))`);
      else use((x) => `(${tests(x)})`);
      params.push(...codes, ...texts);
      parts.push(sql);
      continue;
    }
    switch (cond.op) {
      case 'contains':
        use((x) => `instr(lower(${x}), lower(?)) > 0`);
        params.push(first);
        break;
      case 'in':
        use((x) => `${text(x)} IN (${cond.values.map(() => '?').join(', ')})`);
        params.push(...cond.values.map(value));
        break;
      case '!=':
        use((x) => `(${x} IS NULL OR ${text(x)} != ?)`);
        params.push(value(first));
        break;
      case '=':
        use((x) => `${text(x)} = ?`);
        params.push(value(first));
        break;
      default:
        // The operator is spliced, so it is checked here too: definitions are read back from storage.
        if (!ORDERINGS.has(cond.op)) throw new AppError('invalid_input', `Unknown operator "${String(cond.op)}" on "${cond.field}".`);
        if (op.numeric) {
          use((x) => `${x} ${cond.op} ?`);
          params.push(toNumber(cond.field, first));
        } else if (looksNumeric(first)) {
          use((x) => `${numberOf(x)} ${cond.op} ?`);
          params.push(toNumber(cond.field, first));
        } else {
          // Text orders as text: ISO dates (created_at >= 2024-01-01) compare correctly.
          use((x) => `${text(x)} ${cond.op} ?`);
          params.push(first);
        }
    }
    parts.push(sql);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params, narrowsOutcome, readsCompany };
}

const withFunctions = new WeakSet<Database.Database>();

/**
 * Registers the SQL functions compiled conditions may call (lookalike_country)
 * on a connection, once; every query that runs a CompiledFilter calls it first.
 */
export function useFilterFunctions(db: Database.Database): Database.Database {
  if (withFunctions.has(db)) return db;
  db.function('lookalike_country', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? (countryInfo(value.trim())?.iso2 ?? null) : null));
  withFunctions.add(db);
  return db;
}

/**
 * The names a condition may use for an entity, likeliest first: what "did you
 * mean" chooses from.
 */
function suggestibleFields(entity: Entity): string[] {
  const own = fieldNames(entity).filter((f) => f !== 'name_key' && f !== 'company_id');
  const company = entity === 'leads' ? [...COMPANY_FIELDS].filter((f) => f !== 'name_key').map((f) => `company.${f}`) : [];
  return [...own, 'lookalike_score', ...company];
}

/**
 * Refuses a condition whose field is neither a field of the entity nor an
 * imported column any record keeps: far more likely a typo (`industy`) than
 * a real column. The refusal names the closest field when one is near.
 */
export function checkConditionFields(db: Database.Database, entity: Entity, conditions: readonly Condition[]): void {
  compileConditions(entity, conditions); // values first: a bad number or outcome is refused as such
  for (const { field, resolved } of describeFields(entity, conditions)) {
    if (resolved.kind !== 'extra' || extraHeaderExists(db, entity, resolved.header)) continue;
    const near = closestName(field, suggestibleFields(entity));
    throw new AppError(
      'invalid_input',
      near
        ? `Unknown field "${field}" — did you mean ${near}? No imported column of that name was kept either (headers are case-sensitive).`
        : `Unknown field "${field}": it is not a field such as industry, title or country, nor an imported column kept (headers are case-sensitive).`,
      { field, ...(near ? { suggestion: near } : {}) },
    );
  }
}

/** Whether any record of the entity carries this extra header (to tell a typo from a real column). */
export function extraHeaderExists(db: Database.Database, entity: Entity, header: string): boolean {
  const table = entity === 'leads' ? 'leads' : 'companies';
  return (
    db.prepare(`SELECT 1 FROM ${table} x WHERE x.extra IS NOT NULL AND json_type(x.extra, ${EXTRA_PATH}) IS NOT NULL LIMIT 1`).get(header) !==
    undefined
  );
}
