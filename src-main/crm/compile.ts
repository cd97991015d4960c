/**
 * compileMapping turns an ImportMapping into the per-row converter the import
 * service calls for every row of files up to 1M rows. Everything that depends
 * only on the mapping (column positions, extra keys, the identity rule,
 * outcome overrides) is resolved here once; the returned closure only reads
 * cells, parses typed fields and builds the record.
 *
 * A typed value that does not parse (employees `abc`) is never fatal: the raw
 * text stays in `values` and a warning names the column.
 */
import { detachString } from '../lib/detach-string';
import { CANONICAL_FIELDS, type CanonicalField } from '../../src-model/fields/field-table';
import { foldAccents } from './header-key';
import type { ImportMapping } from './mapping';
import { companyNameKey } from './normalize/company-name';
import { domainOfAddress, normalizeDomain } from './normalize/domain';
import { type EmployeeCount, parseEmployees } from './normalize/employees';
import { parseFlag } from './normalize/flag';
import { presentValue } from './normalize/missing';
import { parseRevenue } from './normalize/revenue';
import { parseScore } from './normalize/score';
import { combineOutcome, createOutcomeClassifier, type Outcome } from './outcome';
import { createExtrasBuilder, createValuesBuilder, type ExtraColumn } from './record-builders';

export interface FieldWarning {
  column: string;
  field: CanonicalField;
  value: string;
  reason: string;
}

export interface MappedRecord {
  /**
   * Trimmed values of the mapped columns. An empty cell or a missing marker
   * (`Select`, `N/A`, `-`, …) reads `undefined`: its key may be present, so
   * test values, not keys (JSON drops it). See record-builders.ts for why.
   */
  values: Partial<Record<CanonicalField, string>>;
  /**
   * Unmapped, non-ignored columns, raw text keyed by header; a blank cell
   * reads `undefined`. Null when every such cell of the row is blank.
   */
  extra: Record<string, string> | null;
  /** Lower-cased; the first address when a cell lists several. */
  email: string | null;
  /** From the domain/website column, else from a non-free-mail email. */
  domain: string | null;
  companyKey: string | null;
  employees: EmployeeCount | null;
  revenue: number | null;
  score: number | null;
  replied: boolean | null;
  won: boolean | null;
  /**
   * combineOutcome of the won flag, replied flag and status; null when the row
   * carries none of them, so importing it never overwrites an outcome another
   * file set.
   */
  outcome: Outcome | null;
  /** `full_name`, or first and last name joined. */
  fullName: string | null;
  /** Folded full name (`jane doe`): with the company the lead links to, its name-and-company key; null without a name. */
  nameKey: string | null;
  /**
   * The CRM id of a lead's company (HubSpot `Associated Company ID`, Salesforce `Account ID`), from the
   * mapping's `companyIdColumn`: it links the lead to the company a companies export gives that id.
   */
  companyRecordId: string | null;
  /** `rid:…`, `email:…`, `nc:name|company`, `dom:…`, `cn:…` or `col:…`; null when the import service must hash the row. */
  identity: string | null;
  warnings: FieldWarning[] | null;
}

export interface CompileOptions {
  /** Exact status values (case-insensitive) → outcome, e.g. `{ Engaging: 'replied' }`. */
  outcomeOverrides?: Readonly<Record<string, Outcome>>;
  /** Status values (case-insensitive) the user chose to ignore: a row holding one gets no outcome from its status. */
  ignoredStatuses?: readonly string[];
}

export type RowMapper = (fields: readonly string[]) => MappedRecord;

interface MappedColumn {
  index: number;
  field: CanonicalField;
  slot: number;
}

const ADDRESS_SEPARATOR = /[,;\s]+/;
const PLAIN_INTEGER = /^\d+$/;
const ID_SEPARATOR = /[;,]/;

/** Position of each canonical field in the per-row slot table. */
const SLOT: Readonly<Record<CanonicalField, number>> = Object.fromEntries(
  CANONICAL_FIELDS.map((field, slot) => [field, slot]),
) as Record<CanonicalField, number>;

/**
 * Bounded memo for parsers whose inputs repeat across rows (employee bands,
 * status words). Kept small on purpose: measured here, a Map of 100k string
 * keys costs ~1 µs per lookup, more than the parsing it would save.
 */
function memoize<T>(parse: (value: string) => T, limit = 1024): (value: string) => T {
  const cache = new Map<string, T>();
  return (value: string): T => {
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit as T;
    const parsed = parse(value);
    if (cache.size >= limit) cache.clear();
    // Cached strings must not pin the CSV chunk they were cut from (lib/detach-string.ts).
    cache.set(detachString(value), typeof parsed === 'string' ? (detachString(parsed) as T) : parsed);
    return parsed;
  };
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Lower-cased first address of a cell; Pipedrive puts several, comma-separated, in one cell. */
function firstEmail(value: string): string | null {
  // One pass for the common single, already lower-case address; lists go the slow way.
  let at = -1;
  let upper = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 44 /* , */ || code === 59 /* ; */ || code <= 32) return firstOfList(value);
    if (code === 64 /* @ */ && at < 0) at = i;
    else if ((code >= 65 && code <= 90) || code > 127) upper = true; // `Ê` needs lower-casing too
  }
  if (at <= 0 || at === value.length - 1) return null;
  return upper ? value.toLowerCase() : value;
}

function firstOfList(value: string): string | null {
  const candidate = value.split(ADDRESS_SEPARATOR).find((part) => part.includes('@'));
  // The split breaks on whitespace only: a part can still hold a control character
  // (`a@b\x04c.com`), which is no address, and handing it back to firstEmail would
  // bounce between the two functions until the stack overflows (issue 9, defect 1).
  if (candidate === undefined || /[\x00-\x20]/.test(candidate)) return null;
  return firstEmail(candidate);
}

function nameKey(fullName: string): string {
  return foldAccents(fullName).toLowerCase().replace(/\s+/g, ' ');
}

/** The first id of a cell; HubSpot's `Associated Company IDs` lists several (`9001;9002`). */
function firstId(cell: string | undefined): string | null {
  const value = presentValue(cell);
  if (value === null) return null;
  const end = value.search(ID_SEPARATOR);
  return end < 0 ? value : presentValue(value.slice(0, end));
}

/**
 * Unique extra keys: a repeated header becomes `Header (2)`, `Header (3)`.
 * `__proto__` would set the object's prototype instead of a key, so it is
 * numbered from the start.
 */
function extraKeys(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    return count === 1 && header !== '__proto__' ? header : `${header} (${count})`;
  });
}

type IdentityOf = (
  fields: readonly string[],
  recordId: string | null,
  email: string | null,
  personKey: string | null,
  companyKey: string | null,
  domain: string | null,
) => string | null;

/**
 * The row's identity key. The mapping's rule names the first choice; a row
 * whose rule column is empty falls back along the same order (record id,
 * email, name + company for leads; record id, domain, name for companies),
 * and null leaves the row to the import service's content hash. A key column
 * the user named has no fallback.
 */
function createIdentity(mapping: ImportMapping): IdentityOf {
  if (mapping.identity.kind === 'column') {
    const index = mapping.columns.findIndex((c) => c.header === mapping.identity.column);
    const lowerCase = mapping.columns[index]?.field === 'email';
    return (fields) => {
      const key = presentValue(fields[index]);
      return key === null ? null : `col:${lowerCase ? key.toLowerCase() : key}`;
    };
  }
  if (mapping.entity === 'companies') {
    return (_fields, recordId, _email, _personKey, companyKey, domain) => {
      if (recordId !== null) return `rid:${recordId}`;
      if (domain !== null) return `dom:${domain}`;
      return companyKey !== null ? `cn:${companyKey}` : null;
    };
  }
  return (_fields, recordId, email, personKey) => {
    if (recordId !== null) return `rid:${recordId}`;
    if (email !== null) return `email:${email}`;
    return personKey !== null ? `nc:${personKey}` : null;
  };
}

function addWarning(
  warnings: FieldWarning[] | null,
  column: string,
  field: CanonicalField,
  value: string,
  reason: string,
): FieldWarning[] {
  const list = warnings ?? [];
  list.push({ column, field, value, reason });
  return list;
}

export function compileMapping(mapping: ImportMapping, options: CompileOptions = {}): RowMapper {
  const mapped: MappedColumn[] = [];
  const extras: ExtraColumn[] = [];
  const uniqueKeys = extraKeys(mapping.columns.map((c) => c.header));
  const headerOfSlot: string[] = [...CANONICAL_FIELDS];
  for (const column of mapping.columns) {
    if (column.ignored) continue;
    if (column.field === null) {
      extras.push({ index: column.index, key: uniqueKeys[column.index] ?? column.header });
    } else {
      mapped.push({ index: column.index, field: column.field, slot: SLOT[column.field] });
      headerOfSlot[SLOT[column.field]] = column.header;
    }
  }
  const columnOf = (field: CanonicalField): string => headerOfSlot[SLOT[field]] ?? field;
  const buildValues = createValuesBuilder(mapped.map((c) => c.field));
  const buildExtras = createExtrasBuilder(extras);

  const classifyOutcome = createOutcomeClassifier(options.outcomeOverrides);
  const ignoredStatuses = new Set((options.ignoredStatuses ?? []).map((v) => v.trim().toLowerCase()));
  const statusIgnored = (value: string): boolean => ignoredStatuses.size > 0 && ignoredStatuses.has(value.trim().toLowerCase());
  const parseEmployeeText = memoize((value: string) => {
    const parsed = parseEmployees(value);
    return parsed && Object.freeze(parsed);
  });
  const employeesOf = (value: string): EmployeeCount | null =>
    PLAIN_INTEGER.test(value) ? parseEmployees(value) : parseEmployeeText(value);

  const identityOf = createIdentity(mapping);
  const companyIdIndex = mapping.columns.find((c) => c.header === mapping.companyIdColumn)?.index ?? -1;

  /** won/replied cells: a flag, a date or count, else a status word (`Customer` in a lifecycle column). */
  function readOutcomeFlag(value: string, field: 'won' | 'replied'): boolean | null | undefined {
    const flag = parseFlag(value);
    if (flag !== null) return flag;
    const outcome = classifyOutcome(value);
    if (outcome === null) return undefined;
    return field === 'won' ? outcome === 'won' : outcome === 'replied' || outcome === 'won';
  }
  // Words (`customer`, `Yes`) repeat from row to row; dates and counts, which start with a digit, mostly do not.
  const wonWord = memoize((value: string) => readOutcomeFlag(value, 'won'));
  const repliedWord = memoize((value: string) => readOutcomeFlag(value, 'replied'));
  function outcomeFlag(value: string, field: 'won' | 'replied'): boolean | null | undefined {
    if (isDigitCode(value.charCodeAt(0))) return readOutcomeFlag(value, field);
    return field === 'won' ? wonWord(value) : repliedWord(value);
  }

  // Per-row scratch: the present value of each canonical field, read by the derivations below.
  // toRecord is synchronous, so one table per compiled mapping is safe to reuse.
  const slots: (string | null)[] = CANONICAL_FIELDS.map(() => null);

  return function toRecord(fields: readonly string[]): MappedRecord {
    let warnings: FieldWarning[] | null = null;

    for (let i = 0; i < mapped.length; i++) {
      const column = mapped[i] as MappedColumn;
      slots[column.slot] = presentValue(fields[column.index]);
    }
    // Apollo prefixes phone numbers with an apostrophe so Excel keeps them as text.
    const phone = slots[SLOT.phone] ?? null;
    if (phone !== null && phone.charCodeAt(0) === 39) slots[SLOT.phone] = presentValue(phone.slice(1));
    const values = buildValues(slots);

    const extra = buildExtras(fields);

    let email: string | null = null;
    const emailText = slots[SLOT.email] ?? null;
    if (emailText !== null) {
      email = firstEmail(emailText);
      if (email === null) warnings = addWarning(warnings, columnOf('email'), 'email', emailText, 'not an email address');
    }

    let domain: string | null = null;
    const website = slots[SLOT.domain] ?? null;
    if (website !== null) {
      domain = normalizeDomain(website);
      if (domain === null) warnings = addWarning(warnings, columnOf('domain'), 'domain', website, 'not a web domain');
    }
    if (domain === null && email !== null) domain = domainOfAddress(email);

    const companyText = slots[SLOT.company] ?? null;
    const companyKey = companyText !== null ? companyNameKey(companyText) : null;

    let employees: EmployeeCount | null = null;
    const employeesText = slots[SLOT.employees] ?? null;
    if (employeesText !== null) {
      employees = employeesOf(employeesText);
      if (employees === null) {
        warnings = addWarning(warnings, columnOf('employees'), 'employees', employeesText, 'not an employee count or range');
      }
    }

    let revenue: number | null = null;
    const revenueText = slots[SLOT.revenue] ?? null;
    if (revenueText !== null) {
      revenue = parseRevenue(revenueText);
      if (revenue === null) warnings = addWarning(warnings, columnOf('revenue'), 'revenue', revenueText, 'not an amount');
    }

    let score: number | null = null;
    const scoreText = slots[SLOT.score] ?? null;
    if (scoreText !== null) {
      score = parseScore(scoreText);
      if (score === null) warnings = addWarning(warnings, columnOf('score'), 'score', scoreText, 'not a score or rating');
    }

    let won: boolean | null = null;
    const wonText = slots[SLOT.won] ?? null;
    if (wonText !== null) {
      const flag = outcomeFlag(wonText, 'won');
      if (flag === undefined) warnings = addWarning(warnings, columnOf('won'), 'won', wonText, 'not a yes/no, date or outcome');
      else won = flag;
    }

    let replied: boolean | null = null;
    const repliedText = slots[SLOT.replied] ?? null;
    if (repliedText !== null) {
      const flag = outcomeFlag(repliedText, 'replied');
      if (flag === undefined) {
        warnings = addWarning(warnings, columnOf('replied'), 'replied', repliedText, 'not a yes/no, date or outcome');
      } else {
        replied = flag;
      }
    }

    const statusText = slots[SLOT.status] ?? null;
    const status = statusText !== null && !statusIgnored(statusText) ? (classifyOutcome(statusText) ?? 'open') : null;
    const outcome = won === null && replied === null && status === null ? null : combineOutcome({ won, replied, status });

    let fullName = slots[SLOT.full_name] ?? null;
    if (fullName === null) {
      const first = slots[SLOT.first_name] ?? null;
      const last = slots[SLOT.last_name] ?? null;
      fullName = first !== null && last !== null ? `${first} ${last}` : (first ?? last);
    }

    const foldedName = fullName !== null ? nameKey(fullName) : null;
    const personKey = foldedName !== null && companyKey !== null ? `${foldedName}|${companyKey}` : null;
    const companyRecordId = companyIdIndex < 0 ? null : firstId(fields[companyIdIndex]);
    const identity = identityOf(fields, slots[SLOT.record_id] ?? null, email, personKey, companyKey, domain);

    return {
      values,
      extra,
      email,
      domain,
      companyKey,
      employees,
      revenue,
      score,
      replied,
      won,
      outcome,
      fullName,
      nameKey: foldedName,
      companyRecordId,
      identity,
      warnings,
    };
  };
}
