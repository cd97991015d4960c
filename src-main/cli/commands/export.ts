import { resolve } from 'node:path';
import type { ExportOptions } from '../../contract/api';
import { EXPORT_EXTRA_COLUMNS_CAP, EXPORT_FLAVOURS, type ExportFlavour, type ExportResultDto } from '../../contract/dto';
import type { ExportRequest } from '../../services/export-service';
import { parseId } from '../argument-values';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, parseCommandArgs } from '../options';
import { withWorkspace } from '../session';
import { UsageError } from '../usage';

/** `--for crm|spreadsheet`; unset leaves the service's default (crm). */
function flavourOf(value: string | undefined): ExportFlavour | undefined {
  if (value === undefined) return undefined;
  if (!(EXPORT_FLAVOURS as readonly string[]).includes(value)) throw new UsageError(`--for takes ${EXPORT_FLAVOURS.join(' or ')}, got "${value}"`);
  return value as ExportFlavour;
}

/** `--extra all`, `--extra none`, or `--extra "Header"` once per column; unset leaves the default (all). */
function extraColumnsOf(values: string[] | undefined): ExportOptions['extraColumns'] {
  if (values === undefined) return undefined;
  if (values.length === 1 && values[0] === 'all') return 'all';
  if (values.length === 1 && values[0] === 'none') return [];
  if (values.includes('all') || values.includes('none')) throw new UsageError('--extra takes all, none, or one header per --extra, not a mix');
  if (values.some((h) => !h.trim())) throw new UsageError('--extra needs a header');
  return values;
}

function summary(r: ExportResultDto): string {
  const flavour = r.flavour === 'crm' ? 'for a CRM: values exact, formulas neutralised' : "for a spreadsheet: every cell starting with = + - @ gets a leading '";
  const extras = !r.extraColumns.length
    ? 'no extra columns'
    : r.extraColumnsCapped
      ? `the first ${EXPORT_EXTRA_COLUMNS_CAP} extra columns (more left out: name them with --extra)`
      : `extra columns: ${r.extraColumns.join(', ')}`;
  return `Exported ${r.rows.toLocaleString('en-US')} ${r.entity} to ${r.file} (${flavour}; ${extras}).`;
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DB_OPTION,
    ...JSON_OPTION,
    job: { type: 'string' },
    list: { type: 'string' },
    out: { type: 'string' },
    for: { type: 'string' },
    extra: { type: 'string', multiple: true },
  });
  if (positionals.length) throw new UsageError(`export takes no arguments, got ${positionals.join(' ')}`);
  const job = values.job as string | undefined;
  const list = values.list as string | undefined;
  if ((job === undefined) === (list === undefined)) throw new UsageError('export takes exactly one of --job JOB_ID or --list LIST_ID');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('export needs --out FILE.csv');
  const flavour = flavourOf(values.for as string | undefined);
  const extraColumns = extraColumnsOf(values.extra as string[] | undefined);
  const request: ExportRequest = {
    ...(job !== undefined ? { jobId: parseId(job, '--job') } : { listId: parseId(list, '--list') }),
    ...(flavour === undefined ? {} : { flavour }),
    ...(extraColumns === undefined ? {} : { extraColumns }),
  };
  return withWorkspace(values, io, async (session) => {
    const r = await session.local.exportCsv(request, resolve(io.cwd, out));
    io.out(values.json ? JSON.stringify(r) : summary(r));
    return 0;
  });
}
