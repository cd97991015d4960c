/**
 * The fields the engine reads for an entity, as values read back from the
 * records: the canonical ones, and the imported columns the vocabulary
 * encodes. Coverage gaps ask whether each is filled; the seed diagnostics
 * ask how well its value alone tells the examples from the rest.
 */
import type { CoverageGapDto, Entity } from '../contract/dto';
import type { CoverageRow } from '../db/queries/features';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import { parseJsonObject } from '../lib/json-object';
import { encodedExtras } from './extra-fields';

type CanonicalField = Exclude<keyof CoverageRow, 'id' | 'extra' | 'company_extra'>;

const CANONICAL: Record<Entity, [CanonicalField, string][]> = {
  leads: [
    ['industry', 'Industry'],
    ['employees', 'Company size'],
    ['country', 'Country'],
    ['technologies', 'Tech stack'],
    ['intent', 'Intent signals'],
    ['title', 'Title'],
    ['seniority', 'Seniority'],
    ['department', 'Department'],
    ['score', 'Lead score'],
  ],
  companies: [
    ['industry', 'Industry'],
    ['employees', 'Company size'],
    ['country', 'Country'],
    ['technologies', 'Tech stack'],
    ['intent', 'Intent signals'],
  ],
};

/** A record's imported columns, parsed once: its own, and (for a lead) its company's. */
export interface RowExtras {
  lead: Record<string, unknown> | null;
  company: Record<string, unknown> | null;
}

export interface EngineField {
  /** The canonical field's name, or the imported column's header. */
  field: string;
  label: string;
  /** 'field': canonical, always read; 'extra': an imported column, which `ignoreFields` can leave out. */
  kind: CoverageGapDto['kind'];
  /** The record's value as text, null when it has none. */
  valueOf: (row: CoverageRow, extras: RowExtras) => string | null;
}

const text = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
};

export const rowExtras = (row: CoverageRow): RowExtras => ({ lead: parseJsonObject(row.extra), company: parseJsonObject(row.company_extra) });

export function engineFields(entity: Entity, vocab: FeatureVocabulary): EngineField[] {
  const out: EngineField[] = CANONICAL[entity].map(([field, label]) => ({ field, label, kind: 'field', valueOf: (row) => text(row[field]) }));
  for (const { key, part } of encodedExtras(vocab, entity)) {
    if (out.some((c) => c.field === key)) continue;
    // A lead without a company carries the company part's columns itself.
    const valueOf: EngineField['valueOf'] =
      part === 'lead' ? (_, x) => text(x.lead?.[key]) : (_, x) => text(x.company?.[key]) ?? (entity === 'leads' ? text(x.lead?.[key]) : null);
    out.push({ field: key, label: key, kind: 'extra', valueOf });
  }
  return out;
}
