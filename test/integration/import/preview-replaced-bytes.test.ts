/**
 * Issue 9: a file that is valid UTF-8 but for a few bytes says so in the
 * preview, before anything is written: how many bytes the import will store
 * as U+FFFD, and on which rows, over the whole file (not just the rows the
 * preview shows), with the same counts the import then reports.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../src-main/import/import-file';
import { previewImport } from '../../../src-main/import/preview';
import { cli } from '../../helpers/run-cli';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

/** `rows` contacts as UTF-8; the rows in `stray` (file rows, the header is row 1) get bad bytes in their notes. */
function contacts(rows: number, stray: Record<number, number[]>): string {
  const parts: Buffer[] = [Buffer.from('Record ID,First Name,Email,Notes\n', 'utf8')];
  for (let i = 1; i <= rows; i++) {
    const row = i + 1;
    parts.push(Buffer.from(`R${i},André,p${i}@example.com,called about the renewal `, 'utf8'));
    if (stray[row]) parts.push(Buffer.from(stray[row]));
    parts.push(Buffer.from(' later\n', 'utf8'));
  }
  const path = join(ws.dir, 'contacts.csv');
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

describe('the preview tells the bytes an import will replace', () => {
  it('counts them over the whole file with their rows, as the import then does', async () => {
    // Row 10 in the sample, rows 2,500 and 4,000 far past the rows the preview shows.
    const path = contacts(5000, { 10: [0x96], 2500: [0xe9, 0xe9], 4000: [0xe2, 0x80] });
    const preview = await previewImport(path, { rows: 5 });
    expect(preview.format.encoding).toBe('utf-8');
    expect(preview.replaced).toEqual({
      bytes: 5,
      rows: 3,
      firstRows: [
        { rowNumber: 10, columns: ['Notes'], bytes: 1 },
        { rowNumber: 2500, columns: ['Notes'], bytes: 2 },
        { rowNumber: 4000, columns: ['Notes'], bytes: 2 },
      ],
      rowsChecked: 5000,
      wholeFile: true,
    });
    const result = await importFile(ws, path);
    expect(result.replacedBytes).toBe(preview.replaced.bytes);
    expect(result.rowWarnings.map((w) => w.rowNumber)).toEqual(preview.replaced.firstRows.map((r) => r.rowNumber));
  });

  it('says nothing is replaced in a clean file, for the whole file, without reading it all', async () => {
    const preview = await previewImport(contacts(3000, {}), { rows: 5 });
    expect(preview.replaced).toMatchObject({ bytes: 0, rows: 0, firstRows: [], wholeFile: true });
    // Only the sampled rows were parsed; the byte check covered the rest.
    expect(preview.replaced.rowsChecked).toBeLessThan(3000);
  });

  it('the dry run on the command line lists them', async () => {
    const path = contacts(50, { 7: [0x96], 30: [0xff, 0xfe] });
    const r = await cli(['import', path, '--dry-run', '--db', join(ws.dir, 'none.db')], ws.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 bytes cannot be read as utf-8 and would be stored as � (2 rows, each with a warning):');
    expect(r.stdout).toContain('  row 7: 1 byte in Notes');
    expect(r.stdout).toContain('  row 30: 2 bytes in Notes');
  });
});
