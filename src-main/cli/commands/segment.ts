import { parseEntity } from '../argument-values';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, parseCommandArgs } from '../options';
import { withWorkspace, writingWorkspace } from '../session';
import { formatTable } from '../table';
import { UsageError } from '../usage';

export function segmentCommand(args: string[], io: CliIo): Promise<number> {
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
  return writingWorkspace(values, io, 'segment', async (session) => {
    const { id, members } = await session.api['segments.create']({ name, entity, where });
    io.out(values.json ? JSON.stringify({ id, members }) : `Created segment ${id} "${name.trim()}": ${members.toLocaleString('en-US')} ${entity} match.`);
    return 0;
  });
}

async function list(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION });
  if (positionals.length) throw new UsageError(`segment list takes no arguments, got ${positionals.join(' ')}`);
  return withWorkspace(values, io, async (session) => {
    const segments = await session.api['segments.list']();
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
  });
}
