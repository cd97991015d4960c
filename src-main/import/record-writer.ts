/**
 * Turns mapped records into workspace rows inside the import's transaction:
 * finds the lead or company the row's keys name (db/queries/records.ts:
 * record id, email, name and company; CRM id, domain, name) and merges into
 * it, or inserts a new one; links a lead to its company (by the company's CRM
 * id, else domain, else normalised name; created when unknown), and records
 * campaign membership with the row's outcome.
 *
 * Memory stays flat however long the file (issue 9, defect 10): the company
 * and campaign ids are cached in fixed-size caches (id-cache.ts, which says
 * why not a Map) that only save repeated lookups, never decide them; what the
 * import has already written is asked of the database and its indexes.
 */
import type Database from 'better-sqlite3';
import type { Entity, KeyCounts, Outcome, RecordKey } from '../contract/dto';
import type { MappedRecord } from '../crm/index';
import { campaignIdByKey, campaignKey, insertCampaign, insertCampaignMember, upsertCampaignMember } from '../db/queries/campaigns';
import {
  COMPANY_FIELD_COLUMNS,
  fillCompanyGaps,
  findCompanyByKeys,
  findLeadByKeys,
  insertCompany,
  insertLead,
  LEAD_FIELD_COLUMNS,
  mergeCompany,
  mergeLead,
  type CompanyValues,
  type UpsertChange,
  type UpsertResult,
} from '../db/queries/records';
import { fieldDefinition } from '../../src-model/fields/field-table';
import { IdCache } from './id-cache';
import { companyKeysOf, keyOfIdentity, leadKeysOf, linkedCompanyKeysOf } from './record-keys';
import { columnSource, compileStoredValues } from './stored-values';

export type WriteOutcome = UpsertChange;

export interface RecordWriterOptions {
  db: Database.Database;
  batchId: number;
  entity: Entity;
  /** Campaign for rows that carry an outcome but the file has no campaign column. */
  implicitCampaign: string | null;
  /**
   * The user named the key column: rows are matched on it alone, as they asked, not on their other keys.
   */
  keyColumnOnly?: boolean;
  /** How many company and campaign ids to keep at hand (tests shrink it to exercise forgetting). */
  cacheLimit?: number;
}

/**
 * About 100 bytes a company, so ~6.5 MB, allocated when the import starts.
 * The benchmark's contacts link 10k companies in 100k rows, 98k in 1M; a
 * company the cache has forgotten costs one indexed lookup more (and a
 * check for gaps to fill). Files name far fewer campaigns.
 */
const COMPANY_CACHE_LIMIT = 65_536;
const CAMPAIGN_CACHE_LIMIT = 4096;

const leadValues = compileStoredValues(LEAD_FIELD_COLUMNS.map(columnSource));
const companyFileValues = compileStoredValues(COMPANY_FIELD_COLUMNS.map(columnSource));

/**
 * What a lead row gives the company it links to: the fields that fill a
 * linked company (FieldStorage.fillsCompany), and as its CRM id the row's
 * company-id column, never the lead's own record id. The rest (the person's
 * location, status, owner) stays on the lead.
 */
const linkedCompanyValues = compileStoredValues(
  COMPANY_FIELD_COLUMNS.map((column) => {
    if (column.field === 'record_id') return (rec: MappedRecord) => rec.companyRecordId;
    return fieldDefinition(column.field).storage.fillsCompany ? columnSource(column) : null;
  }),
);

export class RecordWriter {
  /** Rows that changed a record already stored (in the workspace, or earlier in this file), by the key that found it. */
  readonly updatedBy: KeyCounts = {};
  private readonly db: Database.Database;
  private readonly batchId: number;
  private readonly entity: Entity;
  private readonly implicitCampaign: string | null;
  private readonly keyColumnOnly: boolean;
  /** A lead row's strongest company key → the company it links to, once its gaps were filled from such a row. */
  private readonly companyIds: IdCache;
  private readonly campaignIds: IdCache;

  constructor(o: RecordWriterOptions) {
    this.db = o.db;
    this.batchId = o.batchId;
    this.entity = o.entity;
    this.implicitCampaign = o.implicitCampaign;
    this.keyColumnOnly = o.keyColumnOnly ?? false;
    this.companyIds = new IdCache(o.cacheLimit ?? COMPANY_CACHE_LIMIT);
    this.campaignIds = new IdCache(o.cacheLimit ?? CAMPAIGN_CACHE_LIMIT);
  }

  /** `identity` is the record's key (the mapping's rule, or a content hash). */
  write(rec: MappedRecord, identity: string): WriteOutcome {
    return this.entity === 'companies' ? this.writeCompany(rec, identity) : this.writeLead(rec, identity);
  }

  private count(result: UpsertResult, key: RecordKey): WriteOutcome {
    if (result.change === 'updated') this.updatedBy[key] = (this.updatedBy[key] ?? 0) + 1;
    return result.change;
  }

  private writeLead(rec: MappedRecord, identity: string): WriteOutcome {
    const companyId = this.linkCompany(rec);
    const lead = {
      identity,
      values: leadValues(rec),
      companyId,
      nameKey: rec.nameKey,
      outcome: rec.outcome,
      extraJson: rec.extra ? JSON.stringify(rec.extra) : null,
      batchId: this.batchId,
    };
    const found = this.keyColumnOnly ? undefined : findLeadByKeys(this.db, leadKeysOf(rec, companyId));
    const result = found ? mergeLead(this.db, found.id, lead) : insertLead(this.db, lead);
    const change = this.count(result, found?.key ?? keyOfIdentity(identity));
    if (change === 'unchanged') return change;
    const campaign = rec.values.campaign ?? (rec.outcome !== null ? this.implicitCampaign : null);
    if (campaign) {
      const write = change === 'inserted' ? insertCampaignMember : upsertCampaignMember;
      write(this.db, this.campaignId(campaign), result.id, rec.outcome, rec.score, this.batchId);
    }
    return change;
  }

  private writeCompany(rec: MappedRecord, identity: string): WriteOutcome {
    const values = this.companyValues(rec, true);
    const extra = rec.extra ? JSON.stringify(rec.extra) : null;
    const found = this.keyColumnOnly ? undefined : findCompanyByKeys(this.db, companyKeysOf(rec));
    const result = found
      ? mergeCompany(this.db, found.id, values, extra, this.batchId)
      : insertCompany(this.db, identity, values, extra, this.batchId);
    return this.count(result, found?.key ?? keyOfIdentity(identity));
  }

  /** Company attributes a row carries: all of a companies-file row's, a lead row's as linkedCompanyValues says. */
  private companyValues(rec: MappedRecord, companyFile: boolean): CompanyValues {
    return { fields: companyFile ? companyFileValues(rec) : linkedCompanyValues(rec), nameKey: rec.companyKey };
  }

  /**
   * Finds or creates the lead's company: by the company's CRM id, else its
   * domain, else its normalised name. The first row that links a company
   * fills its empty fields (never overwriting what a companies file set),
   * which gives the company that row's keys too; so later rows with the same
   * strongest key find the same company, and the cache is keyed by that alone.
   */
  private linkCompany(rec: MappedRecord): number | null {
    const keys = linkedCompanyKeysOf(rec);
    // The strongest key, spelled as a companies file's identity (crm/compile.ts).
    const identity =
      keys.recordId !== null ? `rid:${keys.recordId}` : keys.domain !== null ? `dom:${keys.domain}` : keys.nameKey !== null ? `cn:${keys.nameKey}` : null;
    if (identity === null) return null;
    const cached = this.companyIds.get(identity);
    if (cached !== undefined) return cached;
    const found = findCompanyByKeys(this.db, keys);
    let id: number;
    if (found === undefined) {
      id = insertCompany(this.db, identity, this.companyValues(rec, false), null, this.batchId).id;
    } else {
      id = found.id;
      // Filling also gives the company the row's strongest key, which the cache relies on. Skipped only
      // when the company holds that key already and this import created or filled it (the cache forgot it).
      const strongest = keys.recordId !== null ? 'record_id' : keys.domain !== null ? 'domain' : 'company_name';
      if (found.key !== strongest || found.lastBatchId !== this.batchId) fillCompanyGaps(this.db, id, this.companyValues(rec, false), this.batchId);
    }
    this.companyIds.set(identity, id);
    return id;
  }

  private campaignId(name: string): number {
    const key = campaignKey(name);
    const cached = this.campaignIds.get(key);
    if (cached !== undefined) return cached;
    const id = campaignIdByKey(this.db, key) ?? insertCampaign(this.db, name, this.batchId);
    this.campaignIds.set(key, id);
    return id;
  }
}

export type { Outcome };
