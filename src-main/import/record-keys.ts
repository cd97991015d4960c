/**
 * The keys a mapped row finds a stored record by, shared by the import
 * (record-writer.ts) and its preview (existing-matches.ts) so the preview
 * counts exactly the matches the import will make.
 */
import type { RecordKey } from '../contract/dto';
import type { MappedRecord } from '../crm/index';
import type { CompanyKeys, LeadKeys } from '../db/queries/records';

/** `companyId` is the company the row links to (record-writer.ts), or would link to (the preview). */
export function leadKeysOf(rec: MappedRecord, companyId: number | null): LeadKeys {
  return { recordId: rec.values.record_id ?? null, email: rec.email, companyId, nameKey: rec.nameKey };
}

/** The keys that find a lead row's company: the company's CRM id, the row's domain, the company name's key. */
export function linkedCompanyKeysOf(rec: MappedRecord): CompanyKeys {
  return { recordId: rec.companyRecordId, domain: rec.domain, nameKey: rec.companyKey };
}

/** A companies-file row's own keys (a lead row's company is keyed by rec.companyRecordId instead). */
export function companyKeysOf(rec: MappedRecord): CompanyKeys {
  return { recordId: rec.values.record_id ?? null, domain: rec.domain, nameKey: rec.companyKey };
}

const KEY_OF_PREFIX: Readonly<Record<string, RecordKey>> = {
  rid: 'record_id',
  email: 'email',
  nc: 'name_company',
  dom: 'domain',
  cn: 'company_name',
  col: 'column',
  row: 'content_hash',
};

/** The key an identity string (crm/compile.ts, row-identity.ts) was built from: `email:a@b.com` → email. */
export function keyOfIdentity(identity: string): RecordKey {
  return KEY_OF_PREFIX[identity.slice(0, identity.indexOf(':'))] ?? 'column';
}
