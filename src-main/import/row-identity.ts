/**
 * Identity for rows of a file that has no record id, email or name+company:
 * a hash of the row's content plus its occurrence number among identical rows
 * of the same file. Importing the same file again gives the same identities
 * (nothing changes), and genuinely repeated rows (survey exports repeat whole
 * lines) stay separate records instead of silently collapsing into one.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { clearRowDigests, countRowDigest } from '../db/queries/row-digests';

function contentDigest(fields: readonly string[]): string {
  return createHash('sha1').update(fields.join('\u001f')).digest('base64url');
}

function identityOf(digest: string, occurrence: number): string {
  return occurrence === 1 ? `row:${digest}` : `row:${digest}#${occurrence}`;
}

/** The identity of the `occurrence`-th row of a file with these cells. */
export function contentIdentityOf(fields: readonly string[], occurrence: number): string {
  return identityOf(contentDigest(fields), occurrence);
}

/**
 * The occurrence counts live in the workspace (inside the import's
 * transaction), not in a Map: a file of a million key-less rows would
 * otherwise hold a million digests in memory (issue 9, defect 10).
 */
export class ContentIdentity {
  constructor(private readonly db: Database.Database) {
    clearRowDigests(db);
  }

  next(fields: readonly string[]): string {
    const digest = contentDigest(fields);
    return identityOf(digest, countRowDigest(this.db, digest));
  }

  /** Forgets this file's counts; call before the import's transaction commits. */
  close(): void {
    clearRowDigests(this.db);
  }
}
