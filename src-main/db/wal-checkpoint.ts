/**
 * Folding the write-ahead log back into the workspace file on the thread that
 * wrote it. A merge (or its undo) on the job worker leaves a WAL of tens of
 * megabytes. Left to SQLite's auto-checkpoint, part of that work met the main
 * connection instead: at 100k leads the main thread's first write check
 * after a merge on the worker stalled it 0.6–1.1 s, a stall of the window
 * and the web host that moving the merge was meant to end (with this, the
 * longest stall measured over a merge or an undo was 0.1–0.25 s).
 *
 * Never waits: with SQLite's busy wait off, a reader holding an old snapshot
 * (the read worker mid-preview) makes the checkpoint stop where it must,
 * and SQLite's own auto-checkpoint finishes the rest later.
 */
import type Database from 'better-sqlite3';
import { withoutBusyWait } from './busy-retry';

export function checkpointWal(db: Database.Database): void {
  withoutBusyWait(db, () => db.pragma('wal_checkpoint(TRUNCATE)'));
}
