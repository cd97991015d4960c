/** Campaigns come from imports (a campaign column, or a file with outcomes); here they are only read. */
import type { CampaignSummary } from '../contract/dto';
import { listCampaigns as listCampaignRows } from '../db/queries/campaigns';
import type { Workspace } from '../db/workspace';

export type { CampaignSummary };

export function listCampaigns(ws: Workspace): CampaignSummary[] {
  return listCampaignRows(ws.db).map((c) => {
    const decided = c.sent + c.opened + c.replied + c.won + c.lost;
    return {
      id: c.id,
      name: c.name,
      members: c.members,
      outcomes: { open: c.members - decided, sent: c.sent, opened: c.opened, replied: c.replied, won: c.won, lost: c.lost },
      createdAt: c.created_at,
    };
  });
}
