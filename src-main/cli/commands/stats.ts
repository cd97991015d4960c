import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, parseCommandArgs } from '../options';
import { withWorkspace } from '../session';
import { UsageError } from '../usage';

export async function statsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION });
  if (positionals.length) throw new UsageError(`stats takes no arguments, got ${positionals.join(' ')}`);
  return withWorkspace(values, io, async (session) => {
    const { path, stats: s } = await session.api['workspace.info']();
    if (values.json) {
      io.out(JSON.stringify({ leads: s.leads, companies: s.companies, lists: s.lists, segments: s.segments, campaigns: s.campaigns, importBatches: s.importBatches, rejectedRows: s.rejectedRows }));
    } else {
      io.out(
        [`Workspace ${path}`, `  leads      ${s.leads}`, `  companies  ${s.companies}`, `  lists      ${s.lists}`,
          `  segments   ${s.segments}`, `  campaigns  ${s.campaigns}`, `  imports    ${s.importBatches} (${s.rejectedRows} rejected rows)`].join('\n'),
      );
    }
    return 0;
  });
}
