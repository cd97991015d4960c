/**
 * Page-cache sizes and releases for a connection's heavy moments.
 *
 * The page cache an import works with (issue 9, defect 10). A fresh
 * connection gets 64 MiB (workspace.ts), which a large import fills and
 * keeps, so peak memory grew with the file until its indexes outgrew the
 * cache. An import holds the cache at a size the ~45 MB workspace of a
 * 100k-row file already fills, so its peak is the same however long the
 * file. Measured on the 1M-row benchmark (same code, a busy machine):
 * 64 MiB peaked at 299 MB, 32 MiB at 219 MB; the price is more page reads
 * from the OS, which keeps the file in its own cache: system time 7 s → 11 s.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type Database from 'better-sqlite3';

export const IMPORT_PAGE_CACHE_KIB = 32 * 1024;

/** Sets the connection's page cache to `kib` KiB and returns how to restore the previous size. */
export function limitPageCache(db: Database.Database, kib: number): () => void {
  const before = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${Math.round(kib)}`);
  return () => {
    db.pragma(`cache_size = ${before}`);
  };
}

/** Steps a release takes: each frees a share of the cache, with a turn of the event loop between them. */
const RELEASE_STEPS = 16;

/**
 * Frees the connection's cached pages now (the unused ones: all, between
 * statements). Another connection's commit voids them anyway: SQLite drops
 * the whole cache at this connection's next read. Dropped then, after a long
 * write on the job worker thread, the same pages cost the main thread
 * 0.1–0.45 s to free at 100k leads (each one touched again after the
 * worker's seconds of work: page faults). Freed before the write is sent it
 * is cheaper, but in the web host at 300k leads still 0.24 s in one call,
 * and an eighth of the cache up to 0.13 s: so the cache is shrunk in steps
 * (its size lowered a sixteenth at a time, which frees the pages above it),
 * a turn of the event loop between them, and then given back its size. What this connection reads meanwhile is
 * cached again as usual.
 */
export async function releasePageCache(db: Database.Database): Promise<void> {
  if (!db.open) return;
  // Releases may overlap (a job's save beside a merge): each steps down from the size the connection had
  // before the first, and the last to end gives it back, so none takes a lowered size for the real one.
  let release = releasing.get(db);
  if (!release) {
    release = { size: db.pragma('cache_size', { simple: true }) as number, running: 0 };
    releasing.set(db, release);
  }
  release.running++;
  try {
    // cache_size is in pages when positive, in KiB when negative.
    for (let step = RELEASE_STEPS - 1; step >= 0; step--) {
      db.pragma(`cache_size = ${Math.trunc((release.size * step) / RELEASE_STEPS)}`);
      if (step > 0) {
        await nextTurn();
        if (!db.open) return;
      }
    }
    db.pragma('shrink_memory');
  } finally {
    if (--release.running === 0) {
      releasing.delete(db);
      if (db.open) db.pragma(`cache_size = ${release.size}`);
    }
  }
}

/** The releases under way on a connection, and its cache size before them. */
const releasing = new WeakMap<Database.Database, { size: number; running: number }>();
