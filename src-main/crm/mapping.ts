/**
 * Header row → ImportMapping: which column fills which canonical field, what
 * the file is about (leads or companies) and how a row is identified.
 *
 * Precedence per column: the user's override, then the detected (or chosen)
 * preset, then auto-mapping from the vocabulary. Each field is taken by at
 * most one column: the best-ranked candidate wins, ties go to the leftmost
 * column, and the losers stay extras. Nothing is ever dropped unless the
 * user ignores it with `Header=-`.
 *
 * Given a sample of the file's first rows, every guess is checked against the
 * column's values before it is taken (value-checks.ts): a refused column stays
 * an extra and the next candidate column for that field may take it. Presets
 * are only refused for clearly impossible values, overrides never. Each
 * column says why it ended where it did (`reason`).
 */
import type { Entity } from '../contract/dto';
import { detectPreset } from './detect-preset';
import { MappingError } from './errors';
import type { CanonicalField } from '../../src-model/fields/field-table';
import { candidatesFor, classifyHeader, type HeaderClass } from './header-candidates';
import { headerKey } from './header-key';
import { reasons } from './mapping-reasons';
import { IGNORE_COLUMN, KEEP_AS_EXTRA, parseColumnTarget } from './overrides';
import { type CrmPreset, findPreset, PRESETS } from './presets';
import { COMPANY_LINK_HEADERS } from './vocabulary';
import { createValueJudge, type ValueJudge } from './value-checks';

export type EntityOption = 'auto' | Entity;

/**
 * How a row's identity key is built. Leads: `record_id`, else `email`, else
 * `name_company`; companies: `record_id`, else `domain`, else `company_name`.
 * `column` is the user's `keyHeader`; `content_hash` means the file has none
 * of these and the import service hashes the row.
 */
export type IdentityKind = 'record_id' | 'email' | 'name_company' | 'domain' | 'company_name' | 'column' | 'content_hash';

export interface IdentityRule {
  kind: IdentityKind;
  /** The header the key comes from, when one column carries it. */
  column?: string;
}

export type ColumnSource = 'preset' | 'auto' | 'override' | 'none';

export interface ColumnMapping {
  index: number;
  header: string;
  field: CanonicalField | null;
  /** Ignored columns are not stored at all, not even as extras. */
  ignored: boolean;
  source: ColumnSource;
  /** Why the column fills its field or stays an extra, in a short sentence for the preview and the dry run. */
  reason: string;
}

export interface ImportMapping {
  preset: { id: string; name: string } | null;
  entity: Entity;
  columns: ColumnMapping[];
  identity: IdentityRule;
  /**
   * Leads: the column holding the CRM id of each person's company (HubSpot `Associated Company ID`,
   * Salesforce `Account ID`), which links the lead to the company with that id. The column itself stays
   * an extra, as before; absent when the file has none.
   */
  companyIdColumn?: string;
}

export interface BuildMappingOptions {
  /** Header → canonical field, `-` to ignore the column, or `extra` to keep it unmapped. */
  overrides?: Readonly<Record<string, string>>;
  entity?: EntityOption;
  /** Header of the column that identifies a row, overriding the identity rules. */
  keyHeader?: string;
  /** Use this preset instead of detecting one; `none` disables presets. */
  presetId?: string;
  /**
   * The file's first rows (cells in header order), to check each guess
   * against the column's values. The preview and the import pass the same
   * rows so they decide the same; without rows, headers alone decide.
   */
  sample?: readonly (readonly string[])[];
}

export const NO_PRESET = 'none';

/**
 * Fields that only make sense for a person. A file carrying any of them is a
 * leads file when the entity is left on `auto`.
 */
const PERSON_LEVEL_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>([
  'first_name',
  'last_name',
  'full_name',
  'email',
  'phone',
  'title',
  'seniority',
  'department',
  'replied',
  'won',
  'campaign',
]);

/** Fields that identify a company; a file with one of them and no person-level field is a companies file. */
const COMPANY_LEVEL_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>(['company', 'domain']);

const FIRMOGRAPHIC_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>(['domain', 'industry', 'employees', 'revenue']);

function headerList(headers: readonly string[]): string {
  return headers.map((h) => `"${h}"`).join(', ');
}

/** Exact header first, then case- and space-insensitive, then the loose header key when that is unambiguous. */
function findColumn(headers: readonly string[], wanted: string, role: string): number {
  const exact = headers.indexOf(wanted);
  if (exact >= 0) return exact;
  const lowered = wanted.trim().toLowerCase();
  const relaxed = headers.findIndex((h) => h.trim().toLowerCase() === lowered);
  if (relaxed >= 0) return relaxed;
  const key = headerKey(wanted);
  const loose = headers.flatMap((h, i) => (key.length > 0 && headerKey(h) === key ? [i] : []));
  if (loose.length === 1 && loose[0] !== undefined) return loose[0];
  throw new MappingError(`${role} "${wanted}" is not a column of this file. Columns: ${headerList(headers)}.`, {
    header: wanted,
    validChoices: [...headers],
  });
}

function resolvePreset(headers: readonly string[], presetId: string | undefined): CrmPreset | null {
  if (presetId === NO_PRESET) return null;
  if (presetId !== undefined) {
    const preset = findPreset(presetId);
    if (!preset) {
      const ids = PRESETS.map((p) => p.id);
      throw new MappingError(`Unknown preset "${presetId}". Presets: ${ids.join(', ')}, or "${NO_PRESET}".`, {
        presetId,
        validChoices: [...ids, NO_PRESET],
      });
    }
    return preset;
  }
  const detected = detectPreset(headers);
  return detected ? (findPreset(detected.id) ?? null) : null;
}

/**
 * Companies when the file names a company (or a domain, or a company id) and
 * nothing about a person; a bare `Name` next to firmographics (`Name,
 * Website, Industry`) is then the company's name. Otherwise leads.
 */
function detectEntity(classes: readonly HeaderClass[], columns: readonly ColumnMapping[], pinned: readonly boolean[], judge: ValueJudge): Entity {
  let person = false;
  let company = false;
  let bareName = false;
  let firmographic = false;
  const note = (field: CanonicalField): void => {
    if (PERSON_LEVEL_FIELDS.has(field)) person = true;
    if (COMPANY_LEVEL_FIELDS.has(field)) company = true;
    if (FIRMOGRAPHIC_FIELDS.has(field)) firmographic = true;
  };
  columns.forEach((column, index) => {
    if (column.ignored) return;
    if (pinned[index]) {
      if (column.field !== null) note(column.field);
      return;
    }
    const header = classes[index];
    if (!header) return;
    if (header.leadId) person = true;
    if (header.bareName) {
      bareName = true;
      return;
    }
    // A guess the values refuse is no evidence of what the file is about.
    const best = header.candidates.find((c) => judge(index, c.field, 'auto').ok);
    if (!best) return;
    if (best.entity === 'companies' && best.field === 'record_id') company = true;
    note(best.field);
  });
  if (person) return 'leads';
  if (company || (bareName && firmographic)) return 'companies';
  return 'leads';
}

function chooseIdentity(columns: readonly ColumnMapping[], entity: Entity): IdentityRule {
  const headerOf = (field: CanonicalField): string | undefined => columns.find((c) => c.field === field)?.header;
  const recordId = headerOf('record_id');
  if (recordId !== undefined) return { kind: 'record_id', column: recordId };
  if (entity === 'companies') {
    const domain = headerOf('domain');
    if (domain !== undefined) return { kind: 'domain', column: domain };
    const company = headerOf('company');
    if (company !== undefined) return { kind: 'company_name', column: company };
    return { kind: 'content_hash' };
  }
  const email = headerOf('email');
  if (email !== undefined) return { kind: 'email', column: email };
  const nameFields: readonly CanonicalField[] = ['full_name', 'first_name', 'last_name'];
  const hasName = nameFields.some((field) => headerOf(field) !== undefined);
  if (hasName && headerOf('company') !== undefined) return { kind: 'name_company' };
  return { kind: 'content_hash' };
}

/** The first company-id column, in COMPANY_LINK_HEADERS order, that a leads file keeps as an extra. */
function chooseCompanyIdColumn(columns: readonly ColumnMapping[], entity: Entity): string | undefined {
  if (entity !== 'leads') return undefined;
  const extras = columns.filter((c) => !c.ignored && c.field === null);
  for (const spelling of COMPANY_LINK_HEADERS) {
    const key = headerKey(spelling);
    const column = extras.find((c) => headerKey(c.header) === key);
    if (column) return column.header;
  }
  return undefined;
}

export function buildMapping(headers: readonly string[], options: BuildMappingOptions = {}): ImportMapping {
  const entityOption = options.entity ?? 'auto';
  if (entityOption !== 'auto' && entityOption !== 'leads' && entityOption !== 'companies') {
    throw new MappingError(`Unknown entity "${String(entityOption)}". Valid entities: auto, leads, companies.`, {
      validChoices: ['auto', 'leads', 'companies'],
    });
  }
  const classes = headers.map(classifyHeader);
  const columns: ColumnMapping[] = headers.map((header, index) => ({
    index,
    header,
    field: null,
    ignored: false,
    source: 'none',
    reason: '',
  }));
  const pinned = headers.map(() => false);
  const owners = new Map<CanonicalField, number>();
  const judge = createValueJudge(options.sample);
  // The first guess that did not stick for each column, said when the column ends up an extra.
  const misses: (string | null)[] = headers.map(() => null);

  for (const [header, rawTarget] of Object.entries(options.overrides ?? {})) {
    const index = findColumn(headers, header, 'Column');
    const column = columns[index];
    if (!column) continue;
    if (pinned[index]) throw new MappingError(`Column "${column.header}" is overridden twice.`, { header: column.header });
    const target = parseColumnTarget(rawTarget, column.header);
    if (target === IGNORE_COLUMN) {
      column.ignored = true;
      column.reason = reasons.overrideIgnored();
    } else if (target === KEEP_AS_EXTRA) {
      column.reason = reasons.overrideExtra();
    } else {
      const other = owners.get(target);
      if (other !== undefined) {
        throw new MappingError(
          `Field "${target}" is mapped twice: "${headers[other] ?? ''}" and "${column.header}". Map it to one column only.`,
          { field: target },
        );
      }
      owners.set(target, index);
      column.field = target;
      column.reason = reasons.overrideField(target);
    }
    column.source = 'override';
    pinned[index] = true;
  }

  const preset = resolvePreset(headers, options.presetId);
  if (preset) {
    for (const [spelling, field] of Object.entries(preset.columns)) {
      const key = headerKey(spelling);
      const index = classes.findIndex((c, i) => c.key === key && !pinned[i]);
      const column = columns[index];
      if (!column || (field !== null && owners.has(field))) continue;
      if (field !== null) {
        const verdict = judge(index, field, 'preset');
        if (!verdict.ok) {
          // Left unpinned: auto-mapping may still find the column another field its values fit.
          misses[index] ??= reasons.presetRefused(preset.name, field, verdict.note);
          continue;
        }
        column.reason = reasons.preset(preset.name, verdict.note);
        owners.set(field, index);
      } else {
        column.reason = reasons.presetExtra(preset.name);
      }
      column.field = field;
      column.source = 'preset';
      pinned[index] = true;
    }
  }

  const entity = entityOption !== 'auto' ? entityOption : (preset?.entity ?? detectEntity(classes, columns, pinned, judge));

  const proposals: { index: number; field: CanonicalField; rank: number }[] = [];
  classes.forEach((header, index) => {
    if (pinned[index]) return;
    for (const candidate of candidatesFor(header, entity)) {
      proposals.push({ index, field: candidate.field, rank: candidate.rank });
    }
  });
  proposals.sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const { index, field } of proposals) {
    const column = columns[index];
    if (!column || column.field !== null) continue;
    const owner = owners.get(field);
    if (owner !== undefined) {
      misses[index] ??= reasons.taken(field, headers[owner] ?? '');
      continue;
    }
    const verdict = judge(index, field, 'auto');
    if (!verdict.ok) {
      misses[index] ??= reasons.refused(field, verdict.note);
      continue;
    }
    column.field = field;
    column.source = 'auto';
    column.reason = reasons.auto(field, verdict.note);
    owners.set(field, index);
  }
  for (const column of columns) {
    if (column.reason === '') column.reason = reasons.kept(misses[column.index] ?? reasons.unmatched());
  }

  let identity: IdentityRule;
  if (options.keyHeader !== undefined) {
    const index = findColumn(headers, options.keyHeader, 'Key column');
    const column = columns[index];
    if (column?.ignored) {
      throw new MappingError(`Key column "${column.header}" is also ignored; a row's identity cannot come from an ignored column.`, {
        header: column.header,
      });
    }
    identity = { kind: 'column', column: headers[index] ?? options.keyHeader };
  } else {
    identity = chooseIdentity(columns, entity);
  }

  const companyIdColumn = chooseCompanyIdColumn(columns, entity);
  return {
    preset: preset ? { id: preset.id, name: preset.name } : null,
    entity,
    columns,
    identity,
    ...(companyIdColumn !== undefined ? { companyIdColumn } : {}),
  };
}
