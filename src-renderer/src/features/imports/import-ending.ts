/**
 * How an import ended, in words a user acts on (issue 11, item 4): a file
 * with a header and no rows, or whose every row was rejected, is said
 * plainly, never as "Completed, 0 new"; a stopped import is stopped, not
 * failed.
 */
import type { ImportProgressEvent } from '../../../../src-main/contract/dto';

export type ImportEnding =
  | { kind: 'imported' }
  | { kind: 'header-only'; text: string }
  | { kind: 'all-rejected'; text: string }
  | { kind: 'stopped'; text: string }
  | { kind: 'failed'; text: string };

export function importEnding(event: ImportProgressEvent): ImportEnding {
  if (event.status === 'cancelled') return { kind: 'stopped', text: `Stopped the import of ${event.file}: nothing from it was kept.` };
  if (event.status !== 'completed' || !event.counts) return { kind: 'failed', text: event.message ?? `The import of ${event.file} did not finish.` };
  const { imported, updated, unchanged, rejected } = event.counts;
  if (imported + updated + unchanged > 0) return { kind: 'imported' };
  if (rejected === 0) return { kind: 'header-only', text: `${event.file} has a header row but no data rows: nothing was imported.` };
  const rows = rejected === 1 ? 'its one row was' : `all ${rejected.toLocaleString('en-US')} rows were`;
  return { kind: 'all-rejected', text: `Nothing was imported from ${event.file}: ${rows} rejected. The rejected rows are below.` };
}
