/**
 * Scratch counts for one import (import_row_digests, migration 0005): how
 * often each key-less row's content has occurred in the file so far. In the
 * database rather than a JS Map so that the import's memory does not grow
 * with the file; written and cleared inside the import's transaction, so the
 * table is empty whenever no import runs.
 */
import type Database from 'better-sqlite3';
import { prepared } from '../statements';

/** Counts one more occurrence of `digest` and returns how many there have been (1 the first time). */
export function countRowDigest(db: Database.Database, digest: string): number {
  return prepared<[string], number>(
    db,
    'INSERT INTO import_row_digests (digest, seen) VALUES (?, 1) ON CONFLICT(digest) DO UPDATE SET seen = seen + 1 RETURNING seen',
  )
    .pluck()
    .get(digest) as number;
}

export function clearRowDigests(db: Database.Database): void {
  prepared(db, 'DELETE FROM import_row_digests').run();
}
