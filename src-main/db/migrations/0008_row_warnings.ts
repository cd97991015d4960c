/**
 * Row warnings kept with their import batch (issue 9): what an import changed
 * in a row it kept — a value that did not parse and was dropped, bytes the
 * file's encoding cannot read stored as U+FFFD — was shown at the end of the
 * run and then lost. Each is stored like a rejected row (its row number,
 * column and reason, with the bytes it replaced), and the batch keeps the
 * totals so the history can show them without counting.
 *
 * Batches imported before this migration have no stored warnings; their
 * totals read 0, which is what the history can truthfully say of them.
 */
export const name = 'row_warnings';

export const sql = `
CREATE TABLE row_warnings (
  id             INTEGER PRIMARY KEY,
  batch_id       INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  row_number     INTEGER NOT NULL,
  column_name    TEXT,
  reason         TEXT NOT NULL,
  replaced_bytes INTEGER NOT NULL DEFAULT 0 CHECK (replaced_bytes >= 0)
);
CREATE INDEX row_warnings_by_batch ON row_warnings(batch_id, row_number);

ALTER TABLE import_batches ADD COLUMN warnings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN replaced_bytes INTEGER NOT NULL DEFAULT 0;
`;
