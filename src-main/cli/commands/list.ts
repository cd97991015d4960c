import type { ApiPayload } from '../../contract/api';
import { parseEntity, parseId, parseIdList, parseNumber } from '../argument-values';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, onePositional, parseCommandArgs, type OptionSpec } from '../options';
import { withWorkspace, writingWorkspace } from '../session';
import { formatTable } from '../table';
import { UsageError } from '../usage';

/** `list show` without --limit prints every member. */
const ALL_MEMBERS = Number.MAX_SAFE_INTEGER;

export function listCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'create':
      return create(rest, io);
    case 'add':
      return add(rest, io);
    case 'show':
      return show(rest, io);
    case 'list':
      return list(rest, io);
    default:
      throw new UsageError(`list expects "create", "add", "show" or "list", got ${sub ? `"${sub}"` : 'nothing'}`);
  }
}

function noPositionals(positionals: string[], what: string): void {
  if (positionals.length) throw new UsageError(`${what} takes no arguments, got ${positionals.join(' ')}`);
}

function create(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION, name: { type: 'string' }, entity: { type: 'string' } });
  noPositionals(positionals, 'list create');
  const name = values.name as string | undefined;
  if (!name?.trim()) throw new UsageError('list create needs --name NAME');
  const entity = parseEntity(values.entity as string | undefined);
  return writingWorkspace(values, io, 'list', async (session) => {
    const { id } = await session.api['lists.create']({ name, entity });
    io.out(values.json ? JSON.stringify({ id }) : `Created list ${id} "${name.trim()}" (${entity}).`);
    return 0;
  });
}

const ADD_OPTIONS: OptionSpec = {
  ...DB_OPTION,
  ...JSON_OPTION,
  leads: { type: 'string', multiple: true },
  companies: { type: 'string', multiple: true },
  'from-job': { type: 'string' },
  'min-score': { type: 'string' },
  top: { type: 'string' },
};

function add(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, ADD_OPTIONS);
  const listId = parseId(onePositional(positionals, 'LIST_ID'), 'LIST_ID');
  const idFlags = (['leads', 'companies'] as const).filter((f) => values[f] !== undefined);
  const fromJob = values['from-job'] as string | undefined;
  if (idFlags.length + (fromJob === undefined ? 0 : 1) !== 1) {
    throw new UsageError('list add takes exactly one of --leads ID,ID, --companies ID,ID or --from-job JOB_ID');
  }
  let request: ApiPayload<'lists.add'>;
  if (fromJob !== undefined) {
    const top = values.top === undefined ? undefined : parseId(values.top as string, '--top');
    request = { listId, fromJob: parseId(fromJob, '--from-job'), minScore: parseNumber(values['min-score'] as string | undefined, '--min-score'), top };
  } else {
    if (values['min-score'] !== undefined || values.top !== undefined) throw new UsageError('--min-score and --top go with --from-job');
    const flag = idFlags[0]!;
    request = { listId, ids: (values[flag] as string[]).flatMap((text) => parseIdList(text, `--${flag}`)), entity: flag };
  }
  return writingWorkspace(values, io, 'list', async (session) => {
    const r = await session.api['lists.add'](request);
    const list = await session.api['lists.get']({ listId, limit: 0 });
    if (values.json) io.out(JSON.stringify(r));
    else {
      const noun = list.entity === 'leads' ? ['lead', 'leads'] : ['company', 'companies'];
      io.out(
        `Added ${r.added} ${r.added === 1 ? noun[0] : noun[1]} to list ${listId} "${list.name}"` +
          `${r.alreadyThere ? ` (${r.alreadyThere} already there)` : ''}; it now has ${list.members}.`,
      );
    }
    return 0;
  });
}

function show(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION, limit: { type: 'string' } });
  const listId = parseId(onePositional(positionals, 'LIST_ID'), 'LIST_ID');
  const limit = values.limit === undefined ? undefined : parseId(values.limit as string, '--limit');
  return withWorkspace(values, io, async (session) => {
    const list = await session.api['lists.get']({ listId, limit: limit ?? ALL_MEMBERS });
    if (values.json) {
      io.out(JSON.stringify(list));
      return 0;
    }
    const lines = [`List ${list.id} "${list.name}" (${list.entity}): ${list.members} member${list.members === 1 ? '' : 's'}`];
    if (list.items.length) {
      const score = (s: number | null) => (s === null ? '' : s.toFixed(3));
      lines.push(
        list.entity === 'leads'
          ? formatTable(
              ['id', 'name', 'email', 'title', 'company', 'outcome', 'score'],
              list.items.map((m) => [m.id, m.name, m.email, m.title, m.company, m.outcome, score(m.score)]),
            )
          : formatTable(['id', 'name', 'score'], list.items.map((m) => [m.id, m.name, score(m.score)])),
      );
      if (list.items.length < list.members) lines.push(`… ${list.members - list.items.length} more (raise --limit, or export the list).`);
    }
    io.out(lines.join('\n'));
    return 0;
  });
}

function list(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION });
  noPositionals(positionals, 'list list');
  return withWorkspace(values, io, async (session) => {
    const lists = await session.api['lists.list']();
    if (values.json) io.out(JSON.stringify(lists));
    else if (!lists.length) io.out('No lists yet. Create one with: npm run --silent lookalike -- list create --name NAME');
    else io.out(formatTable(['id', 'name', 'entity', 'members', 'created'], lists.map((l) => [l.id, l.name, l.entity, l.members, l.createdAt])));
    return 0;
  });
}
