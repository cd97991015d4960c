/**
 * Issue 9, defect 10: an import holds nothing per row in memory. What it
 * must remember across rows — how often a key-less row's content has
 * occurred, which company a key links to — lives in the workspace, or in a
 * bounded cache that may forget without changing a single link.
 * (The figures: `npm run bench:import-memory`.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMapping, compileMapping } from '../../../src-main/crm/index';
import { importFile } from '../../../src-main/import/import-file';
import { RecordWriter } from '../../../src-main/import/record-writer';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

describe('an import keeps no per-row state in memory', () => {
  it('counts repeated key-less rows in the workspace: each repeat is its own lead, the scratch rows go with the import', async () => {
    const path = join(ws.dir, 'survey.csv');
    // No id, email or name and company: every row is keyed by its content.
    writeFileSync(path, ['job_title,experience_level,company_location', 'Data Engineer,SE,US', 'Data Engineer,SE,US', 'ML Engineer,MI,DE', 'Data Engineer,SE,US'].join('\n'));
    const first = await importFile(ws, path);
    expect(first).toMatchObject({ identity: { kind: 'content_hash' }, imported: 4 });
    expect(ws.db.prepare("SELECT count(*) FROM leads WHERE identity LIKE 'row:%#3'").pluck().get()).toBe(1);
    expect(ws.db.prepare('SELECT count(*) FROM import_row_digests').pluck().get()).toBe(0);

    const again = await importFile(ws, path);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 4 });
    expect(ws.db.prepare('SELECT count(*) FROM import_row_digests').pluck().get()).toBe(0);
  });

  it('gives a company the domain of the first row that links it by name, so a re-import links every lead the same way', async () => {
    const path = join(ws.dir, 'contacts.csv');
    writeFileSync(
      path,
      [
        'Record ID,First Name,Last Name,Email,Company Name',
        '1,Jonas,Roberts,,"Pinedock, Inc."', // no domain: a company known by its name only
        '2,Mark,Rodriguez,mark@pinedock.io,Pinedock', // links it by name and gives it pinedock.io
        '3,Donna,Henderson,donna@pinedock.com,"Pinedock, Inc."', // another domain: another company
        '4,Linda,Watanabe,linda@pinedock.com,"Pinedock, Inc."',
      ].join('\n'),
    );
    await importFile(ws, path);
    expect(ws.db.prepare('SELECT domain FROM companies ORDER BY id').pluck().all()).toEqual(['pinedock.io', 'pinedock.com']);
    expect(await importFile(ws, path)).toMatchObject({ updated: 0, unchanged: 4 });
  });

  it('links every lead to the right company when the company cache keeps almost nothing', () => {
    const headers = ['Email', 'First Name', 'Last Name', 'Company'];
    const toRecord = compileMapping(buildMapping(headers));
    const rows = Array.from({ length: 60 }, (_, i) => {
      const c = i % 12;
      // Company 0 twice: once found by domain, once by name alone (a private address).
      return i % 5 === 0 ? [`person${i}@gmail.com`, `P${i}`, `L${i}`, `Company ${c}`] : [`person${i}@company${c}.com`, `P${i}`, `L${i}`, `Company ${c}`];
    });
    const linksWith = (cacheLimit: number): Record<string, string | null> => {
      ws.db.exec('DELETE FROM leads; DELETE FROM companies;');
      ws.db.exec('BEGIN');
      const writer = new RecordWriter({ db: ws.db, batchId: 0, entity: 'leads', implicitCampaign: null, cacheLimit });
      for (const row of rows) {
        const rec = toRecord(row);
        writer.write(rec, rec.identity!);
      }
      ws.db.exec('COMMIT');
      const links = ws.db
        .prepare('SELECT l.email, c.domain, c.name_key FROM leads l LEFT JOIN companies c ON c.id = l.company_id ORDER BY l.email')
        .all() as { email: string; domain: string | null; name_key: string | null }[];
      return Object.fromEntries(links.map((l) => [l.email, `${l.domain ?? '-'} ${l.name_key ?? '-'}`]));
    };
    ws.db.pragma('foreign_keys = OFF'); // batch 0 is no import_batches row
    expect(linksWith(2)).toEqual(linksWith(1000));
  });
});
