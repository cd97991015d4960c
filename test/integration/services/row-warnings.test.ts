/**
 * Issue 9: the warnings an import raises on rows it keeps (a value dropped,
 * bytes replaced with U+FFFD) are stored with the batch, so the history shows
 * them after the run: the batch's totals, its warnings paged by row, a CSV of
 * them all (formula-safe) in the window and on the command line.
 */
import Papa from 'papaparse';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../src-main/import/import-file';
import { openWorkspace } from '../../../src-main/db/workspace';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { writeFaultyCrmCsv } from '../../helpers/faulty-crm-csv';
import { cli } from '../../helpers/run-cli';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices | null = null;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(async () => {
  await services?.close();
  services = null;
  ws.cleanup();
});

/** The faulty CRM export (helpers/faulty-crm-csv.ts) whose last row (row 6) also carries formulas. */
function faultyFile(): string {
  return writeFaultyCrmCsv(join(ws.dir, 'faulty.csv'), ['R5,Chloë,"=cmd|x@x.com",=HYPERLINK("http://evil.example")']);
}

describe('row warnings kept with the batch', () => {
  it('stores every warning with its row, column and replaced bytes, and the batch keeps the totals', async () => {
    const result = await importFile(ws, faultyFile());
    expect(result).toMatchObject({ encoding: 'utf-8', imported: 5, rejected: 0, replacedBytes: 3 });
    expect(result.warnings).toBeGreaterThanOrEqual(3);

    // A later session (the window reopened, the command line) still sees them.
    ws.close();
    const reopened = openWorkspace(ws.path);
    Object.assign(ws, { db: reopened.db, close: () => reopened.close() });
    services = openAppServices(ws);
    const [batch] = await services.api['imports.list']();
    expect(batch).toMatchObject({ id: result.batchId, warnings: result.warnings, replacedBytes: 3 });

    const page = await services.api['imports.warnings']({ batchId: result.batchId });
    expect(page.total).toBe(result.warnings);
    expect(page.rows.filter((w) => w.replacedBytes > 0)).toEqual([
      { rowNumber: 3, column: 'First Name', reason: expect.stringMatching(/2 bytes/), replacedBytes: 2 },
      { rowNumber: 5, column: 'Notes', reason: expect.stringMatching(/1 byte/), replacedBytes: 1 },
    ]);
    expect(page.rows).toContainEqual({ rowNumber: 4, column: 'Email', reason: expect.stringMatching(/not an email address/), replacedBytes: 0 });
    // In row order, and paged.
    expect(page.rows.map((w) => w.rowNumber)).toEqual([...page.rows.map((w) => w.rowNumber)].sort((a, b) => a - b));
    const second = await services.api['imports.warnings']({ batchId: result.batchId, offset: 1, limit: 1 });
    expect(second.rows).toEqual([page.rows[1]]);
  });

  it('keeps more warnings than the run result carries', async () => {
    // One control character a row, in an email; the long notes keep the file text, not binary.
    const lines = ['Record ID,Email,Notes'];
    for (let i = 1; i <= 1200; i++) lines.push(`R${i},a@b\x04c${i}.com,${'called about the renewal and the new pricing; '.repeat(4)}`);
    const path = join(ws.dir, 'many.csv');
    writeFileSync(path, lines.join('\n') + '\n');
    const result = await importFile(ws, path);
    expect(result.warnings).toBe(1200);
    expect(result.rowWarnings).toHaveLength(1000);
    services = openAppServices(ws);
    const page = await services.api['imports.warnings']({ batchId: result.batchId, offset: 1199, limit: 10 });
    expect(page).toMatchObject({ total: 1200, rows: [{ rowNumber: 1201, column: 'Email' }] });
  });

  it('stores nothing for a file without warnings, and nothing of an import that was rolled back', async () => {
    const clean = join(ws.dir, 'clean.csv');
    writeFileSync(clean, 'Record ID,Email\nR1,a@x.com\n');
    const ok = await importFile(ws, clean);
    services = openAppServices(ws);
    expect(await services.api['imports.warnings']({ batchId: ok.batchId })).toEqual({ batchId: ok.batchId, total: 0, rows: [] });

    const controller = new AbortController();
    controller.abort();
    await expect(importFile(ws, faultyFile(), { signal: controller.signal })).rejects.toThrow();
    expect(ws.db.prepare('SELECT count(*) AS n FROM row_warnings').get()).toEqual({ n: 0 });
  });

  it('downloads them as a formula-safe CSV where exports go, and refuses an unknown batch', async () => {
    const result = await importFile(ws, faultyFile());
    services = openAppServices(ws);
    const written = await services.api['imports.warningsCsv']({ batchId: result.batchId });
    if ('cancelled' in written) throw new Error('not written');
    expect(written.rows).toBe(result.warnings);
    expect(written.file).toMatch(/exports[\\/]row-warnings-\d+-faulty-\d{4}-\d\d-\d\d\.csv$/);
    const cells = Papa.parse<string[]>(readFileSync(written.file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(cells[0]).toEqual(['row', 'column', 'reason', 'replaced bytes']);
    expect(cells).toContainEqual(['3', 'First Name', expect.stringMatching(/2 bytes/), '2']);
    expect(cells).toHaveLength(result.warnings + 1);
    await expect(services.api['imports.warnings']({ batchId: result.batchId + 7 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(services.api['imports.warningsCsv']({ batchId: result.batchId + 7 })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('on the command line', () => {
  it('the import names the command that lists them; imports shows the totals; warnings prints them as CSV', async () => {
    const path = faultyFile();
    const db = join(ws.dir, 'cli.db');
    const imported = await cli(['import', path, '--db', db], ws.dir);
    expect(imported.code).toBe(0);
    const batchId = Number(/batch (\d+)/.exec(imported.stdout)?.[1]);
    expect(imported.stdout).toContain(`lookalike -- warnings ${batchId}`);

    const history = await cli(['imports', '--db', db], ws.dir);
    expect(history.stdout).toMatch(new RegExp(`#${batchId} .*\\d+ with warnings, 3 unreadable bytes stored as �`));

    const listed = await cli(['warnings', String(batchId), '--db', db], ws.dir);
    expect(listed.code).toBe(0);
    const [header, ...rows] = listed.stdout.trimEnd().split('\n');
    expect(header).toBe('row,column,reason,replaced bytes');
    expect(rows).toContainEqual(expect.stringMatching(/^5,Notes,.*1 byte.*,1$/));

    const unknown = await cli(['warnings', String(batchId + 5), '--db', db], ws.dir);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/No import batch/);
  });
});
