/**
 * Read-only access to the real datasets in ../shared/data (beside the repository) for the feature
 * tests, parsed with papaparse (multi-line quoted cells, CR-only line endings).
 * Crunchbase 2013 is not UTF-8 (Mac Roman bytes); its codes and categories are
 * ASCII, so it is read as latin1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/** The shared folder beside the repository, resolved from this file, never from one machine's layout. */
const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const DATA_DIR = join(SHARED, 'data');
export const CRM_EXPORTS_REFERENCE = join(SHARED, 'reference', 'crm-exports.md');

export function readCsv(relativePath: string, encoding: BufferEncoding = 'utf8'): Record<string, string>[] {
  const text = readFileSync(join(DATA_DIR, relativePath), encoding);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    throw new Error(`${relativePath}: ${parsed.errors.length} parse errors, first: ${parsed.errors[0]?.message}`);
  }
  return parsed.data;
}

/** Distinct values of one column, in first-seen order. */
export function distinctValues(rows: readonly Record<string, string>[], column: string): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    const value = row[column];
    if (value === undefined) throw new Error(`no column ${column}`);
    values.add(value);
  }
  return [...values];
}

export function readReference(): string {
  return readFileSync(CRM_EXPORTS_REFERENCE, 'utf8');
}

/** The text after `marker` up to the end of its line, from the CRM export reference. */
export function referenceLine(marker: string): string {
  const reference = readReference();
  const start = reference.indexOf(marker);
  if (start < 0) throw new Error(`marker not found in reference: ${marker}`);
  const end = reference.indexOf('\n', start);
  return reference.slice(start + marker.length, end < 0 ? undefined : end);
}
