/**
 * Checks a header's guess against the column's values before the column is
 * mapped. A header says what a column might be; its values say what it is:
 * a bank-marketing file's `contact` column (`cellular`, `telephone`,
 * `unknown`) reads as a contact's name and its `campaign` column (how many
 * times the client was called: 1, 2, 3) as campaign membership, and both
 * would be wrong.
 *
 * Two strictness levels:
 *  - `auto` (vocabulary guesses): the values must look like the field;
 *  - `preset` (a recognised CRM export pins the column): only clearly
 *    impossible values refuse it (almost no value fits, or nearly all are
 *    numbers where words belong). A preset is written for a known file, so
 *    it wins every doubt.
 * The user's own overrides are never checked.
 *
 * The checks run on a sample (the first rows of the file), once per column
 * and field, never per imported row, so they favour clarity over speed.
 * They are deterministic: the same values always give the same verdict.
 */
import { countryInfo } from '../../src-model/features/geo';
import { type CanonicalField, fieldDefinition, type FieldType } from '../../src-model/fields/field-table';
import { normalizeDomain } from './normalize/domain';
import { parseEmployees } from './normalize/employees';
import { looksLikeDate, parseFlag } from './normalize/flag';
import { presentValue } from './normalize/missing';
import { parseRevenue } from './normalize/revenue';
import { parseScore } from './normalize/score';

export type CheckStrictness = 'auto' | 'preset';

export interface ValueVerdict {
  ok: boolean;
  /**
   * Why, in words that finish a sentence: "values look like emails" when the
   * values support the guess, "its values are numbers (1, 2, 3)" when they
   * refuse it; null when there was nothing to say (no check for this field,
   * or too few values to judge).
   */
  note: string | null;
}

/** Below this many non-empty values a column's shape says too little to refuse a header. */
export const MIN_VALUES_TO_CHECK = 5;
/** Repetition and uniqueness need more values: 5 distinct first names in 8 rows is not evidence of anything. */
const MIN_VALUES_FOR_COUNTS = 20;
/** Share of values that must fit a field's shape for an auto guess ("most values"). */
const AUTO_FIT = 0.5;
/** Below this share of fitting values even a preset's pin is impossible. */
const PRESET_FIT = 0.1;
/** Share of plain numbers that makes a text column (a name, a campaign) a numeric one. */
const AUTO_NUMERIC = 0.8;
const PRESET_NUMERIC = 0.95;

const OK: ValueVerdict = { ok: true, note: null };

// A plain number as exports write them: `3`, `-1.5`, `1,200`, `0,73`, `85%`.
const NUMBER = /^[-+]?(?:\d{1,3}(?:[,.' ]\d{3})+|\d+)(?:[.,]\d+)?%?$/;
const INTEGER = /^\d+$/;

function share(values: readonly string[], test: (value: string) => boolean): number {
  let n = 0;
  for (const v of values) if (test(v)) n++;
  return n / values.length;
}

/** The first few distinct values, quoted as the user would recognise them: "(cellular, telephone, unknown)". */
function examples(values: readonly string[], count = 3): string {
  const seen: string[] = [];
  for (const v of values) {
    const shown = v.length > 24 ? `${v.slice(0, 23)}…` : v;
    if (!seen.includes(shown)) seen.push(shown);
    if (seen.length === count) break;
  }
  const more = new Set(values).size > seen.length ? ', …' : '';
  return `(${seen.join(', ')}${more})`;
}

function isNumber(value: string): boolean {
  return NUMBER.test(value);
}

/**
 * Sequential ids (`660737`, `660728`, …: distinct integers of 5+ digits
 * packed in a narrow range) or zero-padded codes (`00123`). Revenues and
 * head counts are spread out and never zero-padded, so a column like this
 * is a key, not a quantity to encode.
 */
function looksLikeIds(values: readonly string[]): boolean {
  if (values.length < MIN_VALUES_FOR_COUNTS || !values.every((v) => INTEGER.test(v))) return false;
  if (share(values, (v) => v.length >= 4 && v.startsWith('0')) >= AUTO_FIT) return true;
  if (new Set(values).size !== values.length || values.some((v) => v.length < 5)) return false;
  const numbers = values.map(Number);
  return Math.max(...numbers) - Math.min(...numbers) <= 100 * values.length;
}

/**
 * A handful of words repeated over and over (`cellular`, `telephone`,
 * `unknown`): a category, not people's or companies' names. `maxDistinct`
 * bounds the vocabulary, `minRepeat` how often each word must come back on
 * average, so a short file of real names never qualifies.
 */
function isSmallVocabulary(values: readonly string[], maxDistinct: number, minRepeat: number, minValues: number): boolean {
  if (values.length < minValues) return false;
  const distinct = new Set(values.map((v) => v.toLowerCase())).size;
  return distinct <= maxDistinct && values.length >= minRepeat * distinct;
}

/** A positive shape check: most values (auto) or at least a few (preset) must pass `fits`. */
function shape(values: readonly string[], strictness: CheckStrictness, fits: (v: string) => boolean, good: string, bad: string): ValueVerdict {
  const fit = share(values, fits);
  if (fit < (strictness === 'auto' ? AUTO_FIT : PRESET_FIT)) return { ok: false, note: `its values ${bad} ${examples(values.filter((v) => !fits(v)))}` };
  return { ok: true, note: good };
}

/** Numbers are quoted smallest first, "(1, 2, 3, …)", which reads as the counts or codes they are. */
function numberExamples(values: readonly string[]): string {
  const numbers = values.filter(isNumber);
  const sorted = [...new Set(numbers)].sort((a, b) => parseFloat(a.replace(',', '.')) - parseFloat(b.replace(',', '.')) || a.localeCompare(b));
  return examples(sorted.length < new Set(values).size ? [...sorted, ...values] : sorted);
}

function numbersRefused(values: readonly string[]): ValueVerdict {
  return { ok: false, note: `its values are numbers ${numberExamples(values)}` };
}

/** A text field refuses a column of numbers. */
function notNumeric(values: readonly string[], strictness: CheckStrictness): ValueVerdict | null {
  const numeric = share(values, isNumber);
  return numeric >= (strictness === 'auto' ? AUTO_NUMERIC : PRESET_NUMERIC) ? numbersRefused(values) : null;
}

/** A quantity field (employees, revenue, score) takes values its normaliser reads, and no ids. */
function quantity(values: readonly string[], strictness: CheckStrictness, parses: (v: string) => boolean, what: string): ValueVerdict {
  const verdict = shape(values, strictness, parses, 'values are numbers', `are not ${what}`);
  if (!verdict.ok) return verdict;
  // A preset pins a column it knows; only auto guesses are second-guessed on this.
  if (strictness === 'auto' && looksLikeIds(values)) return { ok: false, note: `its values look like ids ${examples(values)}` };
  return verdict;
}

function looksLikePersonName(values: readonly string[], strictness: CheckStrictness): ValueVerdict {
  const numeric = notNumeric(values, strictness);
  if (numeric) return numeric;
  // Each word back ten times on average: 40 leads may share 9 first names, 60 rows of `cellular`/`unknown`/`telephone` are a category.
  if (strictness === 'auto' && isSmallVocabulary(values, 10, 10, MIN_VALUES_FOR_COUNTS)) return repeatedWords(values);
  return OK;
}

const CATEGORY_WORD = /^[a-z][a-z0-9_.-]*$/;

/**
 * A leads file may hold people from two or three target accounts, so a few
 * repeated company names are normal. Only a few repeated lowercase words or
 * yes/no flags (`checking`, `savings`; `yes`, `no`) are a category instead.
 */
function looksLikeCompanyName(values: readonly string[], strictness: CheckStrictness): ValueVerdict {
  const numeric = notNumeric(values, strictness);
  if (numeric) return numeric;
  if (strictness === 'auto' && isSmallVocabulary(values, 5, 10, 50) && values.every((v) => CATEGORY_WORD.test(v) || parseFlag(v) !== null)) {
    return repeatedWords(values);
  }
  return OK;
}

function repeatedWords(values: readonly string[]): ValueVerdict {
  return { ok: false, note: `its values are a handful of repeated words ${examples(values)}` };
}

const URL_START = /^(?:[a-z][a-z0-9+.-]{1,9}:\/\/|www\.)/i;

function isWebAddress(value: string): boolean {
  // A profile URL in a website column is still a web address, though normalizeDomain refuses it as the company's.
  return URL_START.test(value) || normalizeDomain(value) !== null;
}

const SLASH_DATE = /^\d{4}[/.]\d{1,2}[/.]\d{1,2}\b/;
const EPOCH = /^\d{10}(?:\d{3})?$/;

function isDate(value: string): boolean {
  return looksLikeDate(value) || SLASH_DATE.test(value) || EPOCH.test(value);
}

const PHONE_CHARACTERS = /^['+]?[\d\s().\-/+]*$/;
const PHONE_EXTENSION = /\s*(?:ext\.?|x|#)\s*\d+$/i;

function isPhone(value: string): boolean {
  const number = value.replace(/^tel:/i, '').replace(PHONE_EXTENSION, '');
  return PHONE_CHARACTERS.test(number) && (number.match(/\d/g)?.length ?? 0) >= 5;
}

/** Counts (1, 2, 3) and measures (0.5) are numbers; long integers may be a CRM's campaign ids and pass. */
function isCount(value: string): boolean {
  return isNumber(value) && !(INTEGER.test(value) && value.length >= 5);
}

/** The check for a field's type (src-model/fields/field-table.ts); text, lists and flags take any value. */
function checkType(type: FieldType, values: readonly string[], strictness: CheckStrictness): ValueVerdict {
  switch (type) {
    case 'person-name':
      return looksLikePersonName(values, strictness);
    case 'company-name':
      return looksLikeCompanyName(values, strictness);
    case 'email':
      return shape(values, strictness, (v) => v.includes('@'), 'values look like emails', 'are not email addresses');
    case 'phone':
      return shape(values, strictness, isPhone, 'values look like phone numbers', 'are not phone numbers');
    case 'web-address':
      return shape(values, strictness, isWebAddress, 'values look like web addresses', 'are not web addresses');
    case 'date':
      return shape(values, strictness, isDate, 'values look like dates', 'are not dates');
    case 'country': {
      const numeric = notNumeric(values, strictness);
      if (numeric) return numeric;
      return shape(values, strictness, (v) => countryInfo(v) !== null, 'values name countries', 'are not countries');
    }
    case 'group-name': {
      const counts = share(values, isCount);
      if (counts >= (strictness === 'auto' ? AUTO_NUMERIC : PRESET_NUMERIC)) return numbersRefused(values);
      return OK;
    }
    case 'employee-count':
      return quantity(values, strictness, (v) => parseEmployees(v) !== null, 'employee counts');
    case 'amount':
      return quantity(values, strictness, (v) => parseRevenue(v) !== null, 'amounts');
    case 'score':
      return quantity(values, strictness, (v) => parseScore(v) !== null, 'scores');
    case 'id': {
      // A row's own id is unique; one that repeats is a key to something else (a company, an owner) and would merge rows.
      if (strictness === 'preset' || values.length < MIN_VALUES_FOR_COUNTS) return OK;
      const distinct = new Set(values).size;
      if (distinct < 0.8 * values.length) {
        return { ok: false, note: `its values repeat (${distinct} different in ${values.length} rows)` };
      }
      return { ok: true, note: 'values are unique' };
    }
    case 'text':
    case 'list':
    case 'flag':
      return OK;
  }
}

/**
 * Whether a column's sampled cells fit a field. `cells` are the raw cells
 * of one column (empty and missing markers are skipped here).
 */
export function checkValues(field: CanonicalField, cells: readonly string[], strictness: CheckStrictness): ValueVerdict {
  const values: string[] = [];
  for (const cell of cells) {
    const value = presentValue(cell);
    if (value !== null) values.push(value);
  }
  if (values.length < MIN_VALUES_TO_CHECK) return OK;
  return checkType(fieldDefinition(field).type, values, strictness);
}

export type ValueJudge = (column: number, field: CanonicalField, strictness: CheckStrictness) => ValueVerdict;

/**
 * A memoised checkValues over a sample of rows (cells by column index).
 * Without a sample (a header-only file, or a caller that has no rows) every
 * guess stands, exactly as when mapping went by headers alone.
 */
export function createValueJudge(sample: readonly (readonly string[])[] | undefined): ValueJudge {
  if (!sample || sample.length === 0) return () => OK;
  const cellsByColumn = new Map<number, string[]>();
  const verdicts = new Map<string, ValueVerdict>();
  return (column, field, strictness) => {
    const key = `${column}\u0000${field}\u0000${strictness}`;
    let verdict = verdicts.get(key);
    if (!verdict) {
      let cells = cellsByColumn.get(column);
      if (!cells) {
        cells = sample.map((row) => row[column] ?? '');
        cellsByColumn.set(column, cells);
      }
      verdict = checkValues(field, cells, strictness);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
}
