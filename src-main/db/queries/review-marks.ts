/**
 * The analyst's marks on a job's candidates ("good" fit or "not_a_fit"),
 * and how two jobs' rankings differ (what a re-ranking moved).
 */
import type Database from 'better-sqlite3';
import { prepared } from '../statements';

export type ReviewMark = 'good' | 'not_a_fit';

export interface ReviewMarkRow {
  record_id: number;
  mark: ReviewMark;
  marked_at: string;
}

/** Sets (or, with null, clears) the mark of each record on a job; returns how many rows changed. */
export function setReviewMarks(db: Database.Database, jobId: number, ids: readonly number[], mark: ReviewMark | null): number {
  const now = new Date().toISOString();
  const upsert = prepared(
    db,
    `INSERT INTO review_marks (job_id, record_id, mark, marked_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(job_id, record_id) DO UPDATE SET mark = excluded.mark, marked_at = excluded.marked_at`,
  );
  const clear = prepared(db, 'DELETE FROM review_marks WHERE job_id = ? AND record_id = ?');
  let changed = 0;
  db.transaction(() => {
    for (const id of ids) changed += mark === null ? clear.run(jobId, id).changes : upsert.run(jobId, id, mark, now).changes;
  })();
  return changed;
}

/** A job's marks in record id order. */
export function reviewMarksOf(db: Database.Database, jobId: number): ReviewMarkRow[] {
  return prepared<[number], ReviewMarkRow>(db, 'SELECT record_id, mark, marked_at FROM review_marks WHERE job_id = ? ORDER BY record_id').all(jobId);
}

/** A record's rank and score in a job, or nothing when the job did not keep it. */
export interface Standing {
  record_id: number;
  rank: number;
  score: number;
}

/** The standing of the given records in a job (records it did not keep are left out). */
export function standingsIn(db: Database.Database, jobId: number, ids: readonly number[]): Standing[] {
  return prepared<[number, string], Standing>(
    db,
    'SELECT record_id, rank, score FROM lookalike_candidates WHERE job_id = ? AND record_id IN (SELECT value FROM json_each(?)) ORDER BY rank',
  ).all(jobId, JSON.stringify(ids));
}

/** A record's standing in an earlier and a later job (null where that job did not keep it). */
export interface RankChangeRow {
  record_id: number;
  old_rank: number | null;
  old_score: number | null;
  new_rank: number | null;
  new_score: number | null;
}

/**
 * The records that crossed the top `top` between two jobs: 'entered', those in
 * the top of `toJob` that were not in the top of `fromJob` (by new rank);
 * 'left', those in the top of `fromJob` that are not in the top of `toJob`
 * (by old rank). Each with where it stands in the other job, if anywhere.
 */
export function crossedTop(db: Database.Database, fromJob: number, toJob: number, top: number, way: 'entered' | 'left'): RankChangeRow[] {
  // `a` is the earlier job's candidate, `b` the later one's; the side in the top is the one read in full.
  const [inTop, other] = way === 'entered' ? (['b', 'a'] as const) : (['a', 'b'] as const);
  const jobOf = { a: '@from', b: '@to' } as const;
  return prepared<{ from: number; to: number; top: number }, RankChangeRow>(
    db,
    `SELECT ${inTop}.record_id, a.rank AS old_rank, a.score AS old_score, b.rank AS new_rank, b.score AS new_score
     FROM lookalike_candidates ${inTop} LEFT JOIN lookalike_candidates ${other} ON ${other}.job_id = ${jobOf[other]} AND ${other}.record_id = ${inTop}.record_id
     WHERE ${inTop}.job_id = ${jobOf[inTop]} AND ${inTop}.rank <= @top AND (${other}.rank IS NULL OR ${other}.rank > @top)
     ORDER BY ${inTop}.rank`,
  ).all({ from: fromJob, to: toJob, top });
}

/**
 * The records both jobs kept whose rank changed most: `direction` 'rise'
 * (new rank better, largest gain first) or 'fall'; ties by new rank.
 */
export function biggestMoves(db: Database.Database, fromJob: number, toJob: number, direction: 'rise' | 'fall', limit: number): RankChangeRow[] {
  const order = direction === 'rise' ? '(a.rank - b.rank) DESC' : '(b.rank - a.rank) DESC';
  const moved = direction === 'rise' ? 'b.rank < a.rank' : 'b.rank > a.rank';
  return prepared<{ from: number; to: number; limit: number }, RankChangeRow>(
    db,
    `SELECT b.record_id, a.rank AS old_rank, a.score AS old_score, b.rank AS new_rank, b.score AS new_score
     FROM lookalike_candidates b JOIN lookalike_candidates a ON a.job_id = @from AND a.record_id = b.record_id
     WHERE b.job_id = @to AND ${moved}
     ORDER BY ${order}, b.rank LIMIT @limit`,
  ).all({ from: fromJob, to: toJob, limit });
}
