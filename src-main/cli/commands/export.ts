import { resolve } from 'node:path';
import type { ExportSource } from '../../services/export-service';
import { parseId } from '../argument-values';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, parseCommandArgs } from '../options';
import { withWorkspace } from '../session';
import { UsageError } from '../usage';

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DB_OPTION,
    ...JSON_OPTION,
    job: { type: 'string' },
    list: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`export takes no arguments, got ${positionals.join(' ')}`);
  const job = values.job as string | undefined;
  const list = values.list as string | undefined;
  if ((job === undefined) === (list === undefined)) throw new UsageError('export takes exactly one of --job JOB_ID or --list LIST_ID');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('export needs --out FILE.csv');
  const source: ExportSource = job !== undefined ? { jobId: parseId(job, '--job') } : { listId: parseId(list, '--list') };
  return withWorkspace(values, io, async (session) => {
    const r = await session.local.exportCsv(source, resolve(io.cwd, out));
    io.out(values.json ? JSON.stringify(r) : `Exported ${r.rows.toLocaleString('en-US')} ${r.entity} to ${r.file}.`);
    return 0;
  });
}
