import { openWorkspace } from '../../db/workspace';
import { listCampaigns } from '../../services/campaigns-service';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, dbPath, parseCommandArgs } from '../options';
import { formatTable } from '../table';
import { UsageError } from '../usage';

export function campaignCommand(args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  if (sub !== 'list') throw new UsageError(`campaign expects "list", got ${sub ? `"${sub}"` : 'nothing'}`);
  const { values, positionals } = parseCommandArgs(rest, { ...DB_OPTION, ...JSON_OPTION });
  if (positionals.length) throw new UsageError(`campaign list takes no arguments, got ${positionals.join(' ')}`);
  const ws = openWorkspace(dbPath(values.db, io.cwd), { mustExist: true });
  try {
    const campaigns = listCampaigns(ws);
    if (values.json) io.out(JSON.stringify(campaigns));
    else if (!campaigns.length) io.out('No campaigns yet: they come from imports with a campaign column or with outcomes.');
    else {
      const o = (c: (typeof campaigns)[number]) => c.outcomes;
      io.out(
        formatTable(
          ['id', 'name', 'members', 'open', 'sent', 'opened', 'replied', 'won', 'lost'],
          campaigns.map((c) => [c.id, c.name, c.members, o(c).open, o(c).sent, o(c).opened, o(c).replied, o(c).won, o(c).lost]),
        ),
      );
    }
    return 0;
  } finally {
    ws.close();
  }
}
