/**
 * A workspace another process is writing (issue 9, defect 6): commands wait,
 * saying for what, and then either go ahead or give up with one line and
 * exit 1, leaving nothing half-recorded. The other writer is a real import in
 * a child process, frozen with SIGSTOP while it holds SQLite's write lock, so
 * it holds the workspace for as long as the test needs, well past the 5 s
 * busy timeout.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeCrmCsv } from '../../bench/generate-crm-csv';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-workspace';
import { cliWatched, freezeInsideImport, query, sleep, spawnCli, waitUntil, type CliProcess } from '../../helpers/cli-process';

let t: ReturnType<typeof tempDir>;
let db: string;
const file = (name: string) => join(t.dir, name);
let holder: CliProcess | null = null;

beforeAll(async () => {
  t = tempDir();
  db = file('ws.db');
  await writeCrmCsv({ rows: 3000, seed: 1, outPath: file('a.csv') });
  await writeCrmCsv({ rows: 6000, seed: 2, outPath: file('b.csv') });
  await writeCrmCsv({ rows: 6000, seed: 3, outPath: file('c.csv') });
  expect((await cli(['import', file('a.csv'), '--db', db], t.dir)).code).toBe(0);
});
afterEach(async () => {
  holder?.signal('SIGCONT');
  await holder?.exited;
  holder = null;
});
afterAll(() => t.cleanup());

/** Starts importing `csv` in another process and freezes it once it holds the write lock (mid-import). */
async function importHoldingTheWorkspace(csv: string): Promise<CliProcess> {
  holder = spawnCli(['import', file(csv), '--db', db], t.dir);
  await freezeInsideImport(holder, db);
  return holder;
}

const count = (sql: string) => query<{ n: number }>(db, sql)[0]!.n;
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('a workspace another process is writing', () => {
  it('makes list create wait, saying an import holds it, and go ahead once the import commits', async () => {
    const importing = await importHoldingTheWorkspace('b.csv');
    const lists = count('SELECT count(*) AS n FROM lists');
    const created = cliWatched(['list', 'create', '--name', 'Waited', '--db', db], t.dir);
    await waitUntil('list create says it waits', () => created.stderr() !== '');
    await sleep(300); // and goes on waiting
    expect(count('SELECT count(*) AS n FROM lists')).toBe(lists);
    importing.signal('SIGCONT');
    const r = await created.done;
    expect(r.stderr).toMatch(/waiting for the workspace \(import of b\.csv running\)…/);
    noStack(r.stderr);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Created list \d+ "Waited"/);
    expect(count('SELECT count(*) AS n FROM lists')).toBe(lists + 1);
    expect((await importing.exited).code).toBe(0);
    expect(count("SELECT count(*) AS n FROM import_batches WHERE file_name = 'b.csv' AND status = 'completed'")).toBe(1);
  });

  it('gives up after --wait with one line and exit 1, recording nothing: no list, no job left running, no import', async () => {
    const importing = await importHoldingTheWorkspace('c.csv');
    const before = {
      lists: count('SELECT count(*) AS n FROM lists'),
      jobs: count('SELECT count(*) AS n FROM lookalike_jobs'),
      batches: count('SELECT count(*) AS n FROM import_batches'),
    };
    for (const args of [
      ['list', 'create', '--name', 'Never'],
      ['job', 'run', '--source', 'campaign:1', '--threads', '1'],
      ['import', file('a.csv')],
    ]) {
      const started = Date.now();
      const r = await cli([...args, '--db', db, '--wait', '0.5'], t.dir);
      expect(r.code, args.join(' ')).toBe(1);
      expect(Date.now() - started).toBeLessThan(4000); // gave up after its wait, not after SQLite's busy timeout
      noStack(r.stderr);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/waiting for the workspace \(import of c\.csv running\)…/);
      expect(lines[1]).toMatch(/^lookalike \w+: The workspace is still busy \(import of c\.csv running\) after 0.5 s; nothing was written\./);
    }
    expect(count('SELECT count(*) AS n FROM lists')).toBe(before.lists);
    expect(count('SELECT count(*) AS n FROM lookalike_jobs')).toBe(before.jobs);
    expect(count('SELECT count(*) AS n FROM import_batches')).toBe(before.batches);
    importing.signal('SIGCONT');
    expect((await importing.exited).code).toBe(0);
  });
});
