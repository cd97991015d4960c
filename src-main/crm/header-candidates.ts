/**
 * Turns the fields' aliases (src-model/fields/field-table.ts) and the rest of
 * the written vocabulary into a lookup from header key to the fields a header
 * could mean, best first. Built once at module load; buildMapping asks it
 * once per header, never per row.
 */
import type { Entity } from '../contract/dto';
import { type CanonicalField, FIELD_TABLE } from '../../src-model/fields/field-table';
import { headerKey } from './header-key';
import { BLOCKED_HEADERS, COMPANY_ID_HEADERS, LEAD_ID_HEADERS, STRIPPABLE_PREFIXES } from './vocabulary';

export interface HeaderCandidate {
  field: CanonicalField;
  /** 0 is the field itself; higher ranks lose to lower ones when two columns want the same field. */
  rank: number;
  /** Only offered when the file's entity matches (a company id is not a person's id). */
  entity: Entity | null;
}

export interface HeaderClass {
  key: string;
  /** Fields this header could fill, best first; empty for unknown or blocked headers. */
  candidates: readonly HeaderCandidate[];
  /** A person-level record id (`Contact ID`, `Prospect ID`): evidence of a leads file. */
  leadId: boolean;
  /** The bare `Name` header: a person's name in a leads file, the company's name in a companies file. */
  bareName: boolean;
}

const BARE_NAME_KEY = 'name';
/** A prefix-stripped match (`Organization - Industry` → `Industry`) is this much weaker than a listed spelling. */
const STRIPPED_PREFIX_PENALTY = 1;

const exactIndex = new Map<string, HeaderCandidate[]>();

function addCandidate(spelling: string, candidate: HeaderCandidate): void {
  const key = headerKey(spelling);
  const list = exactIndex.get(key);
  if (!list) {
    exactIndex.set(key, [candidate]);
  } else if (!list.some((c) => c.field === candidate.field && c.entity === candidate.entity)) {
    list.push(candidate);
  }
}

for (const { name: field, aliases } of FIELD_TABLE) {
  aliases.forEach((spellings, rank) => {
    for (const spelling of spellings) addCandidate(spelling, { field, rank, entity: null });
  });
}
for (const spelling of LEAD_ID_HEADERS) addCandidate(spelling, { field: 'record_id', rank: 0, entity: null });
for (const spelling of COMPANY_ID_HEADERS) addCandidate(spelling, { field: 'record_id', rank: 1, entity: 'companies' });
addCandidate('Name', { field: 'full_name', rank: 0, entity: 'leads' });
addCandidate('Name', { field: 'company', rank: 0, entity: 'companies' });
for (const list of exactIndex.values()) list.sort((a, b) => a.rank - b.rank);

const leadIdKeys = new Set(LEAD_ID_HEADERS.map(headerKey));
const blockedKeys = new Set(BLOCKED_HEADERS.map(headerKey));
const prefixesLongestFirst = [...STRIPPABLE_PREFIXES].sort((a, b) => b.length - a.length);

function strippedCandidates(key: string): HeaderCandidate[] {
  for (const prefix of prefixesLongestFirst) {
    if (key.length <= prefix.length || !key.startsWith(prefix)) continue;
    const rest = exactIndex.get(key.slice(prefix.length));
    if (rest) return rest.map((c) => ({ ...c, rank: c.rank + STRIPPED_PREFIX_PENALTY }));
  }
  return [];
}

export function classifyHeader(header: string): HeaderClass {
  const key = headerKey(header);
  const blocked = blockedKeys.has(key);
  const candidates = blocked ? [] : (exactIndex.get(key) ?? strippedCandidates(key));
  return { key, candidates, leadId: leadIdKeys.has(key), bareName: key === BARE_NAME_KEY };
}

/** Candidates usable for a file of the given entity, best first. */
export function candidatesFor(header: HeaderClass, entity: Entity): HeaderCandidate[] {
  return header.candidates.filter((c) => c.entity === null || c.entity === entity);
}
