/**
 * Writers on one workspace at once (issue 9, "tests that keep it so"): two
 * imports, an import while a job runs, and the web host beside the command
 * line. SQLite takes one writer at a time; whichever comes second waits,
 * saying for what, or (the web host, which cannot keep a request waiting) is
 * refused at once naming it — and everything each writer wrote is there,
 * whole, afterwards.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../src-main/webhost/server';
import { writeCrmCsv } from '../../bench/generate-crm-csv';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-workspace';
import { cliWatched, freezeInsideImport, integrityCheck, query, spawnCli, waitUntil } from '../../helpers/cli-process';

let t: ReturnType<typeof tempDir>;
let db: string;
const file = (name: string) => join(t.dir, name);
const count = (sql: string, ...params: unknown[]) => query<{ n: number }>(db, sql, ...params)[0]!.n;
const batch = (name: string) =>
  query<{ status: string; imported: number; started_at: string }>(db, 'SELECT status, imported, started_at FROM import_batches WHERE file_name = ?', name);
let campaign: number;

beforeAll(async () => {
  t = tempDir();
  db = file('ws.db');
  for (const [name, seed] of [['base.csv', 11], ['b.csv', 12], ['c.csv', 13], ['d.csv', 14], ['e.csv', 15], ['f.csv', 16]] as const) {
    await writeCrmCsv({ rows: name === 'base.csv' ? 3000 : 4000, seed, outPath: file(name) });
  }
  expect((await cli(['import', file('base.csv'), '--db', db], t.dir)).code).toBe(0);
  campaign = query<{ id: number }>(db, "SELECT id FROM campaigns WHERE name = 'base.csv'")[0]!.id;
});
afterAll(() => t.cleanup());

describe('two writers', () => {
  it('two imports at once: the second waits for the first, saying so, and both are stored whole', async () => {
    const leads = count('SELECT count(*) AS n FROM leads');
    const first = spawnCli(['import', file('b.csv'), '--db', db], t.dir);
    await freezeInsideImport(first, db); // hold the overlap open long enough to be seen
    const second = cliWatched(['import', file('c.csv'), '--db', db], t.dir);
    await waitUntil('the second import says it waits', () => second.stderr() !== '');
    first.signal('SIGCONT');
    const r = await second.done;
    expect((await first.exited).code).toBe(0);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/waiting for the workspace \(import of b\.csv running\)…/);
    const [b, c] = [batch('b.csv'), batch('c.csv')];
    expect(b).toMatchObject([{ status: 'completed' }]);
    expect(c).toMatchObject([{ status: 'completed' }]);
    expect(count('SELECT count(*) AS n FROM leads')).toBe(leads + b[0]!.imported + c[0]!.imported);
    expect(integrityCheck(db)).toBe('ok');
  });
});

describe('an import during a job', () => {
  it('waits for the job, saying which, and the job completes undisturbed', async () => {
    const job = spawnCli(['job', 'run', '--source', `campaign:${campaign}`, '--strategy', 'centroid', '--max-results', '200', '--threads', '1', '--db', db, '--json'], t.dir);
    const running = await waitUntil('the job is running', () => query<{ id: number }>(db, "SELECT id FROM lookalike_jobs WHERE status = 'running'")[0] ?? null);
    const r = await cli(['import', file('d.csv'), '--db', db], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`waiting for the workspace \\(job ${running.id} running\\)…`));
    expect((await job.exited).code).toBe(0);
    expect(JSON.parse(job.stdout())).toMatchObject({ jobId: running.id, status: 'completed', candidates: 200 });
    expect(batch('d.csv')).toMatchObject([{ status: 'completed' }]);
    expect(integrityCheck(db)).toBe('ok');
  });
});

describe('the web host and the command line on one workspace', () => {
  let ws: Workspace;
  let services: AppServices;
  let host: WebHost;
  let gate: string;
  beforeAll(async () => {
    gate = file('gate');
    const renderer = file('renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lookalike Studio</title>');
    ws = openWorkspace(db, { mustExist: true });
    // The web host's job waits before training until the test opens the gate: it is running for as long as needed.
    process.env.LOOKALIKE_TEST_GATE = gate;
    services = openAppServices(ws, { threads: 1, workerFile: new URL('../../fixtures/workers/gated-worker.mjs', import.meta.url).pathname });
    host = await startWebHost({ api: services.api, events: services.events, rendererDir: renderer });
  });
  afterAll(async () => {
    delete process.env.LOOKALIKE_TEST_GATE;
    await host.close();
    await services.close();
    ws.close();
  });
  const api = async <T>(method: string, payload?: unknown) => {
    const res = await fetch(`${host.origin}/api/${method}`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token, ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    return (await res.json()) as { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
  };

  it('a command-line import waits for the web host\'s job, saying which, then imports', async () => {
    const started = await api<{ jobId: number }>('jobs.start', { source: { kind: 'campaign', id: campaign }, strategy: 'centroid', maxResults: 100 });
    if (!started.ok) throw new Error(started.error.message);
    const jobId = started.data.jobId;
    await waitUntil('the web host\'s job is running', () => query<{ id: number }>(db, "SELECT id FROM lookalike_jobs WHERE id = ? AND status = 'running'", jobId)[0] ?? null);

    const importing = spawnCli(['import', file('e.csv'), '--db', db], t.dir);
    await waitUntil('the command line waits', () => /waiting for the workspace/.test(importing.stderr()), 60_000, 20);
    expect(importing.stderr()).toMatch(new RegExp(`waiting for the workspace \\(job ${jobId} running\\)…`));
    writeFileSync(gate, ''); // let the job go on
    expect((await importing.exited).code).toBe(0);
    await services.idle();
    expect(query<{ status: string }>(db, 'SELECT status FROM lookalike_jobs WHERE id = ?', jobId)).toEqual([{ status: 'completed' }]);
    expect(batch('e.csv')).toMatchObject([{ status: 'completed' }]);
  });

  it('the web host refuses a job at once while a command-line import holds the workspace, naming it, and reads on', async () => {
    const importing = spawnCli(['import', file('f.csv'), '--db', db], t.dir);
    await freezeInsideImport(importing, db);
    const jobs = count('SELECT count(*) AS n FROM lookalike_jobs');
    const refused = await api('jobs.start', { source: { kind: 'campaign', id: campaign }, strategy: 'centroid', maxResults: 100 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/import of f\.csv running in another process/) } });
    expect(count('SELECT count(*) AS n FROM lookalike_jobs')).toBe(jobs); // refused before a row was written
    expect(await api('jobs.list')).toMatchObject({ ok: true }); // reading goes on
    importing.signal('SIGCONT');
    expect((await importing.exited).code).toBe(0);
    expect(batch('f.csv')).toMatchObject([{ status: 'completed' }]);
    expect(integrityCheck(db)).toBe('ok');
  });
});
