import { OUTCOMES } from '../../contract/dto';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, parseCommandArgs } from '../options';
import { withWorkspace } from '../session';
import { formatTable } from '../table';
import { UsageError } from '../usage';

export async function campaignCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'list') throw new UsageError(`campaign expects "list", got ${sub ? `"${sub}"` : 'nothing'}`);
  const { values, positionals } = parseCommandArgs(rest, { ...DB_OPTION, ...JSON_OPTION });
  if (positionals.length) throw new UsageError(`campaign list takes no arguments, got ${positionals.join(' ')}`);
  return withWorkspace(values, io, async (session) => {
    const campaigns = await session.api['campaigns.list']();
    if (values.json) io.out(JSON.stringify(campaigns));
    else if (!campaigns.length) io.out('No campaigns yet: they come from imports with a campaign column or with outcomes.');
    else {
      const o = (c: (typeof campaigns)[number]) => c.outcomes;
      io.out(
        formatTable(
          ['id', 'name', 'members', ...OUTCOMES],
          campaigns.map((c) => [c.id, c.name, c.members, ...OUTCOMES.map((outcome) => o(c)[outcome])]),
        ),
      );
    }
    return 0;
  });
}
