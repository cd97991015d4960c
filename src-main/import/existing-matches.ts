/**
 * How many rows of a file will find a record already in the workspace, and
 * by which key: the preview tells the analyst before anything they imported
 * is changed (issue 9, defect 4). Read-only: the same lookups the import
 * makes (record-writer.ts), none of its writes. Rows repeating an earlier
 * row of the same file are not counted; the import merges them too.
 */
import type Database from 'better-sqlite3';
import type { Entity, KeyCounts, RecordKey } from '../contract/dto';
import type { ImportMapping, MappedRecord } from '../crm/index';
import { findCompanyByKeys, findLeadByKeys, hasIdentity, hasRecords } from '../db/queries/records';
import { companyKeysOf, keyOfIdentity, leadKeysOf, linkedCompanyKeysOf } from './record-keys';
import { contentIdentityOf } from './row-identity';

/** A preview stays quick on a million-row file: past this many rows it says the count is partial. */
export const EXISTING_CHECK_ROWS = 200_000;

export interface ExistingMatches {
  rowsChecked: number;
  wholeFile: boolean;
  matched: number;
  byKey: KeyCounts;
}

export class ExistingMatchCounter {
  private readonly byKey: KeyCounts = {};
  private rowsChecked = 0;
  private matched = 0;
  private readonly entity: Entity;
  private readonly keyColumnOnly: boolean;
  /** Nothing to match in an empty workspace: the preview then reads no further than its first rows. */
  private readonly nothingToMatch: boolean;

  constructor(
    private readonly db: Database.Database,
    mapping: ImportMapping,
    private readonly limit = EXISTING_CHECK_ROWS,
  ) {
    this.entity = mapping.entity;
    this.keyColumnOnly = mapping.identity.kind === 'column';
    this.nothingToMatch = !hasRecords(db, mapping.entity === 'companies' ? 'companies' : 'leads');
  }

  /** False once the limit is reached, or from the start in an empty workspace: the caller may stop reading. */
  get wantsMore(): boolean {
    return !this.nothingToMatch && this.rowsChecked < this.limit;
  }

  add(rec: MappedRecord, fields: readonly string[]): void {
    if (!this.wantsMore) return;
    this.rowsChecked++;
    const key = this.keyOf(rec, fields);
    if (key === null) return;
    this.matched++;
    this.byKey[key] = (this.byKey[key] ?? 0) + 1;
  }

  result(fileEnded: boolean): ExistingMatches {
    return { rowsChecked: this.rowsChecked, wholeFile: fileEnded && !this.nothingToMatch, matched: this.matched, byKey: { ...this.byKey } };
  }

  /** The key the import would find an existing record by (record-writer.ts), or null for a new one. */
  private keyOf(rec: MappedRecord, fields: readonly string[]): RecordKey | null {
    const table = this.entity === 'companies' ? 'companies' : 'leads';
    if (!this.keyColumnOnly) {
      const found =
        this.entity === 'companies'
          ? findCompanyByKeys(this.db, companyKeysOf(rec))
          : findLeadByKeys(this.db, leadKeysOf(rec, findCompanyByKeys(this.db, linkedCompanyKeysOf(rec))?.id ?? null));
      if (found) return found.key;
    }
    // The identity a new record would take; a record already holding it is merged into. For a row
    // without keys, its first occurrence's: a repeated key-less row is counted as often as it repeats.
    const identity = rec.identity ?? contentIdentityOf(fields, 1);
    return hasIdentity(this.db, table, identity) ? keyOfIdentity(identity) : null;
  }
}
