/**
 * Words for the keys an import finds existing records by (issue 9, defect 4):
 * the preview says how many rows will update records already in the
 * workspace, and the finished import how many did, each by key.
 */
import type { Entity, ImportPreviewDto, KeyCounts, RecordKey } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';
import { RECORD_KEY_WORDS } from '../../../../src-main/contract/record-keys';

/** `3 by email, 1 by record id`, most first; empty when no key was used. */
export function byKeyText(counts: KeyCounts | undefined): string {
  return (Object.entries(counts ?? {}) as [RecordKey, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${formatCount(n)} by ${RECORD_KEY_WORDS[key]}`)
    .join(', ');
}

/** What the preview says about rows that match records already in the workspace; null when none do. */
export function existingSummary(existing: ImportPreviewDto['existing'], entity: Entity): string | null {
  if (existing.matched === 0) return null;
  const records = entity === 'companies' ? 'companies' : 'leads';
  const rows = existing.wholeFile ? `${formatCount(existing.matched)} rows` : `${formatCount(existing.matched)} of the first ${formatCount(existing.rowsChecked)} rows`;
  return `${rows} match ${records} already in the workspace (${byKeyText(existing.byKey)}): they update those ${records} instead of adding new ones.`;
}
