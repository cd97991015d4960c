/**
 * The log of merges of an older workspace's duplicates (issue 9, defect 4
 * follow-up): what was merged into what and which values moved, so a merge
 * can be reported and undone exactly.
 *
 * - record_merges: one row per merge run, with its counts (summary JSON) and
 *   the newest import when it ran: undo is refused once a later import may
 *   have written the survivors. undone_at marks a merge that was undone.
 * - record_merge_rows: every record a merge touched, as a whole row (JSON of
 *   every column) from before the merge: the survivor (role 'survivor', with
 *   the values that filled its blanks and the conflicting values it kept)
 *   and each record merged into it (role 'merged', into_id the survivor).
 * - record_merge_links: every row of another table that pointed at a merged
 *   record (list members, campaign members, review marks, job examples,
 *   candidates, written-back scores, a lead's company): 'moved' to the
 *   survivor, or 'dropped' because the survivor already had one (the whole
 *   row kept, to put back).
 * Undo replays the links and rows in reverse id order, in one transaction.
 */
export const name = 'record_merges';

export const sql = `
CREATE TABLE record_merges (
  id              INTEGER PRIMARY KEY,
  merged_at       TEXT NOT NULL,
  last_batch_id   INTEGER,
  summary         TEXT NOT NULL,
  undone_at       TEXT
);

CREATE TABLE record_merge_rows (
  id          INTEGER PRIMARY KEY,
  merge_id    INTEGER NOT NULL REFERENCES record_merges(id) ON DELETE CASCADE,
  entity      TEXT NOT NULL CHECK (entity IN ('leads', 'companies')),
  record_id   INTEGER NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('survivor', 'merged')),
  into_id     INTEGER,
  match_key   TEXT,
  row         TEXT NOT NULL,
  fills       TEXT,
  conflicts   TEXT
);
CREATE INDEX record_merge_rows_by_record ON record_merge_rows(merge_id, entity, record_id);

CREATE TABLE record_merge_links (
  id          INTEGER PRIMARY KEY,
  merge_id    INTEGER NOT NULL REFERENCES record_merges(id) ON DELETE CASCADE,
  link        TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('moved', 'dropped')),
  from_id     INTEGER NOT NULL,
  to_id       INTEGER NOT NULL,
  row         TEXT NOT NULL
);
CREATE INDEX record_merge_links_by_merge ON record_merge_links(merge_id, id);
`;
