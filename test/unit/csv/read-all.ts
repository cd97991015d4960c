/**
 * Test helpers for the CSV reader: temp files (for bytes we build in the test:
 * UTF-16, legacy code pages, NULs, big fields) and a read-everything wrapper.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCsv, type CsvChunk, type CsvFormat, type CsvHeader, type CsvRejectedRow, type CsvRow, type OpenCsvOptions } from '../../../src-main/csv/index';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/csv', import.meta.url));
export const fixture = (name: string): string => join(FIXTURES, name);

export interface ReadResult {
  format: CsvFormat;
  header: CsvHeader;
  rows: CsvRow[];
  rejected: CsvRejectedRow[];
  chunks: CsvChunk[];
}

export async function readAll(path: string, options?: OpenCsvOptions): Promise<ReadResult> {
  const source = await openCsv(path, options);
  const chunks: CsvChunk[] = [];
  for await (const chunk of source.chunks()) chunks.push(chunk);
  return {
    format: source.format,
    header: source.header,
    rows: chunks.flatMap((c) => c.rows),
    rejected: chunks.flatMap((c) => c.rejected),
    chunks,
  };
}

/** A temp folder for one test file; call cleanup() in afterAll. */
export function tempFolder(): { file(name: string, content: string | Uint8Array): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'csv-reader-test-'));
  return {
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Cells of each row, for compact assertions. */
export const cells = (rows: CsvRow[]): string[][] => rows.map((r) => r.fields);
