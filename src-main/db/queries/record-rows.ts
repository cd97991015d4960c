/**
 * Records as people read them — a list's members, a job's candidates — with
 * the lookalike score that goes with them. Pages are keyset-paged (after a
 * member id or a rank), so exporting a million rows never holds a statement
 * open across an await and never sorts more than one page.
 *
 * A lead's firmographics fall back to its linked company where the lead row
 * has none (a contacts export often leaves industry to the company file).
 */
import type Database from 'better-sqlite3';
import type { Entity, Outcome } from '../../contract/dto';
import { FIELD_TABLE } from '../../../src-model/fields/field-table';
import { prepared } from '../statements';

/** A lead as LEAD_SELECT reads it: its display name, the field columns (from the field table), its outcome and its company's country. */
export interface LeadRecordRow {
  id: number;
  /** Full name, else first and last name. */
  display_name: string | null;
  record_id: string | null;
  first_name: string | null;
  last_name: string | null;
  full_name: string | null;
  email: string | null;
  phone: string | null;
  title: string | null;
  seniority: string | null;
  department: string | null;
  company: string | null;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  employees_range: string | null;
  revenue: number | null;
  country: string | null;
  state: string | null;
  city: string | null;
  technologies: string | null;
  intent: string | null;
  status: string | null;
  score: number | null;
  campaign: string | null;
  replied: number | null;
  won: number | null;
  outcome: Outcome;
  owner: string | null;
  created_at: string | null;
  /** The linked company's country (the lead's own is `country`): where the engine's geography comes from. */
  company_country: string | null;
}

export interface CompanyRecordRow {
  id: number;
  display_name: string | null;
  record_id: string | null;
  name: string | null;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  employees_range: string | null;
  revenue: number | null;
  country: string | null;
  state: string | null;
  city: string | null;
  technologies: string | null;
  intent: string | null;
  status: string | null;
  owner: string | null;
  created_at: string | null;
}

/** The lookalike part of a row: from the job itself, or the record's latest score for a list. */
export interface LookalikeColumns {
  lookalike_rank: number | null;
  lookalike_score: number | null;
  /** JSON object block → contribution, as the job stored it. */
  lookalike_reasons: string | null;
  lookalike_job_id: number | null;
}

export type RecordRow = (LeadRecordRow & { entity: 'leads' }) | (CompanyRecordRow & { entity: 'companies' });
export type ScoredRecordRow = RecordRow & LookalikeColumns;

/**
 * A lead's field columns (from the field table), each under its own name. A
 * field the lead inherits (FieldStorage.inheritedFromCompany) falls back to
 * its linked company's, and its text column goes with the number shown.
 */
const LEAD_FIELDS_SELECT = FIELD_TABLE.flatMap(({ storage: s }) => {
  if (!s.inheritedFromCompany || s.companies === undefined) return s.textColumn ? [`l.${s.leads}`, `l.${s.textColumn}`] : [`l.${s.leads}`];
  const value = `coalesce(l.${s.leads}, c.${s.companies}) AS ${s.leads}`;
  return s.textColumn ? [value, `CASE WHEN l.${s.leads} IS NOT NULL THEN l.${s.textColumn} ELSE c.${s.textColumn} END AS ${s.textColumn}`] : [value];
}).join(', ');

const COMPANY_FIELDS_SELECT = FIELD_TABLE.flatMap(({ storage: s }) =>
  s.companies === undefined ? [] : s.textColumn ? [`c.${s.companies}`, `c.${s.textColumn}`] : [`c.${s.companies}`],
).join(', ');

const LEAD_SELECT = `'leads' AS entity, l.id,
  coalesce(l.full_name, nullif(trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')), '')) AS display_name,
  ${LEAD_FIELDS_SELECT}, l.outcome, c.country AS company_country`;

const COMPANY_SELECT = `'companies' AS entity, c.id, c.name AS display_name, ${COMPANY_FIELDS_SELECT}`;

const FROM_LEAD = 'JOIN leads l ON l.id = {id} LEFT JOIN companies c ON c.id = l.company_id';
const FROM_COMPANY = 'JOIN companies c ON c.id = {id}';

function recordJoin(entity: Entity, idExpr: string): { select: string; join: string; own: string } {
  return entity === 'leads'
    ? { select: LEAD_SELECT, join: FROM_LEAD.replace('{id}', idExpr), own: 'l' }
    : { select: COMPANY_SELECT, join: FROM_COMPANY.replace('{id}', idExpr), own: 'c' };
}

/** A job's candidates in rank order, after `afterRank`, with their records; only those scoring at least `minScore`. */
export function jobCandidateRecords(
  db: Database.Database,
  jobId: number,
  entity: Entity,
  afterRank: number,
  limit: number,
  minScore = 0,
): ScoredRecordRow[] {
  const r = recordJoin(entity, 'k.record_id');
  return prepared<[number, number, number, number], ScoredRecordRow>(
    db,
    `SELECT ${r.select}, k.rank AS lookalike_rank, k.score AS lookalike_score, k.reasons AS lookalike_reasons, k.job_id AS lookalike_job_id
     FROM lookalike_candidates k ${r.join}
     WHERE k.job_id = ? AND k.rank > ? AND k.score >= ? ORDER BY k.rank LIMIT ?`,
  ).all(jobId, afterRank, minScore, limit);
}

/**
 * A list's members in id order, after `afterId`, each with its latest
 * lookalike score (over all sources) and that job's rank and reasons.
 */
export function listMemberRecords(db: Database.Database, listId: number, entity: Entity, afterId: number, limit: number): ScoredRecordRow[] {
  const memberCol = entity === 'leads' ? 'm.lead_id' : 'm.company_id';
  const r = recordJoin(entity, memberCol);
  return prepared<{ list: number; entity: Entity; after: number; limit: number }, ScoredRecordRow>(
    db,
    `SELECT ${r.select}, k.rank AS lookalike_rank, s.score AS lookalike_score, k.reasons AS lookalike_reasons, s.job_id AS lookalike_job_id
     FROM list_members m ${r.join}
     LEFT JOIN lookalike_scores s ON s.entity = @entity AND s.record_id = ${r.own}.id AND s.source = (
       SELECT s2.source FROM lookalike_scores s2 WHERE s2.entity = @entity AND s2.record_id = ${r.own}.id
       ORDER BY s2.scored_at DESC, s2.job_id DESC LIMIT 1)
     LEFT JOIN lookalike_candidates k ON k.job_id = s.job_id AND k.record_id = ${r.own}.id
     WHERE m.list_id = @list AND ${memberCol} > @after ORDER BY ${memberCol} LIMIT @limit`,
  ).all({ list: listId, entity, after: afterId, limit });
}

/** A job's stored examples with their records and weights (records deleted since are left out). */
export function jobExampleRecords(db: Database.Database, jobId: number, entity: Entity): (RecordRow & { weight: number })[] {
  const r = recordJoin(entity, 'e.record_id');
  return prepared<[number], RecordRow & { weight: number }>(
    db,
    `SELECT ${r.select}, e.weight AS weight FROM lookalike_job_examples e ${r.join} WHERE e.job_id = ? ORDER BY e.record_id`,
  ).all(jobId);
}

/**
 * Records by id, in the order given, each with its standing in a job (rank,
 * score and reasons; null when the job did not keep it). Unknown ids are
 * left out. The ids travel as one JSON array parameter.
 */
export function jobRecordsByIds(db: Database.Database, jobId: number, entity: Entity, ids: readonly number[]): ScoredRecordRow[] {
  const r = recordJoin(entity, 'j.value');
  return prepared<[string, number], ScoredRecordRow>(
    db,
    `SELECT ${r.select}, k.rank AS lookalike_rank, k.score AS lookalike_score, k.reasons AS lookalike_reasons, k.job_id AS lookalike_job_id
     FROM json_each(?) j ${r.join}
     LEFT JOIN lookalike_candidates k ON k.job_id = ? AND k.record_id = j.value
     ORDER BY j.key`,
  ).all(JSON.stringify(ids), jobId);
}

/** What a record is called, for naming it in a note (its name, else its email or CRM id). */
export function recordNames(db: Database.Database, entity: Entity, ids: readonly number[]): { id: number; name: string | null }[] {
  if (ids.length === 0) return [];
  const sql =
    entity === 'leads'
      ? `SELECT l.id, coalesce(l.full_name, nullif(trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')), ''), l.email, l.record_id) AS name
         FROM json_each(?) j JOIN leads l ON l.id = j.value`
      : `SELECT c.id, coalesce(c.name, c.domain, c.record_id) AS name FROM json_each(?) j JOIN companies c ON c.id = j.value`;
  return db.prepare(sql).all(JSON.stringify(ids)) as { id: number; name: string | null }[];
}
