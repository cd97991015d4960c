/**
 * Another process that holds a workspace's write lock for a while, for tests
 * of writers that must wait for it (db/busy-retry.ts). It is plain Node with
 * better-sqlite3 (it starts in a blink, unlike the command line under tsx),
 * started ahead of time and told when to take the lock, so a test can take
 * it at the moment a job reaches a given phase.
 */
import { spawn } from 'node:child_process';
import { writeLocked } from './cli-process';

const ROOT = new URL('../../', import.meta.url).pathname;

const SCRIPT = `
const Database = require('better-sqlite3');
const [path, holdMs] = process.argv.slice(1);
const db = new Database(path);
process.on('SIGUSR2', () => {
  db.exec('BEGIN IMMEDIATE');
  db.prepare("INSERT INTO workspace_meta (key, value) VALUES ('lock-holder', 'held') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
  setTimeout(() => {
    db.exec('COMMIT');
    db.close();
    process.exit(0);
  }, Number(holdMs));
});
process.stdout.write('ready\\n');
setInterval(() => undefined, 1000);
`;

export interface LockHolder {
  /** Takes the lock now and returns once it holds it; it lets go after its `holdMs` and exits. */
  takeNow(): void;
  exited: Promise<number | null>;
  kill(): void;
}

/** Starts the holder; resolves once it is ready to take the lock. */
export async function startLockHolder(dbPath: string, holdMs: number): Promise<LockHolder> {
  const child = spawn(process.execPath, ['-e', SCRIPT, dbPath, String(holdMs)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder ended before it was ready (${code})`)));
  });
  return {
    takeNow() {
      child.kill('SIGUSR2');
      // Synchronous on purpose: called from a job's event listener, it holds the job at that point until the lock is taken.
      // Probing takes the lock for an instant: a pause between probes lets the holder's own wait succeed.
      const pause = new Int32Array(new SharedArrayBuffer(4));
      const deadline = Date.now() + 20_000;
      for (;;) {
        Atomics.wait(pause, 0, 0, 10);
        if (writeLocked(dbPath)) return;
        if (Date.now() > deadline) throw new Error('the lock holder did not take the lock');
      }
    },
    exited,
    kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
