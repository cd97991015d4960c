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

/**
 * Records known to be bad examples: lost (the importer's outcome for lost,
 * unsubscribed or bounced). For a campaign source, its members it lost;
 * otherwise every lead whose outcome is lost (companies carry no outcome).
 */
export function knownBadIds(db: Database.Database, entity: Entity, campaignId: number | null): number[] {
  if (entity === 'companies') return [];
  if (campaignId !== null) {
    return prepared<[number], number>(db, "SELECT lead_id FROM campaign_members WHERE campaign_id = ? AND outcome = 'lost' ORDER BY lead_id")
      .pluck()
      .all(campaignId) as number[];
  }
  return prepared<[], number>(db, "SELECT id FROM leads WHERE outcome = 'lost' ORDER BY id").pluck().all() as number[];
}
