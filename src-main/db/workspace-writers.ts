/**
 * Who is writing a workspace, for a command that must wait for it (issue 9,
 * defect 6). SQLite takes one writer at a time: an import holds the write
 * lock for its whole file, and a job writes often for minutes. A command that
 * simply wrote would wait out the busy timeout and fail with "database is
 * locked"; instead it waits here, told what it waits for.
 *
 * What holds the lock is not in the database for others to read: an
 * import's batch row sits in its own uncommitted transaction. So an import
 * leaves a note beside the workspace (`<workspace>-writer`) while it holds
 * the lock. The note names its process (lib/process-identity), so one left by
 * a killed import is ignored; a job is known from its row.
 *
 * Hazard: checking is not taking. The lock may be taken again between a wait
 * that ended and the write that follows; so a wait that ends also has SQLite
 * wait, on that connection, for what is left of it.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { formatIdentity, parseIdentity, processGone, thisProcess } from '../lib/process-identity';
import { retryWhileBusy } from './busy-retry';
import { jobsElsewhere } from './queries/jobs';
import type { Workspace } from './workspace';

const notePath = (workspacePath: string) => `${workspacePath}-writer`;

/**
 * Notes that this process is writing the workspace (`what`, e.g. "import of
 * contacts.csv") until the returned function is called. Only a courtesy to
 * waiting commands: a note that cannot be written is skipped.
 */
export function noteWriter(workspacePath: string, what: string): () => void {
  const file = notePath(workspacePath);
  const runner = formatIdentity(thisProcess());
  try {
    // Written whole or not at all: a reader must never find the note empty or half-written.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ what, runner }));
    renameSync(temporary, file);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      // Another writer may have taken the workspace and written its own note since: leave that one.
      if ((JSON.parse(readFileSync(file, 'utf8')) as { runner?: unknown }).runner === runner) rmSync(file, { force: true });
    } catch {
      /* gone already */
    }
  };
}

/** What the note beside the workspace says is writing it, when its process still runs. */
function notedWriter(workspacePath: string): string | null {
  try {
    const note = JSON.parse(readFileSync(notePath(workspacePath), 'utf8')) as { what?: unknown; runner?: unknown };
    const id = typeof note.runner === 'string' ? parseIdentity(note.runner) : null;
    return typeof note.what === 'string' && id !== null && !processGone(id) ? note.what : null;
  } catch {
    return null;
  }
}

/** Whether another connection holds the write lock now. Never waits. */
export function writeLocked(db: Database.Database): boolean {
  if (db.inTransaction) return false; // this connection is the writer, or will find out at its next write
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return false;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'SQLITE_BUSY') return true;
    throw e;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * What keeps the workspace from being written now ("import of a.csv running",
 * "job 7 running"), or null when it is free. With `forJobs`, a job another
 * process runs counts too, lock or not: an import must not start beside a
 * job (each would hold the other up for long). This process's own jobs and
 * imports are its own to order.
 */
export function workspaceBusyWith(ws: Pick<Workspace, 'db' | 'path'>, options: { forJobs?: boolean } = {}): string | null {
  const locked = writeLocked(ws.db);
  if (!locked && !options.forJobs) return null;
  const job = jobsElsewhere(ws.db).find((j) => j.status === 'running') ?? null;
  if (locked) {
    const noted = notedWriter(ws.path);
    return noted ? `${noted} running` : job ? `job ${job.id} running` : 'another process is writing to it';
  }
  return job ? `job ${job.id} running` : null;
}

/**
 * What holds the write lock of `db`'s workspace, in words, for a write of
 * this process that waits for it (db/busy-retry.ts): the noted import,
 * another process's job, or "another process is writing to it".
 */
export function writeHolderOf(db: Database.Database): string {
  return workspaceBusyWith({ db, path: db.name }) ?? 'another writer';
}

/**
 * Resolves once no other connection holds `db`'s write lock, without ever
 * sleeping the thread in SQLite's busy handler (the app's request path: the
 * window and the web host answer meanwhile); after `timeoutMs`, a conflict
 * naming the holder. The write that follows still has SQLite's own wait for
 * a writer that comes in between.
 */
export function untilWritable(db: Database.Database, timeoutMs: number): Promise<void> {
  return retryWhileBusy(() => undefined, {
    timeoutMs,
    free: () => !writeLocked(db),
    holder: () => writeHolderOf(db),
    gaveUp: 'nothing was written. Try again when it has finished',
  });
}

export interface WaitOptions {
  /** How long to wait at most. */
  timeoutMs: number;
  forJobs?: boolean;
  /** Called once, when the wait has lasted long enough to mention (a passing write is not worth a line). */
  onWaiting?: (holder: string) => void;
}

/** A wait shorter than this is not mentioned. */
const MENTION_AFTER_MS = 250;
const POLL_MS = 100;
/** SQLite's own wait after a wait here, never shorter than the workspace's usual busy timeout. */
const MIN_BUSY_TIMEOUT_MS = 5000;

/**
 * Waits until the workspace can be written. Resolves with null once it can
 * (and then a write that meets a writer come in meanwhile waits out the rest
 * of `timeoutMs` instead of failing after SQLite's usual 5 s), or with what
 * still held it when `timeoutMs` ran out.
 */
export async function waitForWorkspace(ws: Workspace, options: WaitOptions): Promise<string | null> {
  const started = Date.now();
  let mentioned = false;
  for (;;) {
    const holder = workspaceBusyWith(ws, options);
    if (holder === null) {
      ws.db.pragma(`busy_timeout = ${Math.max(MIN_BUSY_TIMEOUT_MS, options.timeoutMs - (Date.now() - started))}`);
      return null;
    }
    const waited = Date.now() - started;
    if (!mentioned && waited >= MENTION_AFTER_MS) {
      options.onWaiting?.(holder);
      mentioned = true;
    }
    if (waited >= options.timeoutMs) return holder;
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, options.timeoutMs - waited)));
  }
}
