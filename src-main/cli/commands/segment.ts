import { openWorkspace } from '../../db/workspace';
import { createSegment, listSegments } from '../../services/segments-service';
import { parseEntity } from '../argument-values';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, dbPath, parseCommandArgs } from '../options';
import { formatTable } from '../table';
import { UsageError } from '../usage';
import { waitToWrite } from '../workspace-wait';

export function segmentCommand(args: string[], io: CliIo): number | Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'create') return create(rest, io);
  if (sub === 'list') return list(rest, io);
  throw new UsageError(`segment expects "create" or "list", got ${sub ? `"${sub}"` : 'nothing'}`);
}

async function create(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DB_OPTION,
    ...JSON_OPTION,
    name: { type: 'string' },
    where: { type: 'string', multiple: true },
    entity: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`segment create takes no arguments, got ${positionals.join(' ')}`);
  const name = values.name as string | undefined;
  if (!name?.trim()) throw new UsageError('segment create needs --name NAME');
  const where = (values.where as string[] | undefined) ?? [];
  if (!where.length) throw new UsageError('segment create needs at least one --where "FIELD OP VALUE"');
  const entity = parseEntity(values.entity as string | undefined);
  const ws = openWorkspace(dbPath(values.db, io.cwd), { mustExist: true });
  try {
    await waitToWrite(ws, io, 'segment', values.wait);
    const { id, members } = createSegment(ws, { name, entity, where });
    io.out(values.json ? JSON.stringify({ id, members }) : `Created segment ${id} "${name.trim()}": ${members.toLocaleString('en-US')} ${entity} match.`);
    return 0;
  } finally {
    ws.close();
  }
}

function list(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION });
  if (positionals.length) throw new UsageError(`segment list takes no arguments, got ${positionals.join(' ')}`);
  const ws = openWorkspace(dbPath(values.db, io.cwd), { mustExist: true });
  try {
    const segments = listSegments(ws);
    if (values.json) io.out(JSON.stringify(segments));
    else if (!segments.length) io.out('No segments yet. Create one with: npm run --silent lookalike -- segment create --name NAME --where "FIELD OP VALUE"');
    else
      io.out(
        formatTable(
          ['id', 'name', 'entity', 'members', 'conditions'],
          segments.map((s) => [s.id, s.name, s.entity, s.members, s.conditions.join(' AND ')]),
          80,
        ),
      );
    return 0;
  } finally {
    ws.close();
  }
}
