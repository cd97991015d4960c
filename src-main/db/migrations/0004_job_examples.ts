/**
 * The examples a job learned from, with their weights, so its results can
 * be compared side by side with what the examples have in common even after
 * the source list, segment or campaign has changed.
 */
export const name = 'job_examples';

export const sql = `
CREATE TABLE lookalike_job_examples (
  job_id      INTEGER NOT NULL REFERENCES lookalike_jobs(id) ON DELETE CASCADE,
  record_id   INTEGER NOT NULL,
  weight      REAL NOT NULL,
  PRIMARY KEY (job_id, record_id)
) WITHOUT ROWID;
`;
