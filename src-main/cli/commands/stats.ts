import { openWorkspace } from '../../db/workspace';
import { workspaceStats } from '../../db/queries/stats';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, dbPath, parseCommandArgs } from '../options';
import { UsageError } from '../usage';

export function statsCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION });
  if (positionals.length) throw new UsageError(`stats takes no arguments, got ${positionals.join(' ')}`);
  const ws = openWorkspace(dbPath(values.db, io.cwd), { mustExist: true });
  try {
    const s = workspaceStats(ws.db);
    if (values.json) {
      io.out(JSON.stringify({ leads: s.leads, companies: s.companies, lists: s.lists, segments: s.segments, campaigns: s.campaigns, importBatches: s.importBatches, rejectedRows: s.rejectedRows }));
    } else {
      io.out(
        [`Workspace ${ws.path}`, `  leads      ${s.leads}`, `  companies  ${s.companies}`, `  lists      ${s.lists}`,
          `  segments   ${s.segments}`, `  campaigns  ${s.campaigns}`, `  imports    ${s.importBatches} (${s.rejectedRows} rejected rows)`].join('\n'),
      );
    }
    return 0;
  } finally {
    ws.close();
  }
}
