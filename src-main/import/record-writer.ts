/**
 * Turns mapped records into workspace rows inside the import's transaction:
 * upserts the lead or company, links a lead to its company (by domain, else by
 * normalised name; created when unknown), and records campaign membership with
 * the row's outcome. Caches company and campaign ids per import so a 1M-row
 * file does not look the same company up a million times.
 */
import type Database from 'better-sqlite3';
import { detachString } from '../lib/detach-string';
import type { Entity, Outcome } from '../contract/dto';
import type { MappedRecord } from '../crm/index';
import { campaignIdByKey, campaignKey, insertCampaign, insertCampaignMember, upsertCampaignMember } from '../db/queries/campaigns';
import {
  companyIdByDomain,
  companyIdByNameKey,
  fillCompanyGaps,
  upsertCompany,
  upsertLead,
  type CompanyValues,
  type LeadValues,
  type UpsertChange,
} from '../db/queries/records';

export type WriteOutcome = UpsertChange;

export interface RecordWriterOptions {
  db: Database.Database;
  batchId: number;
  entity: Entity;
  /** Campaign for rows that carry an outcome but the file has no campaign column. */
  implicitCampaign: string | null;
}

const flag = (b: boolean | null | undefined): number | null => (b == null ? null : b ? 1 : 0);
const orNull = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);

export class RecordWriter {
  private readonly db: Database.Database;
  private readonly batchId: number;
  private readonly entity: Entity;
  private readonly implicitCampaign: string | null;
  private readonly companyIds = new Map<string, number>();
  private readonly filledCompanies = new Set<number>();
  private readonly campaignIds = new Map<string, number>();

  constructor(o: RecordWriterOptions) {
    this.db = o.db;
    this.batchId = o.batchId;
    this.entity = o.entity;
    this.implicitCampaign = o.implicitCampaign;
  }

  /** `identity` is the record's key (the mapping's rule, or a content hash). */
  write(rec: MappedRecord, identity: string): WriteOutcome {
    return this.entity === 'companies' ? this.writeCompany(rec, identity) : this.writeLead(rec, identity);
  }

  private writeLead(rec: MappedRecord, identity: string): WriteOutcome {
    const v = rec.values;
    const companyId = this.linkCompany(rec);
    const values: LeadValues = [
      orNull(v.record_id), companyId, orNull(v.first_name), orNull(v.last_name), rec.fullName, rec.email,
      orNull(v.phone), orNull(v.title), orNull(v.seniority), orNull(v.department), orNull(v.company), rec.domain,
      orNull(v.industry), rec.employees?.value ?? null, rec.employees?.label ?? orNull(v.employees), rec.revenue,
      orNull(v.country), orNull(v.state), orNull(v.city), orNull(v.technologies), orNull(v.intent), orNull(v.status),
      flag(rec.replied), flag(rec.won), rec.score, orNull(v.campaign), orNull(v.owner), orNull(v.created_at),
    ];
    const extra = rec.extra ? JSON.stringify(rec.extra) : null;
    const { id, change } = upsertLead(this.db, identity, values, rec.outcome, extra, this.batchId);
    if (change === 'unchanged') return change;
    const campaign = v.campaign ?? (rec.outcome !== null ? this.implicitCampaign : null);
    if (campaign) {
      const write = change === 'inserted' ? insertCampaignMember : upsertCampaignMember;
      write(this.db, this.campaignId(campaign), id, rec.outcome, rec.score, this.batchId);
    }
    return change;
  }

  private writeCompany(rec: MappedRecord, identity: string): WriteOutcome {
    return upsertCompany(this.db, identity, this.companyValues(rec, true), rec.extra ? JSON.stringify(rec.extra) : null, this.batchId).change;
  }

  /** Company attributes a row carries; a lead row's person-level fields (location, status, owner) stay on the lead. */
  private companyValues(rec: MappedRecord, companyFile: boolean): CompanyValues {
    const v = rec.values;
    return [
      companyFile ? orNull(v.record_id) : null, orNull(v.company), rec.companyKey, rec.domain, orNull(v.industry),
      rec.employees?.value ?? null, rec.employees?.label ?? orNull(v.employees), rec.revenue,
      companyFile ? orNull(v.country) : null, companyFile ? orNull(v.state) : null, companyFile ? orNull(v.city) : null,
      orNull(v.technologies), orNull(v.intent),
      companyFile ? orNull(v.status) : null, companyFile ? orNull(v.owner) : null, companyFile ? orNull(v.created_at) : null,
    ];
  }

  /** Finds or creates the lead's company: by domain first, then by normalised name. */
  private linkCompany(rec: MappedRecord): number | null {
    const domainKey = rec.domain ? `d:${rec.domain}` : null;
    const nameKey = rec.companyKey ? `n:${rec.companyKey}` : null;
    if (!domainKey && !nameKey) return null;
    let id = (domainKey && this.companyIds.get(domainKey)) || (nameKey && this.companyIds.get(nameKey)) || undefined;
    if (id === undefined) {
      id =
        (rec.domain ? companyIdByDomain(this.db, rec.domain) : undefined) ??
        (rec.companyKey ? companyIdByNameKey(this.db, rec.companyKey) : undefined);
    }
    const values = this.companyValues(rec, false);
    if (id === undefined) {
      // The same keys a companies file gives (crm/compile.ts), so a later accounts import merges.
      const identity = rec.domain ? `dom:${rec.domain}` : `cn:${rec.companyKey}`;
      id = upsertCompany(this.db, identity, values, null, this.batchId).id;
      this.filledCompanies.add(id);
    } else if (!this.filledCompanies.has(id)) {
      fillCompanyGaps(this.db, id, values, this.batchId);
      this.filledCompanies.add(id);
    }
    // Keys outlive the CSV chunk their text was cut from: detach them so they do not pin it.
    if (domainKey) this.companyIds.set(detachString(domainKey), id);
    if (nameKey) this.companyIds.set(detachString(nameKey), id);
    return id;
  }

  private campaignId(name: string): number {
    const key = campaignKey(name);
    let id = this.campaignIds.get(key) ?? campaignIdByKey(this.db, key);
    if (id === undefined) id = insertCampaign(this.db, name, this.batchId);
    this.campaignIds.set(detachString(key), id);
    return id;
  }
}

export type { Outcome };
