import type Database from 'better-sqlite3';
import { prepared } from '../statements';

export interface CampaignRow {
  id: number;
  name: string;
  created_at: string;
  members: number;
  sent: number;
  opened: number;
  replied: number;
  won: number;
  lost: number;
}

export function campaignKey(name: string): string {
  return name.trim().toLowerCase();
}

export function campaignIdByKey(db: Database.Database, key: string): number | undefined {
  return prepared<[string], { id: number }>(db, 'SELECT id FROM campaigns WHERE name_key = ?').get(key)?.id;
}

export function insertCampaign(db: Database.Database, name: string, batchId: number | null): number {
  const info = prepared(db, 'INSERT INTO campaigns (name, name_key, created_at, first_batch_id) VALUES (?, ?, ?, ?)').run(
    name.trim(),
    campaignKey(name),
    new Date().toISOString(),
    batchId,
  );
  return Number(info.lastInsertRowid);
}

/** A member's outcome comes from the file; NULL (no outcome signal) keeps what is stored. */
export function upsertCampaignMember(
  db: Database.Database,
  campaignId: number,
  leadId: number,
  outcome: string | null,
  score: number | null,
  batchId: number,
): void {
  prepared(
    db,
    `INSERT INTO campaign_members (campaign_id, lead_id, outcome, score, batch_id) VALUES (@campaign, @lead, coalesce(@outcome, 'open'), @score, @batch)
     ON CONFLICT(campaign_id, lead_id) DO UPDATE SET outcome = coalesce(@outcome, outcome), score = coalesce(@score, score), batch_id = @batch
     WHERE (@outcome IS NOT NULL AND @outcome IS NOT outcome) OR (@score IS NOT NULL AND @score IS NOT score)`,
  ).run({ campaign: campaignId, lead: leadId, outcome, score, batch: batchId });
}

/** Membership of a lead this import just created: nothing to merge with. */
export function insertCampaignMember(
  db: Database.Database,
  campaignId: number,
  leadId: number,
  outcome: string | null,
  score: number | null,
  batchId: number,
): void {
  prepared(db, 'INSERT OR IGNORE INTO campaign_members (campaign_id, lead_id, outcome, score, batch_id) VALUES (?, ?, ?, ?, ?)').run(
    campaignId,
    leadId,
    outcome ?? 'open',
    score,
    batchId,
  );
}

export function listCampaigns(db: Database.Database): CampaignRow[] {
  return prepared<[], CampaignRow>(
    db,
    `SELECT c.id, c.name, c.created_at,
       count(m.lead_id) AS members,
       count(*) FILTER (WHERE m.outcome = 'sent') AS sent,
       count(*) FILTER (WHERE m.outcome = 'opened') AS opened,
       count(*) FILTER (WHERE m.outcome = 'replied') AS replied,
       count(*) FILTER (WHERE m.outcome = 'won') AS won,
       count(*) FILTER (WHERE m.outcome = 'lost') AS lost
     FROM campaigns c LEFT JOIN campaign_members m ON m.campaign_id = c.id
     GROUP BY c.id ORDER BY c.id`,
  ).all();
}
