/**
 * The import wizard (issue 11, item 4):
 *
 * - A stopped import is told from a failed one. The batch status's CHECK
 *   cannot be widened in place (the driver runs SQLite in defensive mode, so
 *   the schema text cannot be edited) and rebuilding import_batches would
 *   rewrite or cascade into the five tables that reference it (foreign keys
 *   stay on inside a migration's transaction). So a stopped batch keeps the
 *   status `failed`, which it is to every reader of the table, and records
 *   when it was stopped; db/queries/import-batches.ts reads the pair as the
 *   status `stopped`.
 *
 * - Mapping templates: the column overrides and outcome remaps a user
 *   imported a file with, keyed by the CRM preset and a digest of the exact
 *   header row, so the next file with that layout is previewed with them.
 */
export const name = 'import_wizard';

export const sql = `
ALTER TABLE import_batches ADD COLUMN stopped_at TEXT;

CREATE TABLE mapping_templates (
  preset        TEXT NOT NULL,
  header_digest TEXT NOT NULL,
  entity        TEXT CHECK (entity IN ('leads', 'companies')),
  overrides     TEXT NOT NULL,
  outcomes      TEXT NOT NULL,
  saved_at      TEXT NOT NULL,
  PRIMARY KEY (preset, header_digest)
) WITHOUT ROWID;
`;
