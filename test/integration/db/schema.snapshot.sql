-- index campaign_members_by_lead
CREATE INDEX campaign_members_by_lead ON campaign_members(lead_id);

-- index companies_by_domain
CREATE INDEX companies_by_domain ON companies(domain) WHERE domain IS NOT NULL;

-- index companies_by_name_key
CREATE INDEX companies_by_name_key ON companies(name_key) WHERE name_key IS NOT NULL;

-- index companies_by_record_id
CREATE INDEX companies_by_record_id ON companies(record_id) WHERE record_id IS NOT NULL;

-- index leads_by_company
CREATE INDEX leads_by_company ON leads(company_id, name_key) WHERE company_id IS NOT NULL;

-- index leads_by_email
CREATE INDEX leads_by_email ON leads(email) WHERE email IS NOT NULL;

-- index leads_by_late_record_id
CREATE INDEX leads_by_late_record_id ON leads(record_id)
  WHERE record_id IS NOT NULL AND identity IS NOT 'rid:' || record_id;

-- index leads_by_outcome
CREATE INDEX leads_by_outcome ON leads(outcome);

-- index list_members_by_company
CREATE INDEX list_members_by_company ON list_members(company_id) WHERE company_id IS NOT NULL;

-- index list_members_by_job
CREATE INDEX list_members_by_job ON list_members(job_id) WHERE job_id IS NOT NULL;

-- index list_members_by_lead
CREATE INDEX list_members_by_lead ON list_members(lead_id) WHERE lead_id IS NOT NULL;

-- index list_members_company
CREATE UNIQUE INDEX list_members_company ON list_members(list_id, company_id) WHERE company_id IS NOT NULL;

-- index list_members_lead
CREATE UNIQUE INDEX list_members_lead ON list_members(list_id, lead_id) WHERE lead_id IS NOT NULL;

-- index lookalike_candidates_by_record
CREATE INDEX lookalike_candidates_by_record ON lookalike_candidates(record_id);

-- index lookalike_candidates_by_score
CREATE INDEX lookalike_candidates_by_score ON lookalike_candidates(job_id, score);

-- index lookalike_jobs_by_status
CREATE INDEX lookalike_jobs_by_status ON lookalike_jobs(status);

-- index lookalike_scores_by_source
CREATE INDEX lookalike_scores_by_source ON lookalike_scores(source, score);

-- index record_merge_links_by_merge
CREATE INDEX record_merge_links_by_merge ON record_merge_links(merge_id, id);

-- index record_merge_rows_by_record
CREATE INDEX record_merge_rows_by_record ON record_merge_rows(merge_id, entity, record_id);

-- index rejected_rows_by_batch
CREATE INDEX rejected_rows_by_batch ON rejected_rows(batch_id, row_number);

-- index row_warnings_by_batch
CREATE INDEX row_warnings_by_batch ON row_warnings(batch_id, row_number);

-- table campaign_members
CREATE TABLE campaign_members (
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  outcome     TEXT NOT NULL CHECK (outcome IN ('open', 'sent', 'opened', 'replied', 'won', 'lost')),
  score       REAL,
  batch_id    INTEGER REFERENCES import_batches(id),
  PRIMARY KEY (campaign_id, lead_id)
) WITHOUT ROWID;

-- table campaigns
CREATE TABLE campaigns (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  name_key        TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL,
  first_batch_id  INTEGER REFERENCES import_batches(id)
);

-- table companies
CREATE TABLE companies (
  id              INTEGER PRIMARY KEY,
  identity        TEXT NOT NULL UNIQUE,
  record_id       TEXT,
  name            TEXT,
  name_key        TEXT,
  domain          TEXT,
  industry        TEXT,
  employees       INTEGER,
  employees_range TEXT,
  revenue         REAL,
  country         TEXT,
  state           TEXT,
  city            TEXT,
  technologies    TEXT,
  intent          TEXT,
  status          TEXT,
  owner           TEXT,
  created_at      TEXT,
  extra           TEXT,
  first_batch_id  INTEGER REFERENCES import_batches(id),
  last_batch_id   INTEGER REFERENCES import_batches(id)
);

-- table embedding_shards
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

-- table feature_vocabularies
CREATE TABLE feature_vocabularies (
  entity      TEXT PRIMARY KEY CHECK (entity IN ('leads', 'companies')),
  version     TEXT NOT NULL,
  body        TEXT NOT NULL,
  built_at    TEXT NOT NULL
);

-- table import_batches
CREATE TABLE import_batches (
  id            INTEGER PRIMARY KEY,
  file_name     TEXT NOT NULL,
  file_path     TEXT NOT NULL,
  file_size     INTEGER NOT NULL,
  entity        TEXT NOT NULL CHECK (entity IN ('leads', 'companies')),
  preset        TEXT,
  encoding      TEXT NOT NULL,
  delimiter     TEXT NOT NULL,
  mapping       TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  rows_total    INTEGER NOT NULL DEFAULT 0,
  imported      INTEGER NOT NULL DEFAULT 0,
  updated       INTEGER NOT NULL DEFAULT 0,
  unchanged     INTEGER NOT NULL DEFAULT 0,
  rejected      INTEGER NOT NULL DEFAULT 0,
  error         TEXT,
  started_at    TEXT NOT NULL,
  finished_at   TEXT
, stopped_at TEXT, warnings INTEGER NOT NULL DEFAULT 0, replaced_bytes INTEGER NOT NULL DEFAULT 0);

-- table import_row_digests
CREATE TABLE import_row_digests (
  digest  TEXT PRIMARY KEY,
  seen    INTEGER NOT NULL
) WITHOUT ROWID;

-- table leads
CREATE TABLE leads (
  id              INTEGER PRIMARY KEY,
  identity        TEXT NOT NULL UNIQUE,
  record_id       TEXT,
  company_id      INTEGER REFERENCES companies(id) ON DELETE SET NULL,
  first_name      TEXT,
  last_name       TEXT,
  full_name       TEXT,
  email           TEXT,
  phone           TEXT,
  title           TEXT,
  seniority       TEXT,
  department      TEXT,
  company         TEXT,
  domain          TEXT,
  industry        TEXT,
  employees       INTEGER,
  employees_range TEXT,
  revenue         REAL,
  country         TEXT,
  state           TEXT,
  city            TEXT,
  technologies    TEXT,
  intent          TEXT,
  status          TEXT,
  outcome         TEXT NOT NULL DEFAULT 'open'
                  CHECK (outcome IN ('open', 'sent', 'opened', 'replied', 'won', 'lost')),
  replied         INTEGER,
  won             INTEGER,
  score           REAL,
  campaign        TEXT,
  owner           TEXT,
  created_at      TEXT,
  extra           TEXT,
  first_batch_id  INTEGER REFERENCES import_batches(id),
  last_batch_id   INTEGER REFERENCES import_batches(id)
, name_key TEXT);

-- table list_members
CREATE TABLE list_members (
  list_id     INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  lead_id     INTEGER REFERENCES leads(id) ON DELETE CASCADE,
  company_id  INTEGER REFERENCES companies(id) ON DELETE CASCADE,
  added_at    TEXT NOT NULL, job_id INTEGER REFERENCES lookalike_jobs(id) ON DELETE SET NULL, score REAL,
  CHECK ((lead_id IS NULL) <> (company_id IS NULL))
);

-- table lists
CREATE TABLE lists (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  entity      TEXT NOT NULL DEFAULT 'leads' CHECK (entity IN ('leads', 'companies')),
  created_at  TEXT NOT NULL
);

-- table lookalike_candidates
CREATE TABLE lookalike_candidates (
  job_id      INTEGER NOT NULL REFERENCES lookalike_jobs(id) ON DELETE CASCADE,
  rank        INTEGER NOT NULL,
  record_id   INTEGER NOT NULL,
  score       REAL NOT NULL,
  reasons     TEXT NOT NULL,
  PRIMARY KEY (job_id, rank)
) WITHOUT ROWID;

-- table lookalike_job_examples
CREATE TABLE lookalike_job_examples (
  job_id      INTEGER NOT NULL REFERENCES lookalike_jobs(id) ON DELETE CASCADE,
  record_id   INTEGER NOT NULL,
  weight      REAL NOT NULL,
  PRIMARY KEY (job_id, record_id)
) WITHOUT ROWID;

-- table lookalike_jobs
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
, runner TEXT);

-- table lookalike_scores
CREATE TABLE lookalike_scores (
  entity      TEXT NOT NULL CHECK (entity IN ('leads', 'companies')),
  record_id   INTEGER NOT NULL,
  source      TEXT NOT NULL,
  job_id      INTEGER NOT NULL REFERENCES lookalike_jobs(id) ON DELETE CASCADE,
  score       REAL NOT NULL,
  scored_at   TEXT NOT NULL,
  PRIMARY KEY (entity, record_id, source)
) WITHOUT ROWID;

-- table mapping_templates
CREATE TABLE mapping_templates (
  preset        TEXT NOT NULL,
  header_digest TEXT NOT NULL,
  entity        TEXT CHECK (entity IN ('leads', 'companies')),
  overrides     TEXT NOT NULL,
  outcomes      TEXT NOT NULL,
  saved_at      TEXT NOT NULL,
  PRIMARY KEY (preset, header_digest)
) WITHOUT ROWID;

-- table record_counts
CREATE TABLE record_counts (
  name TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) WITHOUT ROWID;

-- table record_merge_links
CREATE TABLE record_merge_links (
  id          INTEGER PRIMARY KEY,
  merge_id    INTEGER NOT NULL REFERENCES record_merges(id) ON DELETE CASCADE,
  link        TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('moved', 'dropped')),
  from_id     INTEGER NOT NULL,
  to_id       INTEGER NOT NULL,
  row         TEXT NOT NULL
);

-- table record_merge_rows
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

-- table record_merges
CREATE TABLE record_merges (
  id              INTEGER PRIMARY KEY,
  merged_at       TEXT NOT NULL,
  last_batch_id   INTEGER,
  summary         TEXT NOT NULL,
  undone_at       TEXT
);

-- table rejected_rows
CREATE TABLE rejected_rows (
  id          INTEGER PRIMARY KEY,
  batch_id    INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  row_number  INTEGER NOT NULL,
  column_name TEXT,
  reason      TEXT NOT NULL,
  raw         TEXT NOT NULL
);

-- table review_marks
CREATE TABLE review_marks (
  job_id      INTEGER NOT NULL REFERENCES lookalike_jobs(id) ON DELETE CASCADE,
  record_id   INTEGER NOT NULL,
  mark        TEXT NOT NULL CHECK (mark IN ('good', 'not_a_fit')),
  marked_at   TEXT NOT NULL,
  PRIMARY KEY (job_id, record_id)
) WITHOUT ROWID;

-- table row_warnings
CREATE TABLE row_warnings (
  id             INTEGER PRIMARY KEY,
  batch_id       INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  row_number     INTEGER NOT NULL,
  column_name    TEXT,
  reason         TEXT NOT NULL,
  replaced_bytes INTEGER NOT NULL DEFAULT 0 CHECK (replaced_bytes >= 0)
);

-- table schema_migrations
CREATE TABLE schema_migrations (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL);

-- table segments
CREATE TABLE segments (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  entity      TEXT NOT NULL DEFAULT 'leads' CHECK (entity IN ('leads', 'companies')),
  definition  TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

-- table workspace_meta
CREATE TABLE workspace_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- trigger campaigns_counted_in
CREATE TRIGGER campaigns_counted_in AFTER INSERT ON campaigns BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'campaigns'; END;

-- trigger campaigns_counted_out
CREATE TRIGGER campaigns_counted_out AFTER DELETE ON campaigns BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'campaigns'; END;

-- trigger companies_counted_in
CREATE TRIGGER companies_counted_in AFTER INSERT ON companies BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'companies'; END;

-- trigger companies_counted_out
CREATE TRIGGER companies_counted_out AFTER DELETE ON companies BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'companies'; END;

-- trigger import_batches_counted_in
CREATE TRIGGER import_batches_counted_in AFTER INSERT ON import_batches BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'import_batches'; END;

-- trigger import_batches_counted_out
CREATE TRIGGER import_batches_counted_out AFTER DELETE ON import_batches BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'import_batches'; END;

-- trigger leads_counted_in
CREATE TRIGGER leads_counted_in AFTER INSERT ON leads BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'leads'; END;

-- trigger leads_counted_out
CREATE TRIGGER leads_counted_out AFTER DELETE ON leads BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'leads'; END;

-- trigger lists_counted_in
CREATE TRIGGER lists_counted_in AFTER INSERT ON lists BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'lists'; END;

-- trigger lists_counted_out
CREATE TRIGGER lists_counted_out AFTER DELETE ON lists BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'lists'; END;

-- trigger rejected_rows_counted_in
CREATE TRIGGER rejected_rows_counted_in AFTER INSERT ON rejected_rows BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'rejected_rows'; END;

-- trigger rejected_rows_counted_out
CREATE TRIGGER rejected_rows_counted_out AFTER DELETE ON rejected_rows BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'rejected_rows'; END;

-- trigger segments_counted_in
CREATE TRIGGER segments_counted_in AFTER INSERT ON segments BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'segments'; END;

-- trigger segments_counted_out
CREATE TRIGGER segments_counted_out AFTER DELETE ON segments BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'segments'; END;
