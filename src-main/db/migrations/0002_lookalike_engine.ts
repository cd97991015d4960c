/**
 * The lookalike engine's tables: jobs with their stored profile, ranked
 * candidates with per-feature reasons, the embedding cache, the feature
 * vocabularies, and the latest lookalike score per lead and source.
 */
export const name = 'lookalike_engine';

export const sql = `
CREATE TABLE lookalike_jobs (
  id            INTEGER PRIMARY KEY,
  entity        TEXT NOT NULL CHECK (entity IN ('leads', 'companies')),
  source_kind   TEXT NOT NULL CHECK (source_kind IN ('segment', 'list', 'campaign')),
  source_id     INTEGER NOT NULL,
  source_name   TEXT NOT NULL,
  params        TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled', 'interrupted')),
  positives     INTEGER NOT NULL DEFAULT 0,
  profile       BLOB,
  profile_info  TEXT,
  processed     INTEGER NOT NULL DEFAULT 0,
  total         INTEGER NOT NULL DEFAULT 0,
  candidates    INTEGER NOT NULL DEFAULT 0,
  timings       TEXT,
  error         TEXT,
  created_at    TEXT NOT NULL,
  started_at    TEXT,
  finished_at   TEXT
);
CREATE INDEX lookalike_jobs_by_status ON lookalike_jobs(status);

CREATE TABLE lookalike_candidates (
  job_id      INTEGER NOT NULL REFERENCES lookalike_jobs(id) ON DELETE CASCADE,
  rank        INTEGER NOT NULL,
  record_id   INTEGER NOT NULL,
  score       REAL NOT NULL,
  reasons     TEXT NOT NULL,
  PRIMARY KEY (job_id, rank)
) WITHOUT ROWID;
CREATE INDEX lookalike_candidates_by_record ON lookalike_candidates(record_id);

CREATE TABLE feature_vocabularies (
  entity      TEXT PRIMARY KEY CHECK (entity IN ('leads', 'companies')),
  version     TEXT NOT NULL,
  body        TEXT NOT NULL,
  built_at    TEXT NOT NULL
);

-- The embedding cache, in shards of consecutive record ids. A row holds a
-- shard's ids as a typed-array blob and names the file beside the workspace
-- (<workspace>.cache/) that holds its float vectors: SQLite stores large blobs
-- as chains of overflow pages and wrote them at ~80 MB/s here, too slow for a
-- million 1 KB vectors, while a plain file is written and read at memory speed.
-- A shard is rebuilt when any of its records changed (data_version against
-- their stamps) or the features did (feature_version), or its file is missing
-- or the wrong size.
CREATE TABLE embedding_shards (
  entity          TEXT NOT NULL CHECK (entity IN ('leads', 'companies')),
  shard           INTEGER NOT NULL,
  feature_version TEXT NOT NULL,
  data_version    INTEGER NOT NULL,
  dim             INTEGER NOT NULL,
  count           INTEGER NOT NULL,
  ids             BLOB NOT NULL,
  vectors_file    TEXT NOT NULL,
  PRIMARY KEY (entity, shard)
) WITHOUT ROWID;

-- Workspace-wide counters. data_version rises with every change to leads or
-- companies, so caches can tell in one read that nothing changed.
CREATE TABLE workspace_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO workspace_meta (key, value) VALUES ('data_version', '0');

CREATE TABLE lookalike_scores (
  entity      TEXT NOT NULL CHECK (entity IN ('leads', 'companies')),
  record_id   INTEGER NOT NULL,
  source      TEXT NOT NULL,
  job_id      INTEGER NOT NULL REFERENCES lookalike_jobs(id) ON DELETE CASCADE,
  score       REAL NOT NULL,
  scored_at   TEXT NOT NULL,
  PRIMARY KEY (entity, record_id, source)
) WITHOUT ROWID;
CREATE INDEX lookalike_scores_by_source ON lookalike_scores(source, score);
`;
