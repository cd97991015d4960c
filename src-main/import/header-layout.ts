/**
 * A file's layout, the key a mapping template is remembered by: the CRM
 * preset the headers were recognised as (or `none`) and a digest of the
 * exact header row, so a template only returns for a file whose columns are
 * the same, in the same order, under the same names.
 */
import { createHash } from 'node:crypto';
import type { ImportMapping } from '../crm/index';

export interface HeaderLayout {
  preset: string;
  headerDigest: string;
}

export function headerLayout(mapping: Pick<ImportMapping, 'preset' | 'columns'>): HeaderLayout {
  const headers = mapping.columns.map((c) => c.header);
  return { preset: mapping.preset?.id ?? 'none', headerDigest: createHash('sha256').update(JSON.stringify(headers)).digest('hex') };
}
