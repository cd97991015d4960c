import type Database from 'better-sqlite3';
import type { Entity, Outcome } from '../../contract/dto';
import { prepared } from '../statements';

export interface OutcomeRow {
  id: number;
  outcome: Outcome | null;
  score: number | null;
}

/** Outcome and score of the given records (companies have neither). */
export function outcomesOf(db: Database.Database, entity: Entity, ids: readonly number[]): OutcomeRow[] {
  const sql =
    entity === 'leads'
      ? 'SELECT id, outcome, score FROM leads WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id'
      : 'SELECT id, NULL AS outcome, NULL AS score FROM companies WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id';
  return prepared<[string], OutcomeRow>(db, sql).all(JSON.stringify(ids));
}

/** A campaign's members with the outcome and score the campaign recorded for them. */
export function campaignMemberOutcomes(db: Database.Database, campaignId: number): OutcomeRow[] {
  return prepared<[number], OutcomeRow>(
    db,
    'SELECT lead_id AS id, outcome, score FROM campaign_members WHERE campaign_id = ? ORDER BY lead_id',
  ).all(campaignId);
}

export function campaignName(db: Database.Database, campaignId: number): string | null {
  return (prepared<[number], string>(db, 'SELECT name FROM campaigns WHERE id = ?').pluck().get(campaignId) as string | undefined) ?? null;
}
