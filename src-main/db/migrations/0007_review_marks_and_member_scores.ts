/**
 * The review loop and list scores that keep their job (issue 11, items 7–8).
 *
 * - review_marks: the analyst's verdict on a job's candidates, "good" (a good
 *   fit: an extra example when the job is re-ranked) or "not_a_fit" (a
 *   counter-example). Marks belong to the job they were made on; deleting
 *   the job deletes them.
 * - list_members.job_id / score: the job and score a member was added with,
 *   so a later job for the same source (which replaces that source's written-
 *   back scores) no longer turns the list's members to "not scored". Members
 *   added by hand have neither and show their latest score. Deleting the job
 *   clears job_id (its scores are gone); the member then shows its latest one.
 *   Members already on lists keep the score they show today.
 */
export const name = 'review_marks_and_member_scores';

export const sql = `
CREATE TABLE review_marks (
  job_id      INTEGER NOT NULL REFERENCES lookalike_jobs(id) ON DELETE CASCADE,
  record_id   INTEGER NOT NULL,
  mark        TEXT NOT NULL CHECK (mark IN ('good', 'not_a_fit')),
  marked_at   TEXT NOT NULL,
  PRIMARY KEY (job_id, record_id)
) WITHOUT ROWID;

ALTER TABLE list_members ADD COLUMN job_id INTEGER REFERENCES lookalike_jobs(id) ON DELETE SET NULL;
ALTER TABLE list_members ADD COLUMN score REAL;
CREATE INDEX list_members_by_job ON list_members(job_id) WHERE job_id IS NOT NULL;

UPDATE list_members SET (job_id, score) = (
  SELECT s.job_id, s.score FROM lookalike_scores s
  WHERE s.entity = CASE WHEN list_members.lead_id IS NOT NULL THEN 'leads' ELSE 'companies' END
    AND s.record_id = coalesce(list_members.lead_id, list_members.company_id)
  ORDER BY s.scored_at DESC, s.job_id DESC LIMIT 1);
`;
