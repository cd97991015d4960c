/**
 * Words for the keys an import finds existing records by, the same in the
 * command line and the window ("3 by email, 1 by record id"). Plain data,
 * free of any runtime import, so the renderer can bundle it.
 */
import type { RecordKey } from './dto';

export const RECORD_KEY_WORDS: Record<RecordKey, string> = {
  record_id: 'record id',
  email: 'email',
  name_company: 'name and company',
  domain: 'domain',
  company_name: 'company name',
  column: 'key column',
  content_hash: 'identical content',
};
