/**
 * Writes that meet another writer (issue 9, defect 6; issue 11, item 6).
 * SQLite takes one writer at a time, and its own answer to a held lock is to
 * sleep the calling thread in its busy handler for the busy timeout (5 s)
 * and then fail with "database is locked". On the main thread that freezes
 * the window and the web host; after it, a job fails that only had to wait.
 *
 * So a write that may meet another writer — a job's progress, its status,
 * its results — goes through here instead: tried with SQLite's wait off,
 * and when the workspace is busy, tried again after a pause that grows from
 * 25 ms to 250 ms (the other writer's commit is noticed within a quarter of
 * a second), asking first whether the lock is free so that a costly attempt
 * (a save sent to the job worker) is made only when it can succeed. The
 * caller is told once what it waits for; after its time it gets one
 * conflict naming the holder. A write here is a whole transaction, so an
 * attempt that failed left nothing.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../contract/errors';

/** SQLITE_BUSY or one of its extended codes, or an AppError a worker made of one (`details.busy`). */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
  return e instanceof AppError && e.details?.busy === true;
}

/** The AppError a busy write becomes where only data crosses (a worker's answer); isBusyError knows it again. */
export function busyAppError(e: unknown): AppError {
  return new AppError('conflict', `The workspace is busy: ${(e as Error)?.message ?? String(e)}`, { busy: true });
}

/**
 * Runs `work` with SQLite's busy wait off on `db`: a write that meets
 * another writer throws SQLITE_BUSY at once instead of sleeping the thread.
 */
export function withoutBusyWait<T>(db: Database.Database, work: () => T): T {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    return work();
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** A write worth doing only when the workspace is free now (a progress count): false when it was skipped. */
export function writeIfFree(db: Database.Database, write: () => void): boolean {
  try {
    withoutBusyWait(db, write);
    return true;
  } catch (e) {
    if (isBusyError(e)) return false;
    throw e;
  }
}

export interface BusyWaitOptions {
  /** How long to keep trying, from the first attempt. */
  timeoutMs: number;
  /** Stops the wait with a `cancelled` AppError. */
  signal?: AbortSignal;
  /** What holds the workspace, in words ("import of a.csv running"), for the waiting notice and the final error. */
  holder: () => string;
  /** Whether the workspace looks free now (never waits); an attempt is made only then. */
  free?: () => boolean;
  /** Called once, when the wait has lasted long enough to mention. */
  onWaiting?: (holder: string) => void;
  /** Ends the conflict's message: what the wait was for ("the job's results were not saved"). */
  gaveUp?: string;
}

const FIRST_PAUSE_MS = 25;
const LONGEST_PAUSE_MS = 250;
/** A wait shorter than this is not mentioned: a passing write is not worth a notice. */
export const MENTION_AFTER_MS = 250;

/**
 * `attempt` (a whole transaction, made with SQLite's wait off), tried again
 * while the workspace is busy, until it succeeds or `timeoutMs` has passed.
 * Other errors are thrown at once.
 */
export async function retryWhileBusy<T>(attempt: () => T | Promise<T>, options: BusyWaitOptions): Promise<T> {
  const started = Date.now();
  let pause = FIRST_PAUSE_MS;
  let mentioned = false;
  for (;;) {
    if (options.signal?.aborted) throw new AppError('cancelled', 'Cancelled while waiting for the workspace.');
    if (options.free?.() ?? true) {
      try {
        return await attempt();
      } catch (e) {
        if (!isBusyError(e)) throw e;
      }
    }
    const waited = Date.now() - started;
    if (!mentioned && waited >= MENTION_AFTER_MS) {
      mentioned = true;
      options.onWaiting?.(options.holder());
    }
    if (waited >= options.timeoutMs) {
      const holder = options.holder();
      const seconds = Number((waited / 1000).toFixed(1));
      throw new AppError('conflict', `The workspace stayed busy (${holder}) for ${seconds} s${options.gaveUp ? `; ${options.gaveUp}` : ''}.`, { holder });
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, options.timeoutMs - waited)));
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
  }
}
