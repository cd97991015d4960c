/**
 * What the window and the command line see of an older workspace's
 * duplicates and of merging them (issue 9, defect 4 follow-up): a preview,
 * the result of a merge, and of its undo. Plain JSON, no runtime imports.
 */
import type { Entity } from './dto';

/** The key duplicates share: a CRM record id, an email, a domain, a company's normalised name. */
export type DuplicateKey = 'record_id' | 'email' | 'domain' | 'company_name';

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
