/**
 * `job check --source …`: the seed diagnostics of a source before a job
 * (src-model/diagnostics): how alike the examples are, which look unlike
 * the rest, which fields seem to record the outcome. `job show` prints the
 * same block for the job's own examples.
 */
import type { SeedDiagnosticsDto } from '../../contract/dto';
import { parseSourceRef } from '../../engine/sources';
import { openWorkspaceSession } from '../../services/workspace-session';
import { parseEntity, parseNumber, parseOutcomes } from '../argument-values';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, dbPath, parseCommandArgs } from '../options';
import { formatTable } from '../table';
import { UsageError } from '../usage';

const pct = (share: number) => `${Math.round(share * 100)}%`;

export async function jobCheckCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DB_OPTION,
    ...JSON_OPTION,
    source: { type: 'string' },
    entity: { type: 'string' },
    positive: { type: 'string', multiple: true },
    'ignore-field': { type: 'string', multiple: true },
    threads: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`job check takes options only, got ${positionals.join(' ')}`);
  if (typeof values.source !== 'string') throw new UsageError('job check needs --source segment:ID, list:ID or campaign:ID');
  const source = parseSourceRef(values.source);
  const ignoreFields = (values['ignore-field'] as string[] | undefined) ?? [];
  const threads = parseNumber(values.threads as string | undefined, '--threads');
  const session = openWorkspaceSession(dbPath(values.db as string | undefined, io.cwd), { mustExist: true, pool: { threads } });
  try {
    const d = await session.api['jobs.check']({
      source,
      ...(values.entity !== undefined ? { entity: parseEntity(values.entity as string) } : {}),
      ...(values.positive !== undefined ? { positiveOutcomes: parseOutcomes(values.positive as string[]) } : {}),
      ignoreFields,
    });
    if (values.json) io.out(JSON.stringify(d));
    else {
      const again = (fields: string[]) =>
        `npm run --silent lookalike -- job run --source ${values.source} ${[...ignoreFields, ...fields].map((f) => `--ignore-field ${JSON.stringify(f)}`).join(' ')}`;
      io.out(formatDiagnostics(d, again));
    }
    return 0;
  } finally {
    await session.close();
  }
}

/** The diagnostics as lines; `command` says how to run the job without the suspected columns. */
export function formatDiagnostics(d: SeedDiagnosticsDto, command: (leaveOut: string[]) => string): string {
  const lines = [`Examples: ${d.examples.toLocaleString('en-US')}` + (d.cohesion === null ? '' : `, cohesion ${d.cohesion.toFixed(2)} (0.50 is random, 1.00 tight)`)];
  for (const a of d.advice) lines.push(`  ${a.text}`);
  if (d.sourceFields.length) lines.push(`  Left out because the segment is defined by them: ${d.sourceFields.join(', ')}.`);
  if (d.outlierCount > 0) {
    const more = d.outlierCount > d.outliers.length ? ` (the first ${d.outliers.length} of ${d.outlierCount})` : '';
    lines.push('', `Examples unlike the others${more} — each less like them than most records are; check they belong:`);
    lines.push(formatTable(['id', 'name', 'likeness'], d.outliers.map((o) => [o.id, o.name, o.likeness.toFixed(2)])));
  }
  if (d.leaks.length) {
    const against = d.leaks[0]!.against === 'lost' ? 'lost records' : 'others';
    lines.push('', `Suspected outcome leaks — each field alone tells the examples from the ${against} almost perfectly, so it may record the outcome itself:`);
    lines.push(
      formatTable(
        ['field', 'separation', 'telling value', 'examples', against],
        d.leaks.map((l) => [l.removable ? l.label : `${l.label} (standard field, always used)`, l.separation.toFixed(3), l.value, pct(l.examplesShare), pct(l.othersShare)]),
      ),
    );
    const removable = d.leaks.filter((l) => l.removable).map((l) => l.key);
    if (removable.length) lines.push(`Leave them out: ${command(removable)}`);
  } else if (d.examples >= 10) lines.push('', 'No field alone tells the examples apart: no outcome leak suspected.');
  return lines.join('\n');
}
