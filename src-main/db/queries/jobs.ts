import type Database from 'better-sqlite3';
import type { Entity, JobSortColumn, SortDto } from '../../contract/dto';
import { formatIdentity, isThisProcess, parseIdentity, processGone, thisProcess } from '../../lib/process-identity';
import { prepared } from '../statements';
import { orderBy, type SortKeys } from './sort-order';

export type JobStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled' | 'interrupted';
export type SourceKind = 'segment' | 'list' | 'campaign';

export interface JobRow {
  id: number;
  entity: Entity;
  source_kind: SourceKind;
  source_id: number;
  source_name: string;
  params: string;
  status: JobStatus;
  positives: number;
  profile: Buffer | null;
  profile_info: string | null;
  processed: number;
  total: number;
  candidates: number;
  timings: string | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  runner: string | null;
}

export function insertJob(
  db: Database.Database,
  j: { entity: Entity; sourceKind: SourceKind; sourceId: number; sourceName: string; params: unknown },
): number {
  const info = prepared(
    db,
    `INSERT INTO lookalike_jobs (entity, source_kind, source_id, source_name, params, status, created_at, runner)
     VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)`,
  ).run(j.entity, j.sourceKind, j.sourceId, j.sourceName, JSON.stringify(j.params), new Date().toISOString(), thisRunner());
  return Number(info.lastInsertRowid);
}

export function getJob(db: Database.Database, id: number): JobRow | null {
  return prepared<[number], JobRow>(db, 'SELECT * FROM lookalike_jobs WHERE id = ?').get(id) ?? null;
}

/** The jobs list's sortable columns (JOB_SORT_COLUMNS) as SQL. */
const JOB_SORT_KEYS: SortKeys = {
  id: { expr: 'id' },
  status: { expr: 'status', text: true },
  entity: { expr: 'entity', text: true },
  source: { expr: 'source_name', text: true },
  positives: { expr: 'positives' },
  candidates: { expr: 'candidates' },
  createdAt: { expr: 'created_at' },
  startedAt: { expr: 'started_at' },
  finishedAt: { expr: 'finished_at' },
};

/** The latest `limit` jobs (newest first), in the grid's sort when given (ties newest first). */
export function listJobs(db: Database.Database, limit = 200, sort?: SortDto<JobSortColumn>): JobRow[] {
  const latest = `SELECT id, entity, source_kind, source_id, source_name, params, status, positives, NULL AS profile, profile_info,
       processed, total, candidates, timings, error, created_at, started_at, finished_at, runner
     FROM lookalike_jobs ORDER BY id DESC LIMIT ?`;
  if (!sort) return prepared<[number], JobRow>(db, latest).all(limit);
  return prepared<[number], JobRow>(db, `SELECT * FROM (${latest}) ORDER BY ${orderBy(JOB_SORT_KEYS, sort, ['id DESC'])}`).all(limit);
}

/** This process as a job's runner: host, pid, start time and token (lib/process-identity), so a reused pid is not taken for it. */
export function thisRunner(): string {
  return formatIdentity(thisProcess());
}

export function markJobRunning(db: Database.Database, id: number, total: number): void {
  prepared(db, "UPDATE lookalike_jobs SET status = 'running', started_at = ?, total = ?, processed = 0, runner = ? WHERE id = ?").run(
    new Date().toISOString(),
    total,
    thisRunner(),
    id,
  );
}

export function updateJobProgress(db: Database.Database, id: number, processed: number, total: number): void {
  prepared(db, 'UPDATE lookalike_jobs SET processed = ?, total = ? WHERE id = ?').run(processed, total, id);
}

export function saveJobProfile(db: Database.Database, id: number, positives: number, profile: Float32Array, info: unknown): void {
  prepared(db, 'UPDATE lookalike_jobs SET positives = ?, profile = ?, profile_info = ? WHERE id = ?').run(
    positives,
    Buffer.from(profile.buffer, profile.byteOffset, profile.byteLength),
    JSON.stringify(info),
    id,
  );
}

/** The examples the profile was made of, with their weights (replacing any from an earlier run of the job). */
export function saveJobExamples(db: Database.Database, jobId: number, ids: readonly number[], weights: readonly number[]): void {
  db.transaction(() => {
    prepared(db, 'DELETE FROM lookalike_job_examples WHERE job_id = ?').run(jobId);
    const insert = prepared(db, 'INSERT OR IGNORE INTO lookalike_job_examples (job_id, record_id, weight) VALUES (?, ?, ?)');
    ids.forEach((id, i) => insert.run(jobId, id, weights[i]!));
  })();
}

/** The examples a job stored, with their weights, in id order. */
export function jobExampleWeights(db: Database.Database, jobId: number): { record_id: number; weight: number }[] {
  return prepared<[number], { record_id: number; weight: number }>(
    db,
    'SELECT record_id, weight FROM lookalike_job_examples WHERE job_id = ? ORDER BY record_id',
  ).all(jobId);
}

export function finishJob(
  db: Database.Database,
  id: number,
  status: Exclude<JobStatus, 'pending' | 'running'>,
  fields: { candidates?: number; timings?: unknown; error?: string | null },
): void {
  prepared(
    db,
    `UPDATE lookalike_jobs SET status = ?, candidates = coalesce(?, candidates), timings = coalesce(?, timings),
       error = ?, finished_at = ? WHERE id = ?`,
  ).run(
    status,
    fields.candidates ?? null,
    fields.timings === undefined ? null : JSON.stringify(fields.timings),
    fields.error ?? null,
    new Date().toISOString(),
    id,
  );
}

/** Whether a job's runner is a process that no longer runs on this host (one on another host is left alone). */
function runnerGone(runner: string | null): boolean {
  if (runner === null) return true; // never started, or started before runners were recorded
  const id = parseIdentity(runner);
  return id !== null && processGone(id);
}

/** Jobs queued or running in another live process, oldest first. */
export function jobsElsewhere(db: Database.Database): { id: number; status: JobStatus }[] {
  return prepared<[], { id: number; status: JobStatus; runner: string | null }>(
    db,
    "SELECT id, status, runner FROM lookalike_jobs WHERE status IN ('pending', 'running') ORDER BY id",
  )
    .all()
    .filter((j) => j.runner !== null && !runnerGone(j.runner) && !ranHere(j.runner))
    .map(({ id, status }) => ({ id, status }));
}

function ranHere(runner: string): boolean {
  const id = parseIdentity(runner);
  return id !== null && isThisProcess(id);
}

/**
 * Jobs a crash left pending or running — their process is gone — are marked
 * interrupted; they can be run again (`job rerun`). Jobs another live
 * process is running are left alone.
 */
export function markInterruptedJobs(db: Database.Database): number {
  const stale = prepared<[], { id: number; runner: string | null }>(db, "SELECT id, runner FROM lookalike_jobs WHERE status IN ('pending', 'running')")
    .all()
    .filter((j) => runnerGone(j.runner));
  const mark = prepared(
    db,
    "UPDATE lookalike_jobs SET status = 'interrupted', error = 'The app stopped while this job was running; run it again.', finished_at = ? WHERE id = ? AND status IN ('pending', 'running')",
  );
  const now = new Date().toISOString();
  try {
    db.transaction(() => {
      for (const j of stale) mark.run(now, j.id);
    })();
  } catch (e) {
    // Another process holds the workspace (an import): the marks wait for the next look; reading goes on.
    if ((e as { code?: unknown }).code === 'SQLITE_BUSY') return 0;
    throw e;
  }
  return stale.length;
}

export interface CandidateInput {
  recordId: number;
  score: number;
  reasons: Record<string, number>;
  /** Parts of the profile this candidate has no data for ('company', 'lead'): they add nothing to its score. */
  missing?: string[];
  /** Field-level reasons (what earned the score, by value), best first; absent for the plain centroid. */
  details?: { field: string; value: string; contribution: number }[];
  /** What an average record starts from (log-odds) before these contributions; absent for the plain centroid. */
  base?: number;
}

/** A candidate's `reasons` column: its block shares, with what it misses, its field-level reasons and its base. */
export function encodeCandidateReasons(c: CandidateInput): string {
  return JSON.stringify({
    ...c.reasons,
    ...(c.missing?.length ? { missing: c.missing } : {}),
    ...(c.details ? { details: c.details } : {}),
    ...(c.base !== undefined ? { base: c.base } : {}),
  });
}

/** Candidates' encoded reasons, packed for another thread (see EncodedCandidates). */
export interface PackedReasons {
  /** Each candidate's reasons as UTF-8, one after another, in shared memory. */
  reasonBytes: Uint8Array;
  /** Where candidate i's reasons end in reasonBytes (they start where i - 1's end). */
  reasonEnds: Uint32Array;
}

/**
 * Ranked candidates as their rows will be stored (rank i + 1 at index i),
 * reasons already encoded: the form a job hands to the thread that saves it.
 * Everything is in typed arrays, the reasons in one shared buffer, so the
 * hand-over copies nothing: 50k reason strings were cloned one by one, which
 * held the main thread (the window, the web host) for up to 1.9 s.
 */
export interface EncodedCandidates extends PackedReasons {
  recordIds: Float64Array;
  scores: Float64Array;
}

/** Room for reasons of these UTF-8 byte lengths (Buffer.byteLength), to be filled with writeReason. */
export function allocateReasons(byteLengths: readonly number[]): PackedReasons {
  const reasonEnds = new Uint32Array(byteLengths.length);
  let end = 0;
  for (let i = 0; i < byteLengths.length; i++) reasonEnds[i] = end += byteLengths[i]!;
  return { reasonBytes: new Uint8Array(new SharedArrayBuffer(end)), reasonEnds };
}

/** Writes candidate i's encoded reasons into its room. */
export function writeReason(packed: PackedReasons, i: number, reason: string): void {
  bytesOf(packed).write(reason, i === 0 ? 0 : packed.reasonEnds[i - 1]!, 'utf8');
}

const bytesOf = (packed: PackedReasons) => Buffer.from(packed.reasonBytes.buffer, packed.reasonBytes.byteOffset, packed.reasonBytes.byteLength);

/** `reasons`: each candidate's encodeCandidateReasons, when the caller worked them out already (a job does, in time slices). */
export function encodeCandidates(candidates: readonly CandidateInput[], reasons: string[] = candidates.map(encodeCandidateReasons)): EncodedCandidates {
  const packed = allocateReasons(reasons.map((r) => Buffer.byteLength(r)));
  reasons.forEach((r, i) => writeReason(packed, i, r));
  return { ...encodeRanks(candidates), ...packed };
}

/** The candidates' record ids and scores, in rank order. */
export function encodeRanks(candidates: readonly CandidateInput[]): Pick<EncodedCandidates, 'recordIds' | 'scores'> {
  return { recordIds: Float64Array.from(candidates, (c) => c.recordId), scores: Float64Array.from(candidates, (c) => c.score) };
}

export function insertCandidates(db: Database.Database, jobId: number, candidates: readonly CandidateInput[]): void {
  insertEncodedCandidates(db, jobId, encodeCandidates(candidates));
}

function insertEncodedCandidates(db: Database.Database, jobId: number, c: EncodedCandidates): void {
  const stmt = prepared(db, 'INSERT INTO lookalike_candidates (job_id, rank, record_id, score, reasons) VALUES (?, ?, ?, ?, ?)');
  const bytes = bytesOf(c);
  db.transaction(() => {
    for (let i = 0; i < c.reasonEnds.length; i++) {
      const reasons = bytes.toString('utf8', i === 0 ? 0 : c.reasonEnds[i - 1]!, c.reasonEnds[i]!);
      stmt.run(jobId, i + 1, c.recordIds[i]!, c.scores[i]!, reasons);
    }
  })();
}

export interface CandidateRow {
  rank: number;
  record_id: number;
  score: number;
  reasons: string;
}

export function jobCandidates(db: Database.Database, jobId: number, limit: number, offset = 0): CandidateRow[] {
  return prepared<[number, number, number], CandidateRow>(
    db,
    'SELECT rank, record_id, score, reasons FROM lookalike_candidates WHERE job_id = ? ORDER BY rank LIMIT ? OFFSET ?',
  ).all(jobId, limit, offset);
}

export function jobCandidateIds(db: Database.Database, jobId: number, minScore: number, top: number): number[] {
  return prepared<[number, number, number], number>(
    db,
    'SELECT record_id FROM lookalike_candidates WHERE job_id = ? AND score >= ? ORDER BY rank LIMIT ?',
  )
    .pluck()
    .all(jobId, minScore, top) as unknown as number[];
}

/**
 * A stamp of the completed jobs (newest id and how many). A job writes its
 * scores back as it completes and deleting one takes them away, so what a
 * segment on lookalike_score reads changes with this. (Index lookups on
 * lookalike_jobs_by_status.)
 */
export function scoresStamp(db: Database.Database): string {
  const row = prepared<[], { newest: number; n: number }>(
    db,
    "SELECT coalesce(max(id), 0) AS newest, count(*) AS n FROM lookalike_jobs WHERE status = 'completed'",
  ).get()!;
  return `${row.newest}:${row.n}`;
}

/** Deletes a job with its candidates, examples and the scores it wrote back. True when it existed. */
export function deleteJob(db: Database.Database, id: number): boolean {
  return prepared(db, 'DELETE FROM lookalike_jobs WHERE id = ?').run(id).changes === 1;
}

/** The latest score per record and source, for segments and exports. */
export function writeLookalikeScores(db: Database.Database, entity: Entity, source: string, jobId: number, candidates: readonly CandidateInput[]): void {
  const now = new Date().toISOString();
  const stmt = prepared(
    db,
    `INSERT INTO lookalike_scores (entity, record_id, source, job_id, score, scored_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(entity, record_id, source) DO UPDATE SET job_id = excluded.job_id, score = excluded.score, scored_at = excluded.scored_at`,
  );
  db.transaction(() => {
    // A newer job replaces the previous job's scores for the same source wholesale.
    prepared(db, 'DELETE FROM lookalike_scores WHERE entity = ? AND source = ?').run(entity, source);
    for (const c of candidates) stmt.run(entity, c.recordId, source, jobId, c.score, now);
  })();
}

/**
 * A job's stored candidates written back as the latest scores of its source,
 * replacing the previous job's wholesale: one statement in SQLite, no row
 * crossing into JavaScript. A record ranked twice keeps its later rank's score,
 * as writeLookalikeScores would.
 */
function writeScoresOfCandidates(db: Database.Database, entity: Entity, source: string, jobId: number): void {
  prepared(db, 'DELETE FROM lookalike_scores WHERE entity = ? AND source = ?').run(entity, source);
  prepared(
    db,
    `INSERT INTO lookalike_scores (entity, record_id, source, job_id, score, scored_at)
     SELECT ?, record_id, ?, job_id, score, ? FROM lookalike_candidates WHERE job_id = ? ORDER BY rank
     ON CONFLICT(entity, record_id, source) DO UPDATE SET score = excluded.score`,
  ).run(entity, source, new Date().toISOString(), jobId);
}

/** How many of a job's candidates score at least `minScore`. */
export function countCandidatesAtLeast(db: Database.Database, jobId: number, minScore: number): number {
  return prepared<[number, number], number>(db, 'SELECT count(*) FROM lookalike_candidates WHERE job_id = ? AND score >= ?')
    .pluck()
    .get(jobId, minScore) as number;
}

/** Candidate counts per score bin: bin b holds scores in [b/bins, (b+1)/bins), the last bin also 1.0. */
export function candidateScoreBins(db: Database.Database, jobId: number, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const rows = prepared<[number, number, number], { bin: number; n: number }>(
    db,
    'SELECT min(? - 1, max(0, CAST(score * ? AS INTEGER))) AS bin, count(*) AS n FROM lookalike_candidates WHERE job_id = ? GROUP BY bin',
  ).all(bins, bins, jobId);
  for (const r of rows) counts[r.bin] = r.n;
  return counts;
}

export interface JobResults {
  entity: Entity;
  /** The source the scores are written back under ("list:3"). */
  source: string;
  /** The ranked candidates, replacing any the job had, with the scores they write back; absent to keep those saved. */
  candidates?: EncodedCandidates;
  /** A new profile (the backtest chose another strategy). */
  profile?: { positives: number; vector: Float32Array };
  /** The profile's description, replacing the stored one. */
  profileInfo?: unknown;
  timings: unknown;
}

/**
 * Saves what a job found and marks it completed, in one transaction: its
 * candidates, the scores they write back (replacing the previous job's for
 * the same source), its profile and the status commit together or not at all,
 * so a crash or a failed write never leaves a job whose scores replaced the
 * good ones without being completed (issue 9, defect 7).
 */
export function completeJob(db: Database.Database, jobId: number, results: JobResults): void {
  db.transaction(() => {
    if (results.candidates) {
      prepared(db, 'DELETE FROM lookalike_candidates WHERE job_id = ?').run(jobId);
      insertEncodedCandidates(db, jobId, results.candidates);
      writeScoresOfCandidates(db, results.entity, results.source, jobId);
    }
    if (results.profile) saveJobProfile(db, jobId, results.profile.positives, results.profile.vector, results.profileInfo);
    else if (results.profileInfo !== undefined) updateJobProfileInfo(db, jobId, results.profileInfo);
    finishJob(db, jobId, 'completed', { candidates: results.candidates?.reasonEnds.length, timings: results.timings });
    // IMMEDIATE: the write lock is taken up front, so a busy workspace refuses the save before it starts.
  }).immediate();
}

/** Rewrites the profile description of a job (its backtest arrives after the candidates). */
export function updateJobProfileInfo(db: Database.Database, jobId: number, info: unknown): void {
  prepared(db, 'UPDATE lookalike_jobs SET profile_info = ? WHERE id = ?').run(JSON.stringify(info), jobId);
}
