/**
 * kill -9 mid-command (issue 9, "tests that keep it so"): the command line
 * runs in a child process that is SIGKILLed during an import, during a job
 * and during a list export. Afterwards the workspace passes
 * `integrity_check`, nothing of the killed command is half there (no batch,
 * an interrupted job with no candidates or scores, no file under the export's
 * name), and the same command run again gives the counts a clean run gives.
 *
 * The tests share one workspace and run in order: the import's leads are
 * what the job and the export work on.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { openWorkspace } from '../../../src-main/db/workspace';
import { writeCrmCsv } from '../../bench/generate-crm-csv';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-workspace';
import { freezeInsideImport, integrityCheck, query, spawnCli, waitUntil } from '../../helpers/cli-process';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;
const ROWS = 5_000;
let t: ReturnType<typeof tempDir>;
let db: string;
const file = (name: string) => join(t.dir, name);
const one = <T>(sql: string, ...params: unknown[]) => query<T>(db, sql, ...params)[0]!;
const count = (sql: string, ...params: unknown[]) => one<{ n: number }>(sql, ...params).n;

beforeAll(async () => {
  t = tempDir();
  db = file('ws.db');
  await writeCrmCsv({ rows: ROWS, seed: 7, outPath: file('contacts.csv') });
  expect((await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db], t.dir)).code).toBe(0);
});
afterAll(() => t.cleanup());

describe('kill -9 mid-command', () => {
  it('during an import: no batch and no rows of it, and importing again stores every row once', async () => {
    const leads = count('SELECT count(*) AS n FROM leads');
    const batches = count('SELECT count(*) AS n FROM import_batches');
    const importing = spawnCli(['import', file('contacts.csv'), '--db', db], t.dir);
    await freezeInsideImport(importing, db);
    importing.signal('SIGKILL');
    expect((await importing.exited).signal).toBe('SIGKILL');

    expect(integrityCheck(db)).toBe('ok');
    expect(count('SELECT count(*) AS n FROM import_batches')).toBe(batches);
    expect(count('SELECT count(*) AS n FROM leads')).toBe(leads);

    const again = await cli(['import', file('contacts.csv'), '--db', db, '--json'], t.dir);
    expect(again.stderr).toBe(''); // the killed import's note does not make it wait
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rowsTotal: ROWS, imported: ROWS, updated: 0, unchanged: 0, rejected: 0 });
    expect(count('SELECT count(*) AS n FROM leads')).toBe(leads + ROWS);
  });

  it('during a job: the job shows interrupted with nothing saved, and running it again gives the same counts', async () => {
    const campaign = one<{ id: number }>("SELECT id FROM campaigns WHERE name = 'contacts.csv'").id;
    const args = ['job', 'run', '--source', `campaign:${campaign}`, '--strategy', 'centroid', '--max-results', '300', '--threads', '1', '--db', db, '--json'];
    const running = spawnCli(args, t.dir);
    // Killed while it builds the embeddings (the vector cache half written), long before it saves.
    const job = await waitUntil('the job is running', () => query<{ id: number }>(db, "SELECT id FROM lookalike_jobs WHERE status = 'running'")[0] ?? null);
    const state = () => query<{ status: string; processed: number }>(db, 'SELECT status, processed FROM lookalike_jobs WHERE id = ?', job.id)[0]!;
    await waitUntil('the job is embedding', () => state().processed > 0 || state().status !== 'running');
    running.signal('SIGKILL');
    await running.exited;
    expect(state().status).toBe('running'); // killed mid-run, not after

    expect(integrityCheck(db)).toBe('ok');
    const listed = await cli(['job', 'list', '--json', '--db', db], t.dir);
    expect((JSON.parse(listed.stdout) as { id: number; status: string }[]).find((j) => j.id === job.id)).toMatchObject({ status: 'interrupted' });
    expect(count('SELECT count(*) AS n FROM lookalike_candidates WHERE job_id = ?', job.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM lookalike_scores')).toBe(0);

    const runs = [await cli(args, t.dir), await cli(args, t.dir)].map((r) => {
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { jobId: number; status: string; positives: number; candidates: number };
    });
    expect(runs[0]).toMatchObject({ status: 'completed', candidates: 300 });
    expect({ ...runs[1], jobId: 0, timings: null }).toEqual({ ...runs[0], jobId: 0, timings: null });
    const top = (jobId: number) => query<{ record_id: number }>(db, 'SELECT record_id FROM lookalike_candidates WHERE job_id = ? ORDER BY rank', jobId);
    expect(top(runs[1]!.jobId)).toEqual(top(runs[0]!.jobId));
  });

  it('during a list export: no file under its name, and exporting again writes every member', async () => {
    const ws = openWorkspace(db);
    const members = ws.db.prepare('SELECT id FROM leads').pluck().all() as number[];
    const list = insertList(ws.db, 'everyone', 'leads');
    addListMembers(ws.db, list, 'leads', members);
    ws.close();
    const out = file('exports/everyone.csv');
    const folder = file('exports');
    mkdirSync(folder);

    const exporting = spawnCli(['export', '--list', String(list), '--out', out, '--db', db], t.dir);
    await waitUntil('the export is writing', () => readdirSync(folder).some((f) => f.endsWith('.partial')), 60_000, 2);
    exporting.signal('SIGKILL');
    await exporting.exited;
    expect(existsSync(out)).toBe(false);
    expect(integrityCheck(db)).toBe('ok');

    const again = await cli(['export', '--list', String(list), '--out', out, '--db', db, '--json'], t.dir);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: members.length });
    expect(readFileSync(out, 'utf8').trimEnd().split('\r\n')).toHaveLength(members.length + 1);
    expect(readdirSync(folder)).toEqual(['everyone.csv']); // the killed export's temporary file is gone too
  });
});
