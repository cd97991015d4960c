/**
 * A write transaction that spans awaits — an import reads its file chunk by
 * chunk inside one — which better-sqlite3's db.transaction() cannot, as its
 * function must be synchronous. It is begun IMMEDIATE so the write lock is
 * taken up front: a second writer waits at the start, never half-way through.
 */
import type Database from 'better-sqlite3';

export interface LongTransaction {
  commit(): void;
  /** Rolls back if the transaction is still open (a failed statement may have ended it already). */
  rollback(): void;
}

export function beginLongTransaction(db: Database.Database): LongTransaction {
  db.exec('BEGIN IMMEDIATE');
  return {
    commit: () => db.exec('COMMIT'),
    rollback: () => {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
  };
}
