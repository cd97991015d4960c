/**
 * The app's writes (window, web host) while an import in another process
 * holds the workspace: they wait without blocking — other requests are
 * answered meanwhile — and go ahead once the import commits, rather than
 * sleeping the main thread in SQLite's busy handler for 5 s and failing.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { writeCrmCsv } from '../../bench/generate-crm-csv';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { freezeInsideImport, sleep, spawnCli, type CliProcess } from '../../helpers/cli-process';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let importing: CliProcess | null = null;

beforeEach(() => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, 2_000);
  services = openAppServices(ws, { threads: 1 });
});
afterEach(async () => {
  importing?.signal('SIGCONT');
  await importing?.exited;
  importing = null;
  await services.close();
  ws.cleanup();
});

describe('an app write beside an import in another process', () => {
  it('waits for the import without blocking other requests, then writes', async () => {
    const csv = join(ws.dir, 'more.csv');
    await writeCrmCsv({ rows: 6000, seed: 5, outPath: csv });
    importing = spawnCli(['import', csv, '--db', ws.path], ws.dir);
    await freezeInsideImport(importing, ws.path);

    let settled = false;
    const created = services.api['lists.create']({ name: 'Beside the import', entity: 'leads' }).finally(() => (settled = true));
    // Past SQLite's 5 s busy timeout, with reads answered quickly all along.
    let slowestReadMs = 0;
    for (const until = Date.now() + 6000; Date.now() < until; ) {
      const started = performance.now();
      await services.api['lists.list']({});
      slowestReadMs = Math.max(slowestReadMs, performance.now() - started);
      await sleep(50);
    }
    expect(settled).toBe(false);
    expect(slowestReadMs).toBeLessThan(1000);
    importing.signal('SIGCONT');
    const { id } = await created;
    expect(ws.db.prepare('SELECT name FROM lists WHERE id = ?').pluck().get(id)).toBe('Beside the import');
    expect((await importing.exited).code).toBe(0);
    expect(ws.db.prepare("SELECT status FROM import_batches WHERE file_name = 'more.csv'").pluck().all()).toEqual(['completed']);
  }, 120_000);
});
