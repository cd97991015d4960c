/**
 * What the window and the command line see of an older workspace's
 * duplicates and of merging them (issue 9, defect 4 follow-up): a preview,
 * the result of a merge, and of its undo. Plain JSON, no runtime imports.
 */
import type { Entity } from './dto';

/** The key duplicates share: a CRM record id, an email, a lead's name at one company, a domain, a company's normalised name. */
export type DuplicateKey = 'record_id' | 'email' | 'name_company' | 'domain' | 'company_name';

/** A key in words, as the window and the command line both say it. */
export const DUPLICATE_KEY_WORDS: Readonly<Record<DuplicateKey, string>> = {
  record_id: 'same record id',
  email: 'same email',
  name_company: 'same name at the same company',
  domain: 'same domain',
  company_name: 'same name',
};

/** What records kept apart share and what tells them apart, in words: "share an email but hold different record ids". */
export function keptApartReason(entity: Entity, key: DuplicateKey): string {
  const shared = { record_id: 'a record id', email: 'an email', name_company: 'a name at one company', domain: 'a domain', company_name: 'a name' }[key];
  const differs =
    entity === 'leads' ? (key === 'name_company' ? 'record ids or emails' : 'record ids') : key === 'company_name' ? 'record ids or domains' : 'record ids';
  return `share ${shared} but hold different ${differs}`;
}

/** How many records would merge into another (or did), by entity and the key that joined them. */
export interface DuplicateKeyCount {
  entity: Entity;
  key: DuplicateKey;
  records: number;
}

/** A record in a sample group, as a person reads it (a lead's name or email, a company's name or domain). */
export interface DuplicateRecordDto {
  id: number;
  label: string;
  /** Its CRM record id, if any. */
  recordId: string | null;
}

/** A value the surviving record keeps while a merged one held another (reported, and kept in the merge log). */
export interface DuplicateConflictDto {
  column: string;
  kept: string;
  other: string;
}

export interface DuplicateGroupDto {
  entity: Entity;
  key: DuplicateKey;
  /** The shared value (the email, the domain…). */
  value: string;
  survivor: DuplicateRecordDto;
  merged: DuplicateRecordDto[];
  /** The blanks of the survivor the merged records fill, in words ("Email", "Extra fields"). */
  filled: string[];
  conflicts: DuplicateConflictDto[];
  /** Campaign memberships (with their outcomes) the merged records hold. */
  campaignMemberships: number;
}

/** A merge that can be undone, or why not. */
export interface MergeRunDto {
  mergeId: number;
  mergedAt: string;
  leads: number;
  companies: number;
  undoable: boolean;
  /** Why it cannot be undone (an import since). */
  reason?: string;
}

export interface DuplicatesPreviewDto {
  /** Leads that would merge into another lead. */
  leads: number;
  companies: number;
  byKey: DuplicateKeyCount[];
  /** Groups sharing a key but held apart (different CRM record ids, or different domains): they stay as they are. */
  keptApart: DuplicateKeyCount[];
  /** Values kept on survivors where a merged record held another. */
  conflicts: number;
  /** A few groups of each entity, largest first. */
  sample: DuplicateGroupDto[];
  /** The last merge not undone, if any. */
  lastMerge: MergeRunDto | null;
}

export interface MergeResultDto {
  mergeId: number;
  mergedAt: string;
  leads: number;
  companies: number;
  byKey: DuplicateKeyCount[];
  /** Blank values filled on survivors. */
  valuesFilled: number;
  conflicts: number;
  /** Rows that pointed at a merged record (list and campaign members, marks, examples, candidates, scores, a lead's company), now at its survivor. */
  linksMoved: number;
  /** Such rows dropped because the survivor already had one (a list holds a record once); kept in the log. */
  linksDropped: number;
}

export interface UndoMergeResultDto {
  mergeId: number;
  leads: number;
  companies: number;
}
