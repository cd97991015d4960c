/**
 * A command that writes while a job in another process holds the
 * workspace's write lock (one of the job's writes, most often the save of
 * its 5,000 candidates, the longest): it waits, naming the job,
 * and goes ahead once the job lets go — no "database is locked" after
 * SQLite's 5 s busy timeout, and the job completes too. The job's process is
 * frozen (SIGSTOP) while it holds the lock, for as long as the test needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/db/workspace';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { cliWatched, query, sleep, spawnCli, waitUntil, writeLocked, type CliProcess } from '../../helpers/cli-process';
import { wonListOf } from '../../helpers/engine-workspace';
import { tempDir } from '../../helpers/temp-workspace';

let t: ReturnType<typeof tempDir>;
let db: string;
let list: number;

beforeAll(() => {
  t = tempDir();
  db = `${t.dir}/ws.db`;
  const ws = openWorkspace(db);
  // Large enough that saving 5,000 candidates holds the lock long enough to be caught holding it.
  seedSyntheticWorkspace(ws.db, 20_000);
  list = wonListOf(Object.assign(ws, { dir: t.dir }), 60);
  ws.close();
});
afterAll(() => t.cleanup());

/** Freezes `proc` at a moment it holds the workspace's write lock (checked again once frozen). */
async function freezeWhileWriting(proc: CliProcess): Promise<void> {
  for (;;) {
    await waitUntil('the job holds the workspace', () => writeLocked(db) || proc.child.exitCode !== null, 120_000, 2);
    if (proc.child.exitCode !== null) throw new Error(`the job ended before it could be frozen: ${proc.stderr()}`);
    proc.signal('SIGSTOP');
    await sleep(20);
    if (writeLocked(db)) return;
    proc.signal('SIGCONT');
  }
}

describe('a command writing beside a job in another process', () => {
  it('waits while the job holds the workspace, naming the job, then writes; the job completes', async () => {
    const job = spawnCli(['job', 'run', '--source', `list:${list}`, '--max-results', '5000', '--min-score', '0', '--threads', '1', '--db', db], t.dir);
    try {
      const jobId = await waitUntil('the job runs', () => query<{ id: number }>(db, "SELECT id FROM lookalike_jobs WHERE status = 'running'")[0]?.id ?? null, 120_000);
      await freezeWhileWriting(job);
      const created = cliWatched(['list', 'create', '--name', 'Beside the job', '--db', db], t.dir);
      await waitUntil('list create says it waits', () => created.stderr() !== '');
      await sleep(5500); // past SQLite's busy timeout: the command must still be waiting, not failed
      expect(created.stderr()).toBe(`lookalike list: waiting for the workspace (job ${jobId} running)…\n`);
      job.signal('SIGCONT');
      const r = await created.done;
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/Created list \d+ "Beside the job"/);
      const ended = await job.exited;
      expect(ended.code, job.stderr()).toBe(0);
      expect(query<{ status: string; candidates: number }>(db, 'SELECT status, candidates FROM lookalike_jobs WHERE id = ?', jobId)[0]).toEqual({
        status: 'completed',
        candidates: 5000,
      });
    } finally {
      job.signal('SIGCONT');
      job.signal('SIGKILL');
    }
  }, 240_000);
});
